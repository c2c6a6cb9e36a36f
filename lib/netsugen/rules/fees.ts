// The drop-in (個人会員・月額会員以外) fee: ¥250 for every started hour in the space, at most
// ¥1,000 per Tokyo calendar day. This file is the only place the rule lives.
import { addDays, tokyoClock, tokyoInstant } from "./calendar";

export interface DropInTariff {
  /** Yen per started hour. */
  hourlyJpy: number;
  /** Yen at most per Tokyo calendar day; null for no cap. */
  dailyCapJpy: number | null;
}

/** The plan document's tariff (seed 000 line 2093). */
export const DROP_IN_TARIFF: DropInTariff = { hourlyJpy: 250, dailyCapJpy: 1000 };

const HOUR_MS = 3_600_000;

/**
 * The fee for `ms` milliseconds spent on one day. A started hour is any part of one, so 60
 * minutes and 1 second already pays for two hours; nothing at all pays nothing.
 */
export function dayFeeJpy(ms: number, tariff: DropInTariff = DROP_IN_TARIFF): number {
  if (!Number.isFinite(ms) || ms <= 0) return 0;
  const fee = Math.ceil(ms / HOUR_MS) * tariff.hourlyJpy;
  return tariff.dailyCapJpy === null ? fee : Math.min(fee, tariff.dailyCapJpy);
}

/** Convenience for whole minutes. */
export const feeForMinutesJpy = (minutes: number, tariff: DropInTariff = DROP_IN_TARIFF) => dayFeeJpy(minutes * 60_000, tariff);

export interface Visit {
  checkedInAt: Date;
  checkedOutAt: Date;
}

export interface DayCharge {
  dateKey: string;
  ms: number;
  feeJpy: number;
}

/** Splits a visit at Tokyo midnights: [dateKey, milliseconds on that day]. */
export function splitByTokyoDay(visit: Visit): { dateKey: string; ms: number }[] {
  const parts: { dateKey: string; ms: number }[] = [];
  if (visit.checkedOutAt <= visit.checkedInAt) return parts;
  let cursor = visit.checkedInAt;
  let dateKey = tokyoClock(cursor).dateKey;
  while (cursor < visit.checkedOutAt) {
    const nextMidnight = tokyoInstant(addDays(dateKey, 1));
    const end = nextMidnight < visit.checkedOutAt ? nextMidnight : visit.checkedOutAt;
    parts.push({ dateKey, ms: end.getTime() - cursor.getTime() });
    cursor = end;
    dateKey = addDays(dateKey, 1);
  }
  return parts;
}

/**
 * What a drop-in member owes for a set of visits, per Tokyo day. Time is summed over the day
 * before rounding up, so two short visits on one day pay as one stay; the cap applies per day.
 */
export function dropInCharges(visits: readonly Visit[], tariff: DropInTariff = DROP_IN_TARIFF): DayCharge[] {
  const perDay = new Map<string, number>();
  for (const visit of visits) {
    for (const part of splitByTokyoDay(visit)) perDay.set(part.dateKey, (perDay.get(part.dateKey) ?? 0) + part.ms);
  }
  return [...perDay.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([dateKey, ms]) => ({ dateKey, ms, feeJpy: dayFeeJpy(ms, tariff) }));
}

export const totalJpy = (charges: readonly { feeJpy: number }[]) => charges.reduce((sum, c) => sum + c.feeJpy, 0);
