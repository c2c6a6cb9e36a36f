// What makes a booking request acceptable for a resource, before the database has its say.
// Application checks give friendly answers; the exclusion constraint is what guarantees that two
// active bookings never overlap.
import { daysBetween, MINUTE_MS, tokyoClock } from "./calendar";
import { isOpenAt, isWithinOpenHours, type DayHours, type Interval } from "./opening-hours";

/** Bookings start and end on quarter hours. */
export const STEP_MINUTES = 15;

export interface ResourceRules {
  minMinutes: number;
  maxMinutes: number;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  /** The last bookable day is today (JST) plus this many days. */
  advanceDays: number;
  requiresApproval: boolean;
  /** Members may cancel until this many minutes before the start. */
  cancelDeadlineMinutes: number;
}

export type BookingRuleError =
  | "netsugen.errors.endBeforeStart"
  | "netsugen.errors.notOnStep"
  | "netsugen.errors.tooShort"
  | "netsugen.errors.tooLong"
  | "netsugen.errors.inPast"
  | "netsugen.errors.tooFarAhead"
  | "netsugen.errors.outsideHours"
  | "netsugen.errors.endsAfterClosing";

export interface BookingRequest {
  startsAt: Date;
  endsAt: Date;
}

/** The range a booking keeps others out of: its own time plus the resource's buffers. */
export function blockedRange(request: BookingRequest, rules: Pick<ResourceRules, "bufferBeforeMinutes" | "bufferAfterMinutes">): Interval {
  return {
    start: new Date(request.startsAt.getTime() - rules.bufferBeforeMinutes * MINUTE_MS),
    end: new Date(request.endsAt.getTime() + rules.bufferAfterMinutes * MINUTE_MS),
  };
}

const onStep = (instant: Date) => {
  const clock = tokyoClock(instant);
  return clock.minute % STEP_MINUTES === 0 && clock.second === 0 && clock.ms === 0;
};

/**
 * Checks one request against the resource's rules and the day's opening hours (`day` must be
 * the Tokyo day of `startsAt`). Returns the first rule broken, in the order a member would fix them.
 */
export function checkBookingRequest(
  request: BookingRequest,
  rules: ResourceRules,
  day: DayHours,
  now: Date,
): { ok: true; blocked: Interval; status: "PENDING" | "CONFIRMED" } | { ok: false; error: BookingRuleError } {
  const { startsAt, endsAt } = request;
  if (!(endsAt > startsAt)) return { ok: false, error: "netsugen.errors.endBeforeStart" };
  if (!onStep(startsAt) || !onStep(endsAt)) return { ok: false, error: "netsugen.errors.notOnStep" };
  const minutes = (endsAt.getTime() - startsAt.getTime()) / MINUTE_MS;
  if (minutes < rules.minMinutes) return { ok: false, error: "netsugen.errors.tooShort" };
  if (minutes > rules.maxMinutes) return { ok: false, error: "netsugen.errors.tooLong" };
  if (startsAt < now) return { ok: false, error: "netsugen.errors.inPast" };
  const today = tokyoClock(now).dateKey;
  const startDay = tokyoClock(startsAt).dateKey;
  if (daysBetween(today, startDay) > rules.advanceDays) return { ok: false, error: "netsugen.errors.tooFarAhead" };
  if (startDay !== day.dateKey) return { ok: false, error: "netsugen.errors.outsideHours" };
  if (!isWithinOpenHours(day, startsAt, endsAt)) {
    // Name what the member has to change: a start inside the hours means the length runs past closing.
    return { ok: false, error: isOpenAt(day, startsAt) ? "netsugen.errors.endsAfterClosing" : "netsugen.errors.outsideHours" };
  }
  return { ok: true, blocked: blockedRange(request, rules), status: rules.requiresApproval ? "PENDING" : "CONFIRMED" };
}

export type CancelVerdict = "free" | "pastDeadline" | "started";

/** Whether a member may still cancel: until `cancelDeadlineMinutes` before the start. */
export function cancelVerdict(startsAt: Date, rules: Pick<ResourceRules, "cancelDeadlineMinutes">, now: Date): CancelVerdict {
  if (now >= startsAt) return "started";
  const deadline = startsAt.getTime() - rules.cancelDeadlineMinutes * MINUTE_MS;
  return now.getTime() <= deadline ? "free" : "pastDeadline";
}

/** Whole minutes of a booking. */
export const bookingMinutes = (b: BookingRequest) => Math.round((b.endsAt.getTime() - b.startsAt.getTime()) / MINUTE_MS);

/** Bookings that hold their time: waiting for approval or confirmed. */
export const ACTIVE_STATUSES = ["PENDING", "CONFIRMED"] as const;

export function isActiveBooking(status: string): boolean {
  return (ACTIVE_STATUSES as readonly string[]).includes(status);
}
