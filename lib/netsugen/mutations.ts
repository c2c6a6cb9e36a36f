import "server-only";
import { refuse } from "../auth/gate";
// Booking writes. Each one: who may act, the pure rules, then one transaction holding the write
// and its audit row. The database has the last word on overlaps (Booking_no_overlap), and a
// per-member advisory lock serialises one member's requests so the fairness caps cannot be
// outrun by sending several at once.
import { fail, ok } from "../actions/result";
import { recordAudit } from "../audit/record";
import { can, type Actor } from "../auth/roles";
import { db, type Tx } from "../db";
import { retryOnConflict } from "../db/retry";
import { isExclusionViolation, isTransientConflict, isUniqueViolation } from "../db/errors";
import { noticeBooking } from "./booking-notices";
import { loadBlocked, loadDays } from "./day-context";
import { ACTIVE_STATUSES } from "./rules/booking";
import { nearestFreeSlots } from "./rules/availability";
import { bookingMinutes, cancelVerdict, checkBookingRequest } from "./rules/booking";
import { addDays, MINUTE_MS, parseClock, tokyoInstant, weekStartOf } from "./rules/calendar";
import type { CreateBookingInput, DecideBookingInput } from "./schemas";

export interface SlotSuggestion {
  startsAt: string;
  endsAt: string;
}

export type BookingResult =
  | { ok: true; data: { id: string; status: "PENDING" | "CONFIRMED" } }
  | {
      ok: false;
      error: string;
      fieldErrors?: Record<string, string[]>;
      values?: Record<string, string[]>;
      alternatives?: SlotSuggestion[];
    };

// Long enough for 50 members racing for one room on a busy two-core machine; a real request
// takes milliseconds.
export const TX_OPTIONS = { maxWait: 30_000, timeout: 30_000 } as const;


/** Serialises one member's booking writes until the transaction ends (PostgreSQL and PGlite). */
export async function lockMember(tx: Tx, userId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`netsugen.booking:${userId}`}))`;
}

export function activeMembershipFor(userId: string) {
  return db.membership.findFirst({
    where: { status: "ACTIVE", OR: [{ holderId: userId }, { seats: { some: { userId } } }] },
    orderBy: { appliedAt: "desc" },
    select: { id: true, bookingSuspendedUntil: true, plan: { select: { maxFutureBookings: true, maxRoomMinutesPerWeek: true } } },
  });
}

/** Minutes of rooms (not coworking) the member holds in the Tokyo week of `date`, except one booking. */
export async function weeklyRoomMinutes(tx: Tx, userId: string, date: string, exceptId?: string): Promise<number> {
  const weekStart = weekStartOf(date);
  const sameWeek = await tx.booking.findMany({
    where: {
      userId,
      status: { in: [...ACTIVE_STATUSES] },
      resource: { kind: { not: "COWORKING" } },
      startsAt: { gte: tokyoInstant(weekStart), lt: tokyoInstant(addDays(weekStart, 7)) },
      ...(exceptId ? { id: { not: exceptId } } : {}),
    },
    select: { startsAt: true, endsAt: true },
  });
  return sameWeek.reduce((sum, b) => sum + bookingMinutes(b), 0);
}

export class CapReached {
  constructor(readonly error: string) {}
}

export async function createBooking(actor: Actor, input: CreateBookingInput, now: Date = new Date()): Promise<BookingResult> {
  if (!can(actor, "netsugen.book")) return refuse(actor, "netsugen.book");
  const resource = await db.spaceResource.findFirst({ where: { slug: input.resource, active: true } });
  if (!resource) return fail("netsugen.errors.unknownResource", { resource: ["netsugen.errors.unknownResource"] });

  const startsAt = tokyoInstant(input.date, parseClock(input.start) ?? 0);
  const endsAt = new Date(startsAt.getTime() + input.minutes * MINUTE_MS);
  const [day] = await loadDays(db, resource.locationId, input.date);
  const verdict = checkBookingRequest({ startsAt, endsAt }, resource, day!, now);
  if (!verdict.ok) return fail(verdict.error);

  let projectId: string | null = null;
  if (input.project) {
    // Only a project the member belongs to, so usage reports are not padded with others' projects.
    const project = await db.project.findFirst({ where: { slug: input.project, members: { some: { userId: actor.id } } }, select: { id: true } });
    if (!project) return fail("netsugen.errors.projectNotYours", { project: ["netsugen.errors.projectNotYours"] });
    projectId = project.id;
  }

  const membership = await activeMembershipFor(actor.id);
  if (!membership) return fail("netsugen.errors.noActiveMembership");
  if (membership.bookingSuspendedUntil && membership.bookingSuspendedUntil > now) return fail("netsugen.errors.bookingSuspended");

  try {
    const booking = await retryOnConflict(() => db.$transaction(async (tx) => {
      await lockMember(tx, actor.id);
      if (input.clientKey) {
        const earlier = await tx.booking.findUnique({
          where: { userId_clientKey: { userId: actor.id, clientKey: input.clientKey } },
          select: { id: true, status: true },
        });
        if (earlier) return earlier;
      }
      const future = await tx.booking.count({ where: { userId: actor.id, status: { in: [...ACTIVE_STATUSES] }, endsAt: { gt: now } } });
      if (future >= membership.plan.maxFutureBookings) throw new CapReached("netsugen.errors.tooManyBookings");
      if (resource.kind !== "COWORKING") {
        const used = await weeklyRoomMinutes(tx, actor.id, input.date);
        if (used + input.minutes > membership.plan.maxRoomMinutesPerWeek) throw new CapReached("netsugen.errors.weeklyLimit");
      }
      const created = await tx.booking.create({
        data: {
          resourceId: resource.id,
          userId: actor.id,
          membershipId: membership.id,
          startsAt,
          endsAt,
          blockedFrom: verdict.blocked.start,
          blockedUntil: verdict.blocked.end,
          status: verdict.status,
          purpose: input.purpose ?? null,
          projectId,
          clientKey: input.clientKey ?? null,
        },
        select: { id: true, status: true },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "booking.create",
        subjectType: "Booking",
        subjectId: created.id,
        after: { resource: resource.slug, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), status: created.status, project: input.project ?? null },
      });
      if (created.status === "CONFIRMED") await noticeBooking(tx, created.id, "instant", now);
      return created;
    }, TX_OPTIONS));
    return ok({ id: booking.id, status: booking.status as "PENDING" | "CONFIRMED" });
  } catch (error) {
    if (error instanceof CapReached) return fail(error.error);
    // Another request took the slot first, or still held it after every retry.
    if (isExclusionViolation(error) || isTransientConflict(error)) {
      const blocked = await loadBlocked(db, resource.id, input.date);
      const alternatives = nearestFreeSlots(day!, blocked, resource, { startsAt, minutes: input.minutes }, now).map((s) => ({
        startsAt: s.start.toISOString(),
        endsAt: s.end.toISOString(),
      }));
      return { ok: false, error: "netsugen.errors.slotTaken", alternatives };
    }
    // The same form sent twice at once: the second insert meets the first one's clientKey.
    if (isUniqueViolation(error) && input.clientKey) {
      const earlier = await db.booking.findUnique({
        where: { userId_clientKey: { userId: actor.id, clientKey: input.clientKey } },
        select: { id: true, status: true },
      });
      if (earlier) return ok({ id: earlier.id, status: earlier.status as "PENDING" | "CONFIRMED" });
    }
    throw error;
  }
}

/** The member cancels their own booking until the deadline; staff may cancel any active one. */
export async function cancelBooking(actor: Actor, bookingId: string, now: Date = new Date()) {
  const booking = await db.booking.findUnique({
    where: { id: bookingId },
    select: { id: true, userId: true, status: true, startsAt: true, resource: { select: { cancelDeadlineMinutes: true } } },
  });
  if (!booking) return fail("netsugen.errors.bookingNotFound");
  if (!can(actor, "netsugen.booking.cancel", { ownerId: booking.userId })) return fail("errors.forbidden");
  if (!(ACTIVE_STATUSES as readonly string[]).includes(booking.status)) return fail("netsugen.errors.notCancellable");
  const asStaff = booking.userId !== actor.id;
  if (!asStaff && cancelVerdict(booking.startsAt, booking.resource, now) !== "free") return fail("netsugen.errors.cancelDeadlinePassed");

  const changed = await db.$transaction(async (tx) => {
    // Conditional on the status, so a booking cancelled twice at once is cancelled once.
    const { count } = await tx.booking.updateMany({
      where: { id: booking.id, status: { in: [...ACTIVE_STATUSES] } },
      data: { status: "CANCELLED", cancelledAt: now },
    });
    if (count === 1) {
      await recordAudit(tx, {
        actorId: actor.id,
        action: asStaff ? "booking.cancel_by_staff" : "booking.cancel",
        subjectType: "Booking",
        subjectId: booking.id,
        before: { status: booking.status },
        after: { status: "CANCELLED" },
      });
      // Members who cancel know it already; a cancellation by staff has to reach them.
      if (asStaff) await noticeBooking(tx, booking.id, "cancelled", now);
    }
    return count === 1;
  });
  return changed ? ok({ id: booking.id }) : fail("netsugen.errors.notCancellable");
}

/** Staff approve or decline a pending request (studio, seminar space). */
export async function decideBooking(actor: Actor, input: DecideBookingInput) {
  if (!can(actor, "netsugen.booking.decide")) return fail("errors.forbidden");
  const status = input.decision === "approve" ? "CONFIRMED" : "DECLINED";
  const changed = await db.$transaction(async (tx) => {
    const { count } = await tx.booking.updateMany({
      where: { id: input.bookingId, status: "PENDING" },
      data: { status, decidedById: actor.id, decisionNote: input.reason ?? null },
    });
    if (count === 1) {
      await recordAudit(tx, {
        actorId: actor.id,
        action: input.decision === "approve" ? "booking.approve" : "booking.decline",
        subjectType: "Booking",
        subjectId: input.bookingId,
        before: { status: "PENDING" },
        after: { status, reason: input.reason ?? null },
      });
      await noticeBooking(tx, input.bookingId, "decided");
    }
    return count === 1;
  });
  return changed ? ok({ id: input.bookingId, status }) : fail("netsugen.errors.notPending");
}
