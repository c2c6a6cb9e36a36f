// When a location is open on a Tokyo calendar day: the regular hours for its kind of day
// (weekday, or weekend and 国民の祝日), minus any closures staff have added.
import { holidayNameOn } from "../../dates/tokyo";
import { MINUTE_MS, tokyoInstant, tokyoIsoWeekday } from "./calendar";

export type DayType = "WEEKDAY" | "WEEKEND_OR_HOLIDAY";

export interface RegularHours {
  dayType: DayType;
  opensMinute: number;
  closesMinute: number;
}

export interface ClosureSpan {
  startsAt: Date;
  endsAt: Date;
  reasonJa: string;
  reasonEn: string | null;
}

export interface Interval {
  start: Date;
  end: Date;
}

export interface DayHours {
  dateKey: string;
  dayType: DayType;
  /** The 国民の祝日 of the day, or null. */
  holiday: { ja: string; en: string } | null;
  /** Regular hours for the kind of day, before closures; null if the location has none set. */
  regular: { opensMinute: number; closesMinute: number } | null;
  /** When the location is actually open, in order; empty when closed all day. */
  open: Interval[];
  /** The closures that touch the day's regular hours. */
  closures: ClosureSpan[];
}

export function dayTypeOf(dateKey: string): { dayType: DayType; holiday: { ja: string; en: string } | null } {
  // Noon JST keeps the holiday lookup on the right day whatever the server's zone.
  const holiday = holidayNameOn(tokyoInstant(dateKey, 12 * 60));
  const weekday = tokyoIsoWeekday(dateKey);
  const dayType: DayType = holiday || weekday >= 6 ? "WEEKEND_OR_HOLIDAY" : "WEEKDAY";
  return { dayType, holiday };
}

/** Cuts closures out of an interval; what is left, in order. */
export function subtractIntervals(base: Interval, cuts: readonly Interval[]): Interval[] {
  let pieces: Interval[] = [base];
  for (const cut of cuts) {
    pieces = pieces.flatMap((piece) => {
      if (cut.end <= piece.start || cut.start >= piece.end) return [piece];
      const left = cut.start > piece.start ? [{ start: piece.start, end: cut.start }] : [];
      const right = cut.end < piece.end ? [{ start: cut.end, end: piece.end }] : [];
      return [...left, ...right];
    });
  }
  return pieces;
}

export function hoursOn(dateKey: string, regularHours: readonly RegularHours[], closures: readonly ClosureSpan[]): DayHours {
  const { dayType, holiday } = dayTypeOf(dateKey);
  const rule = regularHours.find((h) => h.dayType === dayType);
  if (!rule) return { dateKey, dayType, holiday, regular: null, open: [], closures: [] };
  const span = { start: tokyoInstant(dateKey, rule.opensMinute), end: tokyoInstant(dateKey, rule.closesMinute) };
  const touching = closures.filter((c) => c.startsAt < span.end && c.endsAt > span.start);
  const open = subtractIntervals(span, touching.map((c) => ({ start: c.startsAt, end: c.endsAt })));
  return {
    dateKey,
    dayType,
    holiday,
    regular: { opensMinute: rule.opensMinute, closesMinute: rule.closesMinute },
    open,
    closures: touching,
  };
}

/** Whether [start, end) lies wholly inside one open interval of the day. */
export function isWithinOpenHours(day: DayHours, start: Date, end: Date): boolean {
  return day.open.some((i) => start >= i.start && end <= i.end);
}

export function isOpenAt(day: DayHours, instant: Date): boolean {
  return day.open.some((i) => instant >= i.start && instant < i.end);
}

/** Length of an interval in whole minutes. */
export function minutesOf(interval: Interval): number {
  return Math.round((interval.end.getTime() - interval.start.getTime()) / MINUTE_MS);
}
