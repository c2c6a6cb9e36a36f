// The supporter's tier, from their activity ledger. Pure, so its boundaries are unit-tested.
// 「担い手」 (a local helper) is someone with at least `threshold` activities in the last 12 months:
// the premium tier of the national ふるさと住民登録 scheme asks for 3 a year.

export const DEFAULT_CORE_THRESHOLD = 3;
export const WINDOW_MONTHS = 12;

export type SupporterTier = "supporter" | "core";

/** The start of the window: the same moment `WINDOW_MONTHS` calendar months before `now` (UTC). */
export function windowStart(now: Date): Date {
  const start = new Date(now);
  start.setUTCMonth(start.getUTCMonth() - WINDOW_MONTHS);
  return start;
}

/** Activities that count: after the window's start, and not in the future. */
export function activitiesInWindow(dates: readonly Date[], now: Date): number {
  const from = windowStart(now).getTime();
  const to = now.getTime();
  return dates.filter((d) => d.getTime() > from && d.getTime() <= to).length;
}

export function supporterTier(dates: readonly Date[], now: Date, threshold = DEFAULT_CORE_THRESHOLD): SupporterTier {
  return activitiesInWindow(dates, now) >= threshold ? "core" : "supporter";
}
