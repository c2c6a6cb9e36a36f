// No-shows: a confirmed booking whose member has not checked in within 15 minutes of the start is
// released, so the room goes back to others; repeated no-shows suspend booking for a while.
import { MINUTE_MS } from "./calendar";

export const NO_SHOW_GRACE_MINUTES = 15;
/** This many no-shows within the look-back window suspend booking. */
export const NO_SHOW_LIMIT = 3;
export const NO_SHOW_LOOKBACK_DAYS = 30;
export const NO_SHOW_SUSPENSION_DAYS = 14;

export interface Visit {
  checkedInAt: Date;
  checkedOutAt: Date | null;
}

/** Whether a visit counts as showing up: in by start + grace, and not gone before the start. */
export function showedUp(startsAt: Date, visits: readonly Visit[]): boolean {
  const latest = startsAt.getTime() + NO_SHOW_GRACE_MINUTES * MINUTE_MS;
  return visits.some((v) => v.checkedInAt.getTime() <= latest && (v.checkedOutAt === null || v.checkedOutAt >= startsAt));
}

/** The grace period is over and nobody came. */
export function isNoShow(startsAt: Date, visits: readonly Visit[], now: Date): boolean {
  return now.getTime() > startsAt.getTime() + NO_SHOW_GRACE_MINUTES * MINUTE_MS && !showedUp(startsAt, visits);
}

/** Until when booking is suspended after `count` recent no-shows, or null. */
export function suspensionAfter(count: number, now: Date): Date | null {
  return count >= NO_SHOW_LIMIT ? new Date(now.getTime() + NO_SHOW_SUSPENSION_DAYS * 24 * 60 * MINUTE_MS) : null;
}
