import "server-only";
// Telling a member what happened to their booking: confirmed at once, decided by staff, or
// cancelled by staff. A confirmed booking's mail carries it as a calendar file, so it lands in
// the member's calendar with one tap.
import type { MailAttachment } from "../mail/compose";
import { notify } from "../notifications/notify";
import { buildCalendar } from "./ical";
import { ICAL_BOOKING_SELECT, toEvent } from "./calendar-feed";
import type { Tx } from "../db";

export type BookingNoticeReason = "instant" | "decided" | "cancelled";

export async function noticeBooking(tx: Tx, bookingId: string, via: BookingNoticeReason, now: Date = new Date()): Promise<void> {
  const booking = await tx.booking.findUniqueOrThrow({ where: { id: bookingId }, select: { ...ICAL_BOOKING_SELECT, userId: true } });
  const attachments: MailAttachment[] =
    booking.status === "CONFIRMED"
      ? [{ filename: "netsugen-booking.ics", contentType: "text/calendar; charset=utf-8; method=PUBLISH", content: buildCalendar("NETSUGEN", [toEvent(booking)], now) }]
      : [];
  await notify(tx, {
    userId: booking.userId,
    kind: "booking.decided",
    payload: { bookingId, decision: booking.status, via, spaceName: booking.resource.nameJa, startsAt: booking.startsAt.toISOString() },
    attachments,
  });
}
