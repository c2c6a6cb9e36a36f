import "server-only";
// Releases confirmed bookings nobody showed up for, and suspends members who keep doing it. Runs
// before each booking (so a released slot is bookable at once) and when staff open the console.
import { recordAudit } from "../audit/record";
import { db } from "../db";
import { MINUTE_MS } from "./rules/calendar";
import { isNoShow, NO_SHOW_GRACE_MINUTES, NO_SHOW_LOOKBACK_DAYS, suspensionAfter } from "./rules/no-show";

const DAY_MS = 24 * 60 * MINUTE_MS;

export async function releaseNoShows(now: Date = new Date()): Promise<{ released: number; suspended: number }> {
  // Coworking is not booked seat by seat, so only rooms, the seminar space and the studio count.
  const candidates = await db.booking.findMany({
    where: {
      status: "CONFIRMED",
      resource: { kind: { not: "COWORKING" } },
      startsAt: { gt: new Date(now.getTime() - DAY_MS), lt: new Date(now.getTime() - NO_SHOW_GRACE_MINUTES * MINUTE_MS) },
    },
    select: { id: true, userId: true, startsAt: true, endsAt: true, membershipId: true, resource: { select: { locationId: true } } },
    take: 500,
  });
  let released = 0;
  let suspended = 0;
  for (const booking of candidates) {
    const visits = await db.checkIn.findMany({
      where: { userId: booking.userId, locationId: booking.resource.locationId, checkedInAt: { lt: booking.endsAt, gt: new Date(booking.startsAt.getTime() - DAY_MS) } },
      select: { checkedInAt: true, checkedOutAt: true },
    });
    if (!isNoShow(booking.startsAt, visits, now)) continue;
    const outcome = await db.$transaction(async (tx) => {
      // Conditional: a check-in or another release may have come first.
      const { count } = await tx.booking.updateMany({ where: { id: booking.id, status: "CONFIRMED" }, data: { status: "NO_SHOW", cancelledAt: now } });
      if (count !== 1) return { released: false, suspended: false };
      await recordAudit(tx, { actorLabel: "system", action: "booking.no_show", subjectType: "Booking", subjectId: booking.id, before: { status: "CONFIRMED" }, after: { status: "NO_SHOW" } });
      const recent = await tx.booking.count({
        where: { userId: booking.userId, status: "NO_SHOW", startsAt: { gt: new Date(now.getTime() - NO_SHOW_LOOKBACK_DAYS * DAY_MS) } },
      });
      const until = suspensionAfter(recent, now);
      if (!until || !booking.membershipId) return { released: true, suspended: false };
      const { count: changed } = await tx.membership.updateMany({
        where: { id: booking.membershipId, OR: [{ bookingSuspendedUntil: null }, { bookingSuspendedUntil: { lt: until } }] },
        data: { bookingSuspendedUntil: until },
      });
      if (changed === 1) {
        await recordAudit(tx, { actorLabel: "system", action: "membership.booking_suspended", subjectType: "Membership", subjectId: booking.membershipId, after: { until: until.toISOString(), noShows: recent } });
      }
      return { released: true, suspended: changed === 1 };
    });
    if (outcome.released) released++;
    if (outcome.suspended) suspended++;
  }
  return { released, suspended };
}

/** Staff: recent no-shows, newest first. */
export function listRecentNoShows(now: Date = new Date()) {
  return db.booking.findMany({
    where: { status: "NO_SHOW", startsAt: { gt: new Date(now.getTime() - 7 * DAY_MS) } },
    orderBy: { startsAt: "desc" },
    take: 50,
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      status: true,
      purpose: true,
      decisionNote: true,
      resource: { select: { slug: true, nameJa: true, nameEn: true, cancelDeadlineMinutes: true, requiresApproval: true } },
      user: { select: { id: true, name: true, email: true } },
      createdAt: true,
    },
  });
}
