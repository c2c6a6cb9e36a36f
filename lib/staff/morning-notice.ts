import "server-only";
// On working mornings, each staff member and facilitator with something waiting (values to
// approve, ideas to review, reports, today's sessions, bookings…) gets one notice pointing to
// their inbox at /staff, by mail as they chose. One a day at most: an advisory lock per person and
// a check for today's notice, in one transaction, hold even if the job runs twice.
import { can } from "../auth/roles";
import type { CurrentUser } from "../auth/session";
import { tokyoDateKey } from "../dates/tokyo";
import { db } from "../db";
import { dayTypeOf } from "../netsugen/rules/opening-hours";
import { notify } from "../notifications/notify";
import { getStaffInbox } from "./inbox";

export const STAFF_WAITING_KIND = "staff.waiting";

export interface MorningOutcome {
  notified: number;
  /** Nothing waiting, or already told today. */
  skipped: number;
  /** Weekends and public holidays: nobody is at their desk. */
  holiday: boolean;
}

export async function sendStaffMorningNotices(now = new Date()): Promise<MorningOutcome> {
  const today = tokyoDateKey(now);
  if (dayTypeOf(today).dayType !== "WEEKDAY") return { notified: 0, skipped: 0, holiday: true };
  // Prisma's `hasSome` on an enum array reaches PGlite as a malformed array literal
  // (pglite-prisma-adapter 0.7), so the role match is made in SQL, identically on both databases.
  const staffIds = await db.$queryRaw<{ id: string }[]>`SELECT id FROM "User" WHERE roles && ARRAY['STAFF', 'ADMIN', 'FACILITATOR']::"Role"[]`;
  const people = await db.user.findMany({
    where: { id: { in: staffIds.map((row) => row.id) }, disabledAt: null, deletedAt: null },
    select: { id: true, name: true, email: true, roles: true, emailConfirmedAt: true },
  });
  const outcome: MorningOutcome = { notified: 0, skipped: 0, holiday: false };
  for (const person of people) {
    const user: CurrentUser = { id: person.id, name: person.name, email: person.email, roles: person.roles, emailConfirmed: person.emailConfirmedAt !== null, sessionId: "" };
    if (!can(user, "staff.console.view") && !can(user, "workshop.console.view")) continue;
    const waiting = (await getStaffInbox(user, now)).reduce((sum, tray) => sum + tray.count, 0);
    const told = waiting > 0 && (await notifyOncePerDay(person.id, waiting, today));
    if (told) outcome.notified++;
    else outcome.skipped++;
  }
  return outcome;
}

function notifyOncePerDay(userId: string, waiting: number, today: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`staff.waiting:${userId}`}))`;
    const already = await tx.notification.count({ where: { userId, kind: STAFF_WAITING_KIND, payload: { path: ["date"], equals: today } } });
    if (already > 0) return false;
    await notify(tx, { userId, kind: STAFF_WAITING_KIND, payload: { count: String(waiting), date: today } });
    return true;
  });
}
