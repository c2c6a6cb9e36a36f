// The public grading method (see /dashboard/method). Pure: no I/O, no clock. Every threshold
// is exported so the method page, the tests and the stored grade inputs quote the same numbers.

export type Grade = "ACHIEVED" | "ON_TRACK" | "MODERATE" | "OFF_TRACK" | "NO_DATA";
export type Direction = "INCREASE" | "DECREASE";
export type Comparator = "EQ" | "GTE" | "LTE" | "INCREASE";

/** pace ≥ 1.0: at or ahead of the straight-line expected path (期待値). */
export const ON_TRACK_PACE = 1.0;
/** 0.6 ≤ pace < 1.0: moving the right way, but slower than planned (多摩市, 千葉県 and Open SDG all cut at 60 %). */
export const MODERATE_PACE = 0.6;
/** A KPI whose latest published value is more than this many fiscal years old is stale. */
export const STALE_AFTER_YEARS = 2;
/**
 * Where the plan prints 「－」 (a new programme or a 累計 count), counting starts with the plan:
 * the SDGs Future City plan runs from FY2021, so the implicit baseline is 0 at the end of FY2020.
 */
export const IMPLICIT_BASELINE_FISCAL_YEAR = 2020;
/** The plan's first fiscal year; values are due from here on. */
export const PLAN_FIRST_FISCAL_YEAR = IMPLICIT_BASELINE_FISCAL_YEAR + 1;

export const GRADE_ORDER: readonly Grade[] = ["ACHIEVED", "ON_TRACK", "MODERATE", "OFF_TRACK", "NO_DATA"];

export interface SeriesDefinition {
  direction: Direction;
  cumulative: boolean;
  baseline: { fiscalYear: number; value: number } | null;
  milestones: readonly { fiscalYear: number; value: number | null; comparator: Comparator }[];
}

export interface Observation {
  fiscalYear: number;
  value: number;
}

export type Reason =
  | "noObservations"
  | "noObservationAfterBaseline"
  | "targetMet"
  | "aheadOfPath"
  | "behindPath"
  | "farBehindPath"
  | "increasedFromBaseline"
  | "notIncreasedFromBaseline";

/** Everything that produced a grade, stored with it and shown to the public as "why". */
export interface SeriesGrade {
  grade: Grade;
  reason: Reason;
  stale: boolean;
  inputs: {
    method: "plan-path" | "direction-only" | "none";
    baseline: { fiscalYear: number; value: number; implicit: boolean } | null;
    latest: Observation | null;
    target: { fiscalYear: number; value: number | null; comparator: Comparator } | null;
    /** (actual − baseline) / (target − baseline) */
    progress: number | null;
    /** The same ratio for the expected path's value in the latest year. */
    expectedProgress: number | null;
    expectedValue: number | null;
    /** progress / expectedProgress */
    pace: number | null;
    thresholds: { onTrack: number; moderate: number; staleAfterYears: number };
    asOfFiscalYear: number;
  };
}

const THRESHOLDS = { onTrack: ON_TRACK_PACE, moderate: MODERATE_PACE, staleAfterYears: STALE_AFTER_YEARS };

function baselineOf(series: SeriesDefinition): { fiscalYear: number; value: number; implicit: boolean } {
  return series.baseline
    ? { ...series.baseline, implicit: false }
    : { fiscalYear: IMPLICIT_BASELINE_FISCAL_YEAR, value: 0, implicit: true };
}

/** The milestone the latest value is measured against: the next one due, or the last one once all are past. */
export function nextMilestone(series: SeriesDefinition, fiscalYear: number) {
  const sorted = [...series.milestones].sort((a, b) => a.fiscalYear - b.fiscalYear);
  return sorted.find((m) => m.fiscalYear >= fiscalYear) ?? sorted.at(-1) ?? null;
}

/**
 * The straight-line expected path (期待値): piecewise linear from the baseline through every
 * numeric milestone, flat after the last one (a past target is still the target).
 */
export function expectedValue(series: SeriesDefinition, fiscalYear: number): number | null {
  const base = baselineOf(series);
  const points = [
    { fiscalYear: base.fiscalYear, value: base.value },
    ...series.milestones
      .filter((m): m is typeof m & { value: number } => m.value !== null && m.fiscalYear > base.fiscalYear)
      .sort((a, b) => a.fiscalYear - b.fiscalYear),
  ];
  if (points.length < 2) return null;
  if (fiscalYear <= points[0]!.fiscalYear) return points[0]!.value;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if (fiscalYear <= b.fiscalYear) {
      return a.value + ((b.value - a.value) * (fiscalYear - a.fiscalYear)) / (b.fiscalYear - a.fiscalYear);
    }
  }
  return points.at(-1)!.value;
}

function meets(value: number, target: number, comparator: Comparator, direction: Direction): boolean {
  // A plain printed target (EQ) is a level to reach, so it reads as ≥ or ≤ by the KPI's direction.
  if (comparator === "LTE" || (comparator === "EQ" && direction === "DECREASE")) return value <= target;
  return value >= target;
}

/** Grades by pace: ≥ ON_TRACK_PACE on track, ≥ MODERATE_PACE moderate, otherwise off track. */
export function gradeForPace(pace: number): Extract<Grade, "ON_TRACK" | "MODERATE" | "OFF_TRACK"> {
  if (pace >= ON_TRACK_PACE) return "ON_TRACK";
  if (pace >= MODERATE_PACE) return "MODERATE";
  return "OFF_TRACK";
}

export function isStale(latestFiscalYear: number, asOfFiscalYear: number): boolean {
  return asOfFiscalYear - latestFiscalYear > STALE_AFTER_YEARS;
}

/** Grades one series from its published, current observations as of a fiscal year. */
export function gradeSeries(series: SeriesDefinition, observations: readonly Observation[], asOfFiscalYear: number): SeriesGrade {
  const base = baselineOf(series);
  const empty = (reason: Reason, latest: Observation | null): SeriesGrade => ({
    grade: "NO_DATA",
    reason,
    stale: latest ? isStale(latest.fiscalYear, asOfFiscalYear) : false,
    inputs: {
      method: "none",
      baseline: base,
      latest,
      target: null,
      progress: null,
      expectedProgress: null,
      expectedValue: null,
      pace: null,
      thresholds: THRESHOLDS,
      asOfFiscalYear,
    },
  });
  if (observations.length === 0) return empty("noObservations", null);
  const latest = observations.reduce((a, b) => (b.fiscalYear > a.fiscalYear ? b : a));
  // A value from the baseline year or before says nothing about progress under the plan.
  if (latest.fiscalYear <= base.fiscalYear) return empty("noObservationAfterBaseline", latest);

  const target = nextMilestone(series, latest.fiscalYear);
  const stale = isStale(latest.fiscalYear, asOfFiscalYear);
  const common = { baseline: base, latest, thresholds: THRESHOLDS, asOfFiscalYear };

  if (!target || target.value === null) {
    // 「基準年度より増加」: no number, so only the direction counts; it is achieved once the target year is reached.
    const improved = series.direction === "DECREASE" ? latest.value < base.value : latest.value > base.value;
    const due = target ? latest.fiscalYear >= target.fiscalYear : false;
    return {
      grade: improved ? (due ? "ACHIEVED" : "ON_TRACK") : "OFF_TRACK",
      reason: improved ? "increasedFromBaseline" : "notIncreasedFromBaseline",
      stale,
      inputs: { ...common, method: "direction-only", target, progress: null, expectedProgress: null, expectedValue: null, pace: null },
    };
  }

  const span = target.value - base.value;
  const expected = expectedValue(series, latest.fiscalYear)!;
  const progress = span === 0 ? null : (latest.value - base.value) / span;
  const expectedProgress = span === 0 ? null : (expected - base.value) / span;
  // One division rather than a ratio of ratios, so that boundary values compare exactly.
  const pace = span === 0 || expected === base.value ? null : (latest.value - base.value) / (expected - base.value);
  const inputs = { ...common, method: "plan-path" as const, target, progress, expectedProgress, expectedValue: expected, pace };

  if (meets(latest.value, target.value, target.comparator, series.direction)) {
    return { grade: "ACHIEVED", reason: "targetMet", stale, inputs };
  }
  const grade = pace === null ? "OFF_TRACK" : gradeForPace(pace);
  const reason: Reason = grade === "ON_TRACK" ? "aheadOfPath" : grade === "MODERATE" ? "behindPath" : "farBehindPath";
  return { grade, reason, stale, inputs };
}

export type OverallRule = "single-series" | "worst-series";

export interface KpiGradeResult {
  grade: Grade;
  stale: boolean;
  rule: OverallRule;
  /** How many series have a grade other than NO_DATA. */
  gradedSeries: number;
  totalSeries: number;
}

/**
 * The KPI's overall grade. With several series (男性/女性, 小6/中3, 一般廃棄物/産業廃棄物) it is the
 * worst graded series: a KPI is achieved only when every series is, and no series can hide behind
 * another. Series without data do not count, but the coverage (graded/total) is reported with it.
 */
export function overallGrade(series: readonly Pick<SeriesGrade, "grade" | "stale">[]): KpiGradeResult {
  const graded = series.filter((s) => s.grade !== "NO_DATA");
  const rule: OverallRule = series.length > 1 ? "worst-series" : "single-series";
  if (graded.length === 0) return { grade: "NO_DATA", stale: false, rule, gradedSeries: 0, totalSeries: series.length };
  const worst = graded.reduce((a, b) => (GRADE_ORDER.indexOf(b.grade) > GRADE_ORDER.indexOf(a.grade) ? b : a));
  return {
    grade: worst.grade,
    stale: graded.some((s) => s.stale),
    rule,
    gradedSeries: graded.length,
    totalSeries: series.length,
  };
}

export type GradeCounts = Record<Grade, number>;

/** Counts per grade, for goal and pillar tiles; coverage is everything but NO_DATA. */
export function countGrades(grades: readonly Grade[]): GradeCounts & { total: number; withData: number } {
  const counts: GradeCounts = { ACHIEVED: 0, ON_TRACK: 0, MODERATE: 0, OFF_TRACK: 0, NO_DATA: 0 };
  for (const g of grades) counts[g] += 1;
  return { ...counts, total: grades.length, withData: grades.length - counts.NO_DATA };
}
