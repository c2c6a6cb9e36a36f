import "server-only";
// Releases confirmed bookings nobody showed up for, and suspends members who keep doing it. Run by
// the scheduled job (lib/jobs), never by a page load or a booking request.
import { recordAudit } from "../audit/record";
import { db } from "../db";
import { MINUTE_MS } from "./rules/calendar";
import { NO_SHOW_GRACE_MINUTES, NO_SHOW_LOOKBACK_DAYS, suspensionAfter } from "./rules/no-show";

const DAY_MS = 24 * 60 * MINUTE_MS;

interface Released {
  id: string;
  userId: string;
  membershipId: string | null;
}

export async function releaseNoShows(now: Date = new Date()): Promise<{ released: number; suspended: number }> {
  return db.$transaction(async (tx) => {
    // One statement releases every no-show with its audit row. The check-in test is
    // rules/no-show.ts's showedUp() in SQL: in by the start plus the grace period, and not gone
    // before the start. Coworking is not booked seat by seat, so only rooms, the seminar space and
    // the studio count. The status condition makes a concurrent run or check-in win cleanly.
    const released = await tx.$queryRaw<Released[]>`
      WITH released AS (
        UPDATE "Booking" AS b SET "status" = 'NO_SHOW', "cancelledAt" = ${now}
        FROM "SpaceResource" AS r
        WHERE b."resourceId" = r."id"
          AND r."kind" <> 'COWORKING'
          AND b."status" = 'CONFIRMED'
          AND b."startsAt" > ${new Date(now.getTime() - DAY_MS)}
          AND b."startsAt" < ${new Date(now.getTime() - NO_SHOW_GRACE_MINUTES * MINUTE_MS)}
          AND NOT EXISTS (
            SELECT 1 FROM "CheckIn" AS c
            WHERE c."userId" = b."userId" AND c."locationId" = r."locationId"
              AND c."checkedInAt" > b."startsAt" - interval '1 day'
              AND c."checkedInAt" < b."endsAt"
              AND c."checkedInAt" <= b."startsAt" + make_interval(mins => ${NO_SHOW_GRACE_MINUTES}::int)
              AND (c."checkedOutAt" IS NULL OR c."checkedOutAt" >= b."startsAt"))
        RETURNING b."id", b."userId", b."membershipId"
      ), audited AS (
        INSERT INTO "AuditLog" ("actorLabel", "action", "subjectType", "subjectId", "before", "after")
        SELECT 'system', 'booking.no_show', 'Booking', "id", '{"status":"CONFIRMED"}'::jsonb, '{"status":"NO_SHOW"}'::jsonb FROM released
      )
      SELECT "id", "userId", "membershipId" FROM released`;

    let suspended = 0;
    const members = new Map(released.filter((r) => r.membershipId).map((r) => [r.userId, r.membershipId as string]));
    for (const [userId, membershipId] of members) {
      const recent = await tx.booking.count({ where: { userId, status: "NO_SHOW", startsAt: { gt: new Date(now.getTime() - NO_SHOW_LOOKBACK_DAYS * DAY_MS) } } });
      const until = suspensionAfter(recent, now);
      if (!until) continue;
      const { count } = await tx.membership.updateMany({
        where: { id: membershipId, OR: [{ bookingSuspendedUntil: null }, { bookingSuspendedUntil: { lt: until } }] },
        data: { bookingSuspendedUntil: until },
      });
      if (count === 1) {
        suspended++;
        await recordAudit(tx, { actorLabel: "system", action: "membership.booking_suspended", subjectType: "Membership", subjectId: membershipId, after: { until: until.toISOString(), noShows: recent } });
      }
    }
    return { released: released.length, suspended };
  });
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
