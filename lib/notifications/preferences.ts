import "server-only";
// How each person wants to hear about each kind of notice by mail: not at all, at once, or in a
// daily or weekly digest. No row means "at once", the default. The in-app notice is always kept;
// this only decides the mail. The one-click unsubscribe link in a mail sets its kind to OFF.
import type { z } from "zod";
import { ok, type ActionResult } from "../actions/result";
import { recordAudit } from "../audit/record";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import type { MailDelivery, Prisma } from "../generated/prisma/client";
import { can, type Actor } from "../auth/roles";
import { NOTIFICATION_MAIL_KINDS, type NotificationMailKind, STAFF_NOTIFICATION_KINDS } from "../mail/kinds";
import { preferenceFieldOf, type notificationPreferencesSchema } from "./preference-schemas";

export const DEFAULT_DELIVERY: MailDelivery = "IMMEDIATE";

type PreferenceReader = Pick<Prisma.TransactionClient, "notificationPreference">;

export async function deliveryFor(tx: PreferenceReader, userId: string, kind: string): Promise<MailDelivery> {
  const row = await tx.notificationPreference.findUnique({ where: { userId_kind: { userId, kind } }, select: { delivery: true } });
  return row?.delivery ?? DEFAULT_DELIVERY;
}

/** The kinds a person can receive, so their settings page offers only those. */
export function kindsFor(actor: Actor): NotificationMailKind[] {
  const staff = can(actor, "staff.console.view") || can(actor, "workshop.console.view");
  return NOTIFICATION_MAIL_KINDS.filter((kind) => staff || !STAFF_NOTIFICATION_KINDS.includes(kind));
}

export async function listPreferences(userId: string): Promise<Record<NotificationMailKind, MailDelivery>> {
  const rows = await db.notificationPreference.findMany({ where: { userId }, select: { kind: true, delivery: true } });
  const set = new Map(rows.map((row) => [row.kind, row.delivery]));
  return Object.fromEntries(NOTIFICATION_MAIL_KINDS.map((kind) => [kind, set.get(kind) ?? DEFAULT_DELIVERY])) as Record<NotificationMailKind, MailDelivery>;
}

/** Saves the whole form: one row per kind, so the page always shows what is stored. */
export async function savePreferences(user: CurrentUser, input: z.infer<typeof notificationPreferencesSchema>): Promise<ActionResult<undefined>> {
  await db.$transaction(async (tx) => {
    const before = await tx.notificationPreference.findMany({ where: { userId: user.id }, select: { kind: true, delivery: true } });
    const kinds = kindsFor(user).filter((kind) => input[preferenceFieldOf(kind)] !== undefined);
    for (const kind of kinds) {
      const delivery = input[preferenceFieldOf(kind)]!;
      await tx.notificationPreference.upsert({
        where: { userId_kind: { userId: user.id, kind } },
        create: { userId: user.id, kind, delivery },
        update: { delivery },
      });
    }
    await recordAudit(tx, {
      actorId: user.id,
      action: "notification.preferences",
      subjectType: "User",
      subjectId: user.id,
      before: Object.fromEntries(before.map((row) => [row.kind, row.delivery])),
      after: Object.fromEntries(kinds.map((kind) => [kind, input[preferenceFieldOf(kind)]])),
    });
  });
  return ok(undefined);
}
