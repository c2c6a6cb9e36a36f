import "server-only";
// The day-before reminder: every evening (lib/jobs/queues.ts) members hear about tomorrow's
// confirmed bookings and registered events, by notice and, as they chose, by mail. Each row's
// remindedAt is claimed by a conditional update in the transaction that writes the notice, so a
// job run twice, or by two workers at once, reminds nobody twice.
import { db } from "../db";
import { notify } from "../notifications/notify";
import { addDays, formatMinute, tokyoClock, tokyoInstant } from "./rules/calendar";

export const REMINDER_KIND = "netsugen.reminder";

/** Rows handled per run; a NETSUGEN day holds far fewer. */
const BATCH = 1_000;

export interface ReminderOutcome {
  bookings: number;
  events: number;
}

export async function sendDayBeforeReminders(now = new Date()): Promise<ReminderOutcome> {
  const tomorrow = addDays(tokyoClock(now).dateKey, 1);
  const window = { gte: tokyoInstant(tomorrow), lt: tokyoInstant(addDays(tomorrow, 1)) };
  const clock = (instant: Date) => formatMinute(tokyoClock(instant).minute);

  const bookings = await db.booking.findMany({
    where: { status: "CONFIRMED", remindedAt: null, startsAt: window, user: { disabledAt: null } },
    orderBy: { startsAt: "asc" },
    take: BATCH,
    select: { id: true, userId: true, startsAt: true, resource: { select: { nameJa: true } } },
  });
  let remindedBookings = 0;
  for (const booking of bookings) {
    const claimed = await db.$transaction(async (tx) => {
      const { count } = await tx.booking.updateMany({ where: { id: booking.id, status: "CONFIRMED", remindedAt: null }, data: { remindedAt: now } });
      if (count === 1) {
        await notify(tx, {
          userId: booking.userId,
          kind: REMINDER_KIND,
          payload: { what: "booking", bookingId: booking.id, spaceName: booking.resource.nameJa, time: clock(booking.startsAt), startsAt: booking.startsAt.toISOString() },
        });
      }
      return count === 1;
    });
    if (claimed) remindedBookings++;
  }

  // Guests registered by address alone have no account to hold a notice or a mail preference.
  const registrations = await db.eventRegistration.findMany({
    where: { status: "REGISTERED", remindedAt: null, userId: { not: null }, event: { startsAt: window } },
    take: BATCH,
    select: { id: true, userId: true, event: { select: { slug: true, titleJa: true, startsAt: true } } },
  });
  let remindedEvents = 0;
  for (const registration of registrations) {
    const claimed = await db.$transaction(async (tx) => {
      const { count } = await tx.eventRegistration.updateMany({ where: { id: registration.id, status: "REGISTERED", remindedAt: null }, data: { remindedAt: now } });
      if (count === 1) {
        await notify(tx, {
          userId: registration.userId!,
          kind: REMINDER_KIND,
          payload: {
            what: "event",
            registrationId: registration.id,
            eventSlug: registration.event.slug,
            eventTitle: registration.event.titleJa,
            time: clock(registration.event.startsAt),
            startsAt: registration.event.startsAt.toISOString(),
          },
        });
      }
      return count === 1;
    });
    if (claimed) remindedEvents++;
  }
  return { bookings: remindedBookings, events: remindedEvents };
}
