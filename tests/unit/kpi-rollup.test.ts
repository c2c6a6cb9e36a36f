import { expect, test } from "vitest";
import type { PublicSeries } from "@/lib/kpis/assessment";
import { seriesRows } from "@/lib/kpis/chart-data";
import { gradeSeries } from "@/lib/kpis/grading";
import { rollupByGoal, rollupByPillar } from "@/lib/kpis/rollup";

const kpi = (code: string, pillar: "ECONOMY" | "SOCIETY" | "ENVIRONMENT", sdgGoals: number[], grade: "ACHIEVED" | "OFF_TRACK" | "NO_DATA") => ({
  code,
  pillar,
  sdgGoals,
  grade: { grade },
});

test("a KPI linked to several goals counts under each; goals without KPIs report zero coverage", () => {
  const byGoal = rollupByGoal([kpi("a", "ECONOMY", [8, 9], "ACHIEVED"), kpi("b", "ECONOMY", [8], "NO_DATA")]);
  expect(byGoal.size).toBe(17);
  expect(byGoal.get(8)).toMatchObject({ ACHIEVED: 1, NO_DATA: 1, total: 2, withData: 1, codes: ["a", "b"] });
  expect(byGoal.get(9)).toMatchObject({ ACHIEVED: 1, total: 1, withData: 1 });
  expect(byGoal.get(1)).toMatchObject({ total: 0, withData: 0, codes: [] });
  const byPillar = rollupByPillar([kpi("a", "ECONOMY", [8], "OFF_TRACK"), kpi("c", "ENVIRONMENT", [13], "NO_DATA")]);
  expect([...byPillar.keys()]).toEqual(["ECONOMY", "SOCIETY", "ENVIRONMENT"]);
  expect(byPillar.get("SOCIETY")).toMatchObject({ total: 0 });
});

test("without a published baseline, rows start at the plan's first year and no expected path is drawn", () => {
  const definition = { direction: "INCREASE" as const, cumulative: true, baseline: null, milestones: [{ fiscalYear: 2023, value: 10, comparator: "EQ" as const }] };
  const observations = [{ fiscalYear: 2022, value: 7, status: "FINAL" as const, version: 1, publishedAt: null, isDemo: true, derived: false, note: null, evidenceUrl: null, evidenceFile: null }];
  const series: PublicSeries = {
    key: "total",
    labelJa: "総計",
    labelEn: "Total",
    baseline: null,
    baselinePrinted: "－",
    milestones: definition.milestones,
    observations,
    revisions: [],
    grade: gradeSeries(definition, observations, 2026),
  };
  expect(seriesRows(series, definition).map((r) => [r.fiscalYear, r.baseline, r.actual, r.milestone, r.expected === null ? null : Math.round(r.expected * 100) / 100])).toEqual([
    [2021, null, null, null, null],
    [2022, null, 7, null, null],
    [2023, null, null, 10, null],
  ]);
});

test("with a published baseline, the expected path runs from it through the targets", () => {
  const definition = { direction: "DECREASE" as const, cumulative: false, baseline: { fiscalYear: 2017, value: 100 }, milestones: [{ fiscalYear: 2021, value: 60, comparator: "EQ" as const }] };
  const series: PublicSeries = {
    key: "total",
    labelJa: "総計",
    labelEn: "Total",
    baseline: definition.baseline,
    baselinePrinted: null,
    milestones: definition.milestones,
    observations: [],
    revisions: [],
    grade: gradeSeries(definition, [], 2026),
  };
  expect(seriesRows(series, definition).map((r) => [r.fiscalYear, r.baseline, r.milestone, r.expected])).toEqual([
    [2017, 100, null, 100],
    [2018, null, null, 90],
    [2019, null, null, 80],
    [2020, null, null, 70],
    [2021, null, 60, 60],
  ]);
});
