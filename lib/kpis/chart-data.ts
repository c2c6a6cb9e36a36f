// The rows behind a KPI's chart and its table, so that both show exactly the same numbers. Pure.
import type { PublicSeries } from "./assessment";
import { expectedValue, PLAN_FIRST_FISCAL_YEAR, type Direction } from "./grading";

export interface SeriesRow {
  fiscalYear: number;
  baseline: number | null;
  actual: number | null;
  status: PublicSeries["observations"][number]["status"] | null;
  isDemo: boolean;
  milestone: number | null;
  milestoneComparator: PublicSeries["milestones"][number]["comparator"] | null;
  expected: number | null;
}

/**
 * One row per fiscal year from the baseline (or, without one, the plan's first year) to the later
 * of the last target and the last actual. The expected path is drawn only from a published
 * baseline: where the plan prints 「－」 the grade still counts from 0, as the method page says,
 * but a line from an invented point would look like a number the plan published.
 */
export function seriesRows(series: PublicSeries, kpi: { direction: Direction; cumulative: boolean }): SeriesRow[] {
  const definition = { direction: kpi.direction, cumulative: kpi.cumulative, baseline: series.baseline, milestones: series.milestones };
  const baseYear = series.baseline?.fiscalYear ?? null;
  const years = [baseYear ?? PLAN_FIRST_FISCAL_YEAR, ...series.milestones.map((m) => m.fiscalYear), ...series.observations.map((o) => o.fiscalYear)];
  const first = Math.min(...years);
  const last = Math.max(...years);
  const rows: SeriesRow[] = [];
  for (let fy = first; fy <= last; fy++) {
    const o = series.observations.find((x) => x.fiscalYear === fy);
    const m = series.milestones.find((x) => x.fiscalYear === fy);
    const hasPath = series.milestones.some((x) => x.value !== null);
    rows.push({
      fiscalYear: fy,
      baseline: fy === baseYear ? (series.baseline?.value ?? null) : null,
      actual: o?.value ?? null,
      status: o?.status ?? null,
      isDemo: o?.isDemo ?? false,
      milestone: m?.value ?? null,
      milestoneComparator: m?.comparator ?? null,
      // The path is drawn from the baseline year on; before it there is nothing to expect.
      expected: hasPath && baseYear !== null && fy >= baseYear ? expectedValue(definition, fy) : null,
    });
  }
  return rows;
}
