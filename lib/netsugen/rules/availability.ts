// Free and busy time of one resource on one day, and the nearest free slots to offer when a
// requested slot has just been taken. Pure: callers pass the day's hours and blocked ranges.
import { MINUTE_MS } from "./calendar";
import { blockedRange, STEP_MINUTES, type ResourceRules } from "./booking";
import { type DayHours, type Interval } from "./opening-hours";

/** Sorts and merges overlapping or touching intervals. */
export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a.start.getTime() - b.start.getTime());
  const merged: Interval[] = [];
  for (const next of sorted) {
    const last = merged.at(-1);
    if (last && next.start <= last.end) {
      if (next.end > last.end) last.end = next.end;
    } else {
      merged.push({ start: next.start, end: next.end });
    }
  }
  return merged;
}

const overlaps = (a: Interval, b: Interval) => a.start < b.end && b.start < a.end;

export interface DayAvailability {
  /** Busy time inside opening hours (bookings with their buffers), merged. */
  busy: Interval[];
  /** Open time nobody holds, merged. */
  free: Interval[];
}

export function dayAvailability(day: DayHours, blocked: readonly Interval[]): DayAvailability {
  const busy: Interval[] = [];
  const free: Interval[] = [];
  const merged = mergeIntervals(blocked);
  for (const open of day.open) {
    let cursor = open.start;
    for (const b of merged) {
      if (!overlaps(b, open)) continue;
      const start = b.start > open.start ? b.start : open.start;
      const end = b.end < open.end ? b.end : open.end;
      if (start > cursor) free.push({ start: cursor, end: start });
      busy.push({ start, end });
      if (end > cursor) cursor = end;
    }
    if (cursor < open.end) free.push({ start: cursor, end: open.end });
  }
  return { busy: mergeIntervals(busy), free };
}

/**
 * Every start (on the 15-minute grid, not before `now`) at which a booking of `minutes` fits
 * inside opening hours and, with its buffers, clear of every blocked range.
 */
export function possibleStarts(
  day: DayHours,
  blocked: readonly Interval[],
  rules: Pick<ResourceRules, "bufferBeforeMinutes" | "bufferAfterMinutes">,
  minutes: number,
  now: Date,
): Date[] {
  const starts: Date[] = [];
  // Japan is UTC+9 all year, so the epoch's quarter hours are also Tokyo's.
  const step = STEP_MINUTES * MINUTE_MS;
  for (const open of day.open) {
    const first = Math.ceil(open.start.getTime() / step) * step;
    for (let t = first; t + minutes * MINUTE_MS <= open.end.getTime(); t += step) {
      const startsAt = new Date(t);
      if (startsAt < now) continue;
      const endsAt = new Date(t + minutes * MINUTE_MS);
      const range = blockedRange({ startsAt, endsAt }, rules);
      if (!blocked.some((b) => overlaps(b, range))) starts.push(startsAt);
    }
  }
  return starts;
}

/** Up to `count` free slots of the same length, nearest in time to the requested start first. */
export function nearestFreeSlots(
  day: DayHours,
  blocked: readonly Interval[],
  rules: Pick<ResourceRules, "bufferBeforeMinutes" | "bufferAfterMinutes">,
  request: { startsAt: Date; minutes: number },
  now: Date,
  count = 3,
): Interval[] {
  const wanted = request.startsAt.getTime();
  return possibleStarts(day, blocked, rules, request.minutes, now)
    .sort((a, b) => Math.abs(a.getTime() - wanted) - Math.abs(b.getTime() - wanted) || a.getTime() - b.getTime())
    .slice(0, count)
    .sort((a, b) => a.getTime() - b.getTime())
    .map((start) => ({ start, end: new Date(start.getTime() + request.minutes * MINUTE_MS) }));
}

/** Free time from `now` on: what has already passed is not free to book. */
export function freeFrom(free: readonly Interval[], now: Date): Interval[] {
  return free.flatMap((interval) => {
    if (interval.end <= now) return [];
    return [interval.start < now ? { start: now, end: interval.end } : interval];
  });
}
