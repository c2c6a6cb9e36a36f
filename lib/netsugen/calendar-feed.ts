import "server-only";
// A member's private calendar feed. Its URL is signed with the server's secret, so it can be
// given to a calendar app without a session, and guessed by no one.
import { isRecordId } from "../validation/ids";
import { resolveAuthSecret } from "../auth/secret";
import { hmacText, signaturesMatch } from "../security/signing";
import { db } from "../db";
import { ACTIVE_STATUSES } from "./rules/booking";
import { buildCalendar, type IcalEvent } from "./ical";

const sign = (userId: string) => hmacText(resolveAuthSecret(), `netsugen-ical.v1.${userId}`).slice(0, 32);

export const feedToken = (userId: string) => `${userId}.${sign(userId)}`;

/** The user a feed token belongs to, or null for a forged one. */
export function verifyFeedToken(token: string): string | null {
  if (token.length > 120) return null;
  const [userId, signature, ...rest] = token.split(".");
  if (!userId || !signature || rest.length > 0 || !isRecordId(userId)) return null;
  return signaturesMatch(signature, sign(userId)) ? userId : null;
}

export type BookingForIcal = { id: string; startsAt: Date; endsAt: Date; status: string; resource: { nameJa: string; location: { nameJa: string } } };

export const toEvent = (b: BookingForIcal): IcalEvent => ({
  uid: `booking-${b.id}@netsugen.yukemuri`,
  startsAt: b.startsAt,
  endsAt: b.endsAt,
  summary: `${b.resource.nameJa}（NETSUGEN）`,
  location: b.resource.location.nameJa,
  status: b.status === "PENDING" ? "TENTATIVE" : b.status === "CONFIRMED" ? "CONFIRMED" : "CANCELLED",
});

export const ICAL_BOOKING_SELECT = { id: true, startsAt: true, endsAt: true, status: true, resource: { select: { nameJa: true, location: { select: { nameJa: true } } } } } as const;

export async function memberCalendar(userId: string, now: Date = new Date()): Promise<string> {
  const bookings = await db.booking.findMany({
    where: { userId, status: { in: [...ACTIVE_STATUSES] }, endsAt: { gt: new Date(now.getTime() - 30 * 86_400_000) } },
    orderBy: { startsAt: "asc" },
    take: 500,
    select: ICAL_BOOKING_SELECT,
  });
  return buildCalendar("NETSUGEN", bookings.map(toEvent), now);
}

/** One booking as an .ics file, for its owner only; null otherwise. */
export async function bookingCalendar(userId: string, bookingId: string, now: Date = new Date()): Promise<string | null> {
  if (!isRecordId(bookingId)) return null;
  const booking = await db.booking.findFirst({ where: { id: bookingId, userId }, select: ICAL_BOOKING_SELECT });
  return booking ? buildCalendar("NETSUGEN", [toEvent(booking)], now) : null;
}
