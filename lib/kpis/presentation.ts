// How KPI numbers are shown to people: the precision the plan publishes them with, and which way
// the latest change went. Pure: the pages and the table format with these, the API never does.
import type { Direction } from "./grading";

/** The most decimals any published number is shown with (the database keeps four). */
export const MAX_DECIMALS = 4;

/** Decimals of a number as written in shortest form: 72.07 → 2, 89704 → 0, 1e-7 → capped. */
export function decimalsOf(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return 0;
  const text = String(Math.abs(value));
  const exponent = text.match(/e-(\d+)$/);
  if (exponent) return MAX_DECIMALS;
  return Math.min(MAX_DECIMALS, text.split(".")[1]?.length ?? 0);
}

/**
 * A series' own precision: the most decimals among the numbers the plan publishes for it (the
 * baseline and every numeric target). 89704 億円 → 8兆9,704億円 gives 0, so a value entered as
 * 94117.33 is shown as 94,117; 72.07 年 gives 2. Values do not widen it: a typed 94117.33 is not
 * more precise than the statistic it reports.
 */
export function seriesDecimals(series: {
  baseline: { value: number } | null;
  milestones: readonly { value: number | null }[];
}): number {
  const published = [series.baseline?.value ?? null, ...series.milestones.map((m) => m.value)].filter((v): v is number => v !== null);
  return published.reduce((d, v) => Math.max(d, decimalsOf(v)), 0);
}

/** Half away from zero at the given decimals, free of float noise (1.005 → 1.01). */
export function roundTo(value: number, decimals: number): number {
  // Shifting by the exponent in text keeps 1.005 as 1.005 (×100 in floats would give 100.49999…).
  const text = String(Math.abs(value));
  if (text.includes("e")) return Math.round(value * 10 ** decimals) / 10 ** decimals || 0;
  const shifted = Math.round(Number(`${text}e${decimals}`));
  return Math.sign(value) * Number(`${shifted}e-${decimals}`) || 0;
}

/** Which way the latest change went, judged by the KPI's direction; "none" with fewer than two values. */
export type Trend = "improving" | "flat" | "worsening" | "none";

export const TREND_ORDER: readonly Trend[] = ["improving", "flat", "worsening", "none"];

/** Compares the two latest published values, at the series' precision, so 0.001 of noise reads as flat. */
export function trendOf(observations: readonly { fiscalYear: number; value: number }[], direction: Direction, decimals: number): Trend {
  const sorted = [...observations].sort((a, b) => a.fiscalYear - b.fiscalYear);
  const last = sorted.at(-1);
  const previous = sorted.at(-2);
  if (!last || !previous) return "none";
  const change = roundTo(last.value, decimals) - roundTo(previous.value, decimals);
  if (change === 0) return "flat";
  return (change > 0) === (direction === "INCREASE") ? "improving" : "worsening";
}
