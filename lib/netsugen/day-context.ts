import "server-only";
// Loads what the pure rules need about a location's day: regular hours and nearby closures,
// and the ranges a resource's active bookings block. Used by queries and mutations alike.
import type { Database } from "../db";
import { ACTIVE_STATUSES } from "./rules/booking";
import { addDays, tokyoInstant } from "./rules/calendar";
import { hoursOn, type DayHours, type Interval } from "./rules/opening-hours";

type Reader = Pick<Database, "openingHours" | "closure" | "booking">;

/** Opening hours of each day from `fromKey` for `days` days. */
export async function loadDays(reader: Reader, locationId: string, fromKey: string, days = 1): Promise<DayHours[]> {
  const windowStart = tokyoInstant(fromKey);
  const windowEnd = tokyoInstant(addDays(fromKey, days));
  const [regular, closures] = await Promise.all([
    reader.openingHours.findMany({ where: { locationId }, select: { dayType: true, opensMinute: true, closesMinute: true } }),
    reader.closure.findMany({
      where: { locationId, startsAt: { lt: windowEnd }, endsAt: { gt: windowStart } },
      select: { startsAt: true, endsAt: true, reasonJa: true, reasonEn: true },
      orderBy: { startsAt: "asc" },
    }),
  ]);
  return Array.from({ length: days }, (_, i) => hoursOn(addDays(fromKey, i), regular, closures));
}

/** Blocked ranges (buffers included) of a resource's active bookings that touch the Tokyo day. */
export async function loadBlocked(reader: Reader, resourceId: string, dateKey: string, exceptBookingId?: string): Promise<Interval[]> {
  const rows = await reader.booking.findMany({
    where: {
      resourceId,
      ...(exceptBookingId ? { id: { not: exceptBookingId } } : {}),
      status: { in: [...ACTIVE_STATUSES] },
      blockedFrom: { lt: tokyoInstant(addDays(dateKey, 1)) },
      blockedUntil: { gt: tokyoInstant(dateKey) },
    },
    select: { blockedFrom: true, blockedUntil: true },
    orderBy: { blockedFrom: "asc" },
  });
  return rows.map((r) => ({ start: r.blockedFrom, end: r.blockedUntil }));
}
