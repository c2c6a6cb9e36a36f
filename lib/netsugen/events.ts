import "server-only";
import { cache } from "react";
// Event registration with a waitlist. Each change locks the event's row first, so places are
// counted and waitlist positions handed out one request at a time, and a cancellation promotes
// the first person waiting in the same transaction.
import { hashLinkToken, newLinkToken } from "../security/link-token";
import { isRecordId } from "../validation/ids";
import { z } from "../validation/zod";
import { fail, ok, type ActionResult } from "../actions/result";
import { recordAudit } from "../audit/record";
import { formatTokyoDateTime } from "../dates/tokyo";
import { composeMail } from "../mail/compose";
import { GUEST_MAIL_KINDS } from "../mail/kinds";
import { mailBaseUrl } from "../mail/settings";
import { notify } from "../notifications/notify";
import { can, type Actor } from "../auth/roles";
import { db, type Tx } from "../db";
import { email, singleLine, firstErrorOf } from "../validation/text";
import { resourceSlugSchema } from "./schemas";

const TX_OPTIONS = { maxWait: 30_000, timeout: 30_000 } as const;

export interface Registrant {
  id: string;
  name: string;
  email: string;
}

export const registerSchema = z.strictObject(
  {
    event: resourceSlugSchema,
    // Only guests type these; a signed-in person registers under their account.
    name: singleLine(60).optional(),
    email: email().optional(),
  },
  { error: "netsugen.errors.unexpectedField" },
);

export const cancelRegistrationSchema = z.strictObject(
  { token: z.string().regex(/^[A-Za-z0-9_-]{32}$/, { error: "netsugen.errors.registrationNotFound" }) },
  { error: "netsugen.errors.unexpectedField" },
);

async function lockEvent(tx: Tx, eventId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Event" WHERE id = ${eventId} FOR UPDATE`;
}

/**
 * An account holder learns their place at once. A guest is told only that the answer is in their
 * mail ("MAILED"), whether the address was new or already registered, so the form cannot be used
 * to find out who has signed up; the mail carries the cancel link.
 */
export type RegistrationResult = ActionResult<{ status: "REGISTERED" | "WAITLISTED" | "MAILED"; waitlistPosition: number | null }>;

const GUEST_ANSWER = { status: "MAILED", waitlistPosition: null } as const;

export async function registerForEvent(person: Registrant | null, raw: unknown, now: Date = new Date(), locale: "ja" | "en" = "ja"): Promise<RegistrationResult> {
  const parsed = registerSchema.safeParse(raw);
  if (!parsed.success) return fail(firstErrorOf(parsed.error));
  const input = parsed.data;
  if (!person && (!input.name || !input.email)) return fail("errors.checkFields", { ...(input.name ? {} : { name: ["errors.required"] }), ...(input.email ? {} : { email: ["errors.required"] }) });
  const event = await db.event.findFirst({ where: { slug: input.event, isPublic: true }, select: { id: true, slug: true, titleJa: true, titleEn: true, capacity: true, startsAt: true } });
  if (!event) return fail("netsugen.errors.eventNotFound");
  if (event.startsAt <= now) return fail("netsugen.errors.eventClosed");
  const name = person?.name ?? input.name!;
  const contact = person?.email ?? input.email!;

  return db.$transaction(async (tx) => {
    await lockEvent(tx, event.id);
    const existing = await tx.eventRegistration.findFirst({
      where: { eventId: event.id, ...(person ? { userId: person.id } : { userId: null, email: contact }) },
      select: { id: true, status: true },
    });
    if (existing && existing.status !== "CANCELLED") {
      if (person) return fail("netsugen.errors.alreadyRegistered");
      // The owner of the address is sent a fresh cancel link; the old one stops working.
      const cancelToken = newLinkToken(24);
      const current = await tx.eventRegistration.update({ where: { id: existing.id }, data: { cancelTokenHash: hashLinkToken(cancelToken) }, select: { name: true, status: true, waitlistPosition: true } });
      const via = current.status === "REGISTERED" ? "registered" : "waitlisted";
      await mailGuestRegistration(tx, { event, name: current.name, address: contact, via, position: current.waitlistPosition, cancelToken, locale, again: true });
      return ok(GUEST_ANSWER);
    }
    const taken = await tx.eventRegistration.count({ where: { eventId: event.id, status: "REGISTERED" } });
    const last = await tx.eventRegistration.aggregate({ where: { eventId: event.id, status: "WAITLISTED" }, _max: { waitlistPosition: true } });
    const status = taken < event.capacity ? ("REGISTERED" as const) : ("WAITLISTED" as const);
    const waitlistPosition = status === "WAITLISTED" ? (last._max.waitlistPosition ?? 0) + 1 : null;
    const cancelToken = person ? null : newLinkToken(24);
    const data = { status, waitlistPosition, name, email: contact, cancelTokenHash: cancelToken ? hashLinkToken(cancelToken) : null, createdAt: now };
    // A person who cancelled and comes back reuses their row (one per account and event).
    const row = existing
      ? await tx.eventRegistration.update({ where: { id: existing.id }, data, select: { id: true } })
      : await tx.eventRegistration.create({ data: { eventId: event.id, userId: person?.id ?? null, ...data }, select: { id: true } });
    await recordAudit(tx, {
      actorId: person?.id ?? null,
      actorLabel: person ? null : "guest",
      action: "event_registration.create",
      subjectType: "EventRegistration",
      subjectId: row.id,
      after: { status, waitlistPosition },
    });
    const via = status === "REGISTERED" ? "registered" : "waitlisted";
    if (person) {
      await notify(tx, {
        userId: person.id,
        kind: "event.promoted",
        payload: { registrationId: row.id, eventSlug: event.slug, eventTitle: event.titleJa, via, position: String(waitlistPosition ?? "") },
      });
    } else {
      await mailGuestRegistration(tx, { event, name, address: contact, via, position: waitlistPosition, cancelToken: cancelToken!, locale });
      return ok(GUEST_ANSWER);
    }
    return ok({ status, waitlistPosition });
  }, TX_OPTIONS);
}

/** A guest has no account to look things up in: the mail is their record, and carries the cancel link. */
async function mailGuestRegistration(
  tx: Tx,
  r: {
    event: { slug: string; titleJa: string; titleEn: string | null; startsAt: Date };
    name: string;
    address: string;
    via: "registered" | "waitlisted";
    position: number | null;
    cancelToken: string;
    locale: "ja" | "en";
    /** The address was already registered: the mail says so, with a new cancel link. */
    again?: boolean;
  },
): Promise<void> {
  const title = r.locale === "en" ? (r.event.titleEn ?? r.event.titleJa) : r.event.titleJa;
  await composeMail(tx, {
    kind: GUEST_MAIL_KINDS.eventRegistration,
    guest: { address: r.address, name: r.name, locale: r.locale },
    unsubscribable: false,
    content: {
      subject: { key: `guestMail.${r.via}.subject`, values: { title } },
      paragraphs: [
        ...(r.again ? [{ key: "guestMail.again" }] : []),
        { key: `guestMail.${r.via}.body`, values: { title, when: formatTokyoDateTime(r.event.startsAt, r.locale), position: String(r.position ?? "") } },
        { key: "guestMail.cancelHint" },
      ],
      action: {
        url: `${mailBaseUrl()}/netsugen/events/cancel?token=${encodeURIComponent(r.cancelToken)}`,
        intro: { key: "guestMail.cancelIntro" },
        label: { key: "guestMail.cancelButton" },
      },
      reason: { key: "guestMail.reason" },
    },
  });
}

/** Cancels one registration (by its owner, or by a guest's token) and promotes the first in line. */
async function cancelWhere(where: { userId: string; eventSlug: string } | { tokenHash: string }, actorId: string | null) {
  const registration = await db.eventRegistration.findFirst({
    where: "tokenHash" in where ? { cancelTokenHash: where.tokenHash } : { userId: where.userId, event: { slug: where.eventSlug } },
    select: { id: true, eventId: true },
  });
  if (!registration) return fail("netsugen.errors.registrationNotFound");
  return db.$transaction(async (tx) => {
    await lockEvent(tx, registration.eventId);
    const current = await tx.eventRegistration.findUniqueOrThrow({ where: { id: registration.id }, select: { status: true } });
    if (current.status === "CANCELLED") return fail("netsugen.errors.registrationNotFound");
    await tx.eventRegistration.update({ where: { id: registration.id }, data: { status: "CANCELLED", waitlistPosition: null } });
    await recordAudit(tx, {
      actorId,
      actorLabel: actorId ? null : "guest",
      action: "event_registration.cancel",
      subjectType: "EventRegistration",
      subjectId: registration.id,
      before: { status: current.status },
    });
    let promotedId: string | null = null;
    if (current.status === "REGISTERED") {
      const next = await tx.eventRegistration.findFirst({
        where: { eventId: registration.eventId, status: "WAITLISTED" },
        orderBy: { waitlistPosition: "asc" },
        select: { id: true, userId: true, event: { select: { slug: true, titleJa: true } } },
      });
      if (next) {
        await tx.eventRegistration.update({ where: { id: next.id }, data: { status: "REGISTERED", waitlistPosition: null } });
        await recordAudit(tx, { actorLabel: "system", action: "event_registration.promote", subjectType: "EventRegistration", subjectId: next.id, after: { status: "REGISTERED" } });
        // Guests have no account to send a notice to; account holders hear of it at once.
        if (next.userId) {
          await notify(tx, { userId: next.userId, kind: "event.promoted", payload: { registrationId: next.id, eventSlug: next.event.slug, eventTitle: next.event.titleJa } });
        }
        promotedId = next.id;
      }
    }
    return ok({ promotedId });
  }, TX_OPTIONS);
}

export function cancelMyRegistration(person: { id: string } | null, eventSlug: string) {
  if (!person) return Promise.resolve(fail("errors.signInRequired"));
  if (!resourceSlugSchema.safeParse(eventSlug).success) return Promise.resolve(fail("netsugen.errors.registrationNotFound"));
  return cancelWhere({ userId: person.id, eventSlug }, person.id);
}

export function cancelGuestRegistration(raw: unknown) {
  const parsed = cancelRegistrationSchema.safeParse(raw);
  if (!parsed.success) return Promise.resolve(fail(firstErrorOf(parsed.error, "netsugen.errors.registrationNotFound")));
  return cancelWhere({ tokenHash: hashLinkToken(parsed.data.token) }, null);
}

/** A public event with its counts (never the names of those registered). */
// Per request: the page and its metadata both ask for it.
export const getPublicEvent = cache(async function getPublicEvent(slug: string) {
  if (!resourceSlugSchema.safeParse(slug).success) return null;
  const event = await db.event.findFirst({
    where: { slug, isPublic: true },
    select: { id: true, slug: true, titleJa: true, titleEn: true, descriptionJa: true, descriptionEn: true, kind: true, startsAt: true, endsAt: true, capacity: true, isDemo: true },
  });
  if (!event) return null;
  const [registered, waitlisted] = await Promise.all([
    db.eventRegistration.count({ where: { eventId: event.id, status: "REGISTERED" } }),
    db.eventRegistration.count({ where: { eventId: event.id, status: "WAITLISTED" } }),
  ]);
  return { ...event, registered, waitlisted };
});

export function getMyRegistration(userId: string, eventId: string) {
  return db.eventRegistration.findFirst({ where: { userId, eventId, status: { not: "CANCELLED" } }, select: { status: true, waitlistPosition: true } });
}

/** Staff: an event's registrations in order, for the door list. */
export async function listEventRegistrations(slug: string) {
  if (!resourceSlugSchema.safeParse(slug).success) return null;
  const event = await db.event.findUnique({ where: { slug }, select: { id: true, slug: true, titleJa: true, startsAt: true, endsAt: true, capacity: true } });
  if (!event) return null;
  const registrations = await db.eventRegistration.findMany({
    where: { eventId: event.id, status: { not: "CANCELLED" } },
    orderBy: [{ status: "asc" }, { waitlistPosition: "asc" }, { createdAt: "asc" }],
    select: { id: true, name: true, status: true, waitlistPosition: true, checkedInAt: true, userId: true },
  });
  return { event, registrations };
}

/** Staff: every upcoming event with its counts. */
export async function listUpcomingEventsForStaff(now: Date = new Date()) {
  const events = await db.event.findMany({
    where: { endsAt: { gt: now } },
    orderBy: { startsAt: "asc" },
    take: 50,
    select: { slug: true, titleJa: true, startsAt: true, capacity: true, _count: { select: { registrations: { where: { status: "REGISTERED" } } } } },
  });
  return events.map((e) => ({ slug: e.slug, titleJa: e.titleJa, startsAt: e.startsAt, capacity: e.capacity, registered: e._count.registrations }));
}

/** Staff check a registered person in at the door; once only. */
export async function checkInRegistration(actor: Actor | null, registrationId: string, now: Date = new Date()): Promise<ActionResult<{ id: string }>> {
  if (!actor) return fail("errors.signInRequired");
  if (!can(actor, "netsugen.reception")) return fail("errors.forbidden");
  if (!isRecordId(registrationId)) return fail("netsugen.errors.registrationNotFound");
  const changed = await db.$transaction(async (tx) => {
    // Only a confirmed place can be checked in; the waitlist waits.
    const { count } = await tx.eventRegistration.updateMany({ where: { id: registrationId, status: "REGISTERED", checkedInAt: null }, data: { checkedInAt: now } });
    if (count === 1) await recordAudit(tx, { actorId: actor.id, action: "event_registration.check_in", subjectType: "EventRegistration", subjectId: registrationId, after: { at: now.toISOString() } });
    return count === 1;
  });
  return changed ? ok({ id: registrationId }) : fail("netsugen.errors.cannotCheckIn");
}
