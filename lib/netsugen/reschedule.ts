import "server-only";
// Moving a booking to another time of the same space. The rules are those of a new booking,
// and the move is one UPDATE, so the exclusion constraint judges the new range against everyone
// else's and the member never holds two slots, or none, in between.
import { recordId } from "../validation/ids";
import { firstErrorOf } from "../validation/text";
import { fail, ok } from "../actions/result";
import { recordAudit } from "../audit/record";
import { refuse } from "../auth/gate";
import { can, type Actor } from "../auth/roles";
import { db } from "../db";
import { retryOnConflict } from "../db/retry";
import { isExclusionViolation, isTransientConflict } from "../db/errors";
import { loadBlocked, loadDays } from "./day-context";
import { ACTIVE_STATUSES } from "./rules/booking";
import { activeMembershipFor, CapReached, lockMember, TX_OPTIONS, weeklyRoomMinutes, type BookingResult } from "./mutations";
import { nearestFreeSlots } from "./rules/availability";
import { cancelVerdict, checkBookingRequest } from "./rules/booking";
import { MINUTE_MS, parseClock, tokyoInstant } from "./rules/calendar";
import { createBookingSchema } from "./schemas";

export const changeBookingSchema = createBookingSchema
  .omit({ resource: true, clientKey: true, project: true })
  .extend({ bookingId: recordId("netsugen.errors.bookingNotFound") });

export async function changeBooking(actor: Actor | null, raw: unknown, now: Date = new Date()): Promise<BookingResult> {
  if (!actor || !can(actor, "netsugen.book")) return refuse(actor, "netsugen.book");
  const parsed = changeBookingSchema.safeParse(raw);
  if (!parsed.success) return fail(firstErrorOf(parsed.error));
  const input = parsed.data;
  const booking = await db.booking.findUnique({ where: { id: input.bookingId }, include: { resource: true } });
  if (!booking) return fail("netsugen.errors.bookingNotFound");
  // Only the member who booked moves a booking (staff cancel instead), and only while it may be cancelled.
  if (booking.userId !== actor.id || !can(actor, "netsugen.book")) return fail("errors.forbidden");
  if (!(ACTIVE_STATUSES as readonly string[]).includes(booking.status)) return fail("netsugen.errors.notCancellable");
  if (cancelVerdict(booking.startsAt, booking.resource, now) !== "free") return fail("netsugen.errors.cancelDeadlinePassed");

  const resource = booking.resource;
  const startsAt = tokyoInstant(input.date, parseClock(input.start) ?? 0);
  const endsAt = new Date(startsAt.getTime() + input.minutes * MINUTE_MS);
  const [day] = await loadDays(db, resource.locationId, input.date);
  const verdict = checkBookingRequest({ startsAt, endsAt }, resource, day!, now);
  if (!verdict.ok) return fail(verdict.error);
  const membership = await activeMembershipFor(actor.id);
  if (!membership) return fail("netsugen.errors.noActiveMembership");
  if (membership.bookingSuspendedUntil && membership.bookingSuspendedUntil > now) return fail("netsugen.errors.bookingSuspended");

  try {
    const moved = await retryOnConflict(() => db.$transaction(async (tx) => {
      await lockMember(tx, actor.id);
      if (resource.kind !== "COWORKING") {
        const used = await weeklyRoomMinutes(tx, actor.id, input.date, booking.id);
        if (used + input.minutes > membership.plan.maxRoomMinutesPerWeek) throw new CapReached("netsugen.errors.weeklyLimit");
      }
      // A moved request for an approved space waits for staff again.
      const { count } = await tx.booking.updateMany({
        where: { id: booking.id, status: { in: [...ACTIVE_STATUSES] } },
        data: { startsAt, endsAt, blockedFrom: verdict.blocked.start, blockedUntil: verdict.blocked.end, status: verdict.status, purpose: input.purpose ?? booking.purpose, decidedById: null, decisionNote: null },
      });
      if (count !== 1) return false;
      await recordAudit(tx, {
        actorId: actor.id,
        action: "booking.change",
        subjectType: "Booking",
        subjectId: booking.id,
        before: { startsAt: booking.startsAt.toISOString(), endsAt: booking.endsAt.toISOString(), status: booking.status },
        after: { startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), status: verdict.status },
      });
      return true;
    }, TX_OPTIONS));
    return moved ? ok({ id: booking.id, status: verdict.status }) : fail("netsugen.errors.notCancellable");
  } catch (error) {
    if (error instanceof CapReached) return fail(error.error);
    // Another request took the slot first, or still held it after every retry.
    if (isExclusionViolation(error) || isTransientConflict(error)) {
      const blocked = await loadBlocked(db, resource.id, input.date, booking.id);
      const alternatives = nearestFreeSlots(day!, blocked, resource, { startsAt, minutes: input.minutes }, now).map((s) => ({
        startsAt: s.start.toISOString(),
        endsAt: s.end.toISOString(),
      }));
      return { ok: false, error: "netsugen.errors.slotTaken", alternatives };
    }
    throw error;
  }
}
