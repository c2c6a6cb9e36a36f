// Booked minutes by Tokyo weekday and hour, per resource: what the staff console charts, and
// the evidence for how busy the space is (and for the planned second floor).
import { MINUTE_MS, tokyoClock, tokyoIsoWeekday } from "./calendar";

export interface BookedSpan {
  resource: string;
  startsAt: Date;
  endsAt: Date;
}

export interface UtilisationGrid {
  /** minutes[resource][weekday 1–7][hour 0–23] */
  minutes: Record<string, number[][]>;
  /** Booked minutes per resource and weekday (1 = Monday). */
  byWeekday: Record<string, number[]>;
}

const emptyWeek = () => Array.from({ length: 8 }, () => Array<number>(24).fill(0));

/** Spreads each booking over the hours it touches, minute by minute of Tokyo time. */
export function utilisation(spans: readonly BookedSpan[]): UtilisationGrid {
  const minutes: Record<string, number[][]> = {};
  for (const span of spans) {
    const grid = (minutes[span.resource] ??= emptyWeek());
    // Walk hour by hour: a booking lasts at most a day, so this is a few steps.
    let cursor = span.startsAt.getTime();
    const end = span.endsAt.getTime();
    while (cursor < end) {
      const clock = tokyoClock(new Date(cursor));
      const hour = Math.floor(clock.minute / 60);
      const nextHour = cursor + (60 - (clock.minute % 60)) * MINUTE_MS - clock.second * 1000 - clock.ms;
      const stop = Math.min(nextHour, end);
      grid[tokyoIsoWeekday(clock.dateKey)]![hour]! += Math.round((stop - cursor) / MINUTE_MS);
      cursor = stop;
    }
  }
  const byWeekday = Object.fromEntries(Object.entries(minutes).map(([r, grid]) => [r, grid.map((hours) => hours.reduce((a, b) => a + b, 0))]));
  return { minutes, byWeekday };
}
