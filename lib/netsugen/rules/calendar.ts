// Japan-time calendar arithmetic on "YYYY-MM-DD" keys. Every rule of NETSUGEN speaks in Tokyo
// calendar days, whatever time zone the server runs in, so days are keys, never local Dates.
import { inTokyo, tokyoDateKey, tokyoDateTime } from "../../dates/tokyo";

export const MINUTE_MS = 60_000;
export const DAY_MINUTES = 24 * 60;

const DATE_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Year, month (1-based) and day of a valid calendar date key, or null for "2026-02-30" and the like. */
export function parseDateKey(key: string): { year: number; month: number; day: number } | null {
  const match = DATE_KEY.exec(key);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // A UTC round trip rejects impossible days without touching the server's zone.
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  if (year < 2000 || year > 2100) return null;
  return { year, month, day };
}

export function isDateKey(key: string): boolean {
  return parseDateKey(key) !== null;
}

/** The instant a Tokyo calendar day starts, plus `minutes` (which may pass midnight). */
export function tokyoInstant(dateKey: string, minutes = 0): Date {
  const parts = parseDateKey(dateKey);
  if (!parts) throw new RangeError(`Not a date key: ${dateKey}`);
  return new Date(tokyoDateTime(parts.year, parts.month, parts.day).getTime() + minutes * MINUTE_MS);
}

/** The date key `days` after `dateKey` (negative goes back). */
export function addDays(dateKey: string, days: number): string {
  const parts = parseDateKey(dateKey);
  if (!parts) throw new RangeError(`Not a date key: ${dateKey}`);
  const next = new Date(Date.UTC(parts.year, parts.month - 1, parts.day + days));
  return next.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both keys). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / (DAY_MINUTES * MINUTE_MS));
}

/** Minutes since midnight in Tokyo (0–1439) and the Tokyo date key of an instant. */
export function tokyoClock(instant: Date): { dateKey: string; minute: number; second: number; ms: number } {
  const t = inTokyo(instant);
  return { dateKey: tokyoDateKey(instant), minute: t.getHours() * 60 + t.getMinutes(), second: t.getSeconds(), ms: t.getMilliseconds() };
}

/** ISO weekday in Tokyo: Monday 1 … Sunday 7. */
export function tokyoIsoWeekday(dateKey: string): number {
  const day = new Date(`${dateKey}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The Monday (a date key) of the Tokyo week containing `dateKey`. */
export function weekStartOf(dateKey: string): string {
  return addDays(dateKey, 1 - tokyoIsoWeekday(dateKey));
}

/** "HH:MM" for minutes after midnight (1440 prints as 24:00). */
export function formatMinute(minute: number): string {
  const h = Math.floor(minute / 60);
  const m = minute % 60;
  return `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
}

/** Minutes after midnight for "HH:MM" (00:00–23:59), or null. */
export function parseClock(text: string): number | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}
