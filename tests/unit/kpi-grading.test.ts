import { describe, expect, test } from "vitest";
import {
  countGrades,
  expectedValue,
  gradeForPace,
  gradeSeries,
  isStale,
  MODERATE_PACE,
  ON_TRACK_PACE,
  overallGrade,
  type Grade,
  type SeriesDefinition,
} from "@/lib/kpis/grading";

const AS_OF = 2026;

// Baseline 0 in FY2020, target 100 in FY2025: the expected path is 20 a year, 60 in FY2023.
const linear: SeriesDefinition = {
  direction: "INCREASE",
  cumulative: false,
  baseline: { fiscalYear: 2020, value: 0 },
  milestones: [{ fiscalYear: 2025, value: 100, comparator: "EQ" }],
};

// Greenhouse gases: 1000 in FY2020 down to 500 in FY2030; 750 expected in FY2025.
const decreasing: SeriesDefinition = {
  direction: "DECREASE",
  cumulative: false,
  baseline: { fiscalYear: 2020, value: 1000 },
  milestones: [{ fiscalYear: 2030, value: 500, comparator: "EQ" }],
};

// 「95%以上」 from 80 in FY2019 to FY2025: 5 points expected by FY2021 (2 of 6 years → 85).
const orMore: SeriesDefinition = {
  direction: "INCREASE",
  cumulative: false,
  baseline: { fiscalYear: 2019, value: 80 },
  milestones: [{ fiscalYear: 2025, value: 95, comparator: "GTE" }],
};

// 「2021年度より増加」: no number.
const increaseOnly: SeriesDefinition = {
  direction: "INCREASE",
  cumulative: false,
  baseline: { fiscalYear: 2021, value: 89.6 },
  milestones: [{ fiscalYear: 2025, value: null, comparator: "INCREASE" }],
};

// 累計 with 「－」 as baseline: counting starts at 0 after FY2020; 10 by FY2023, 31 by FY2025.
const cumulative: SeriesDefinition = {
  direction: "INCREASE",
  cumulative: true,
  baseline: null,
  milestones: [
    { fiscalYear: 2023, value: 10, comparator: "EQ" },
    { fiscalYear: 2025, value: 31, comparator: "EQ" },
  ],
};

const obs = (fiscalYear: number, value: number) => [{ fiscalYear, value }];

describe("pace thresholds", () => {
  test.each<[number, Grade]>([
    [1.5, "ON_TRACK"],
    [ON_TRACK_PACE, "ON_TRACK"],
    [0.9999, "MODERATE"],
    [MODERATE_PACE, "MODERATE"],
    [0.5999, "OFF_TRACK"],
    [0, "OFF_TRACK"],
    [-1, "OFF_TRACK"],
  ])("pace %s → %s", (pace, grade) => {
    expect(gradeForPace(pace)).toBe(grade);
  });
});

describe("plain target (EQ, increasing), FY2023 expected 60", () => {
  test.each<[number, Grade, number | null]>([
    [100, "ACHIEVED", 1],
    [120, "ACHIEVED", 1.2],
    [99.99, "ON_TRACK", 99.99 / 60],
    [60, "ON_TRACK", 1],
    [59.99, "MODERATE", 59.99 / 60],
    [36, "MODERATE", 0.6],
    [35.99, "OFF_TRACK", 35.99 / 60],
    [0, "OFF_TRACK", 0],
    [-5, "OFF_TRACK", -5 / 60],
  ])("actual %s → %s (pace %s)", (value, grade, pace) => {
    const result = gradeSeries(linear, obs(2023, value), AS_OF);
    expect(result.grade).toBe(grade);
    expect(result.inputs.method).toBe("plan-path");
    expect(result.inputs.expectedValue).toBe(60);
    if (grade !== "ACHIEVED") expect(result.inputs.pace).toBeCloseTo(pace!, 12);
  });

  test("progress is (actual − baseline) / (target − baseline)", () => {
    const { inputs } = gradeSeries(linear, obs(2023, 45), AS_OF);
    expect(inputs.progress).toBe(0.45);
    expect(inputs.expectedProgress).toBe(0.6);
    expect(inputs.target).toEqual({ fiscalYear: 2025, value: 100, comparator: "EQ" });
  });

  test("a past target stays the target: the expected path is flat after it", () => {
    expect(expectedValue(linear, 2028)).toBe(100);
    expect(gradeSeries(linear, obs(2027, 60), 2028)).toMatchObject({ grade: "MODERATE", inputs: { pace: 0.6 } });
  });
});

describe("decreasing target (GHG), FY2025 expected 750", () => {
  test.each<[number, Grade]>([
    [500, "ACHIEVED"],
    [499, "ACHIEVED"],
    [501, "ON_TRACK"],
    [750, "ON_TRACK"],
    [751, "MODERATE"],
    [850, "MODERATE"],
    [851, "OFF_TRACK"],
    [1000, "OFF_TRACK"],
    [1100, "OFF_TRACK"],
  ])("actual %s → %s", (value, grade) => {
    expect(gradeSeries(decreasing, obs(2025, value), AS_OF).grade).toBe(grade);
  });
});

describe("「以上」 target (GTE), FY2021 expected 85", () => {
  test.each<[number, Grade]>([
    [95, "ACHIEVED"],
    [94.99, "ON_TRACK"],
    [85, "ON_TRACK"],
    [84.99, "MODERATE"],
    [83, "MODERATE"],
    [82.99, "OFF_TRACK"],
    [79, "OFF_TRACK"],
  ])("actual %s → %s", (value, grade) => {
    expect(gradeSeries(orMore, obs(2021, value), AS_OF).grade).toBe(grade);
  });
});

describe("「基準年度より増加」 (INCREASE, no number)", () => {
  test.each<[number, number, Grade]>([
    [2023, 89.7, "ON_TRACK"],
    [2025, 89.7, "ACHIEVED"],
    [2026, 90, "ACHIEVED"],
    [2023, 89.6, "OFF_TRACK"],
    [2025, 80, "OFF_TRACK"],
  ])("FY%s actual %s → %s", (fiscalYear, value, grade) => {
    const result = gradeSeries(increaseOnly, obs(fiscalYear, value), AS_OF);
    expect(result.grade).toBe(grade);
    expect(result.inputs.method).toBe("direction-only");
    expect(result.inputs.pace).toBeNull();
  });
});

describe("累計 with no baseline: implicit 0 after FY2020, path through every milestone", () => {
  test("the expected path runs through the interim milestone", () => {
    expect(expectedValue(cumulative, 2020)).toBe(0);
    expect(expectedValue(cumulative, 2023)).toBe(10);
    expect(expectedValue(cumulative, 2024)).toBe(20.5);
  });
  test.each<[number, number, Grade]>([
    [2022, 10, "ACHIEVED"], // the next milestone (FY2023: 10) already reached
    [2023, 10, "ACHIEVED"],
    [2023, 9, "MODERATE"],
    [2023, 6, "MODERATE"],
    [2023, 5, "OFF_TRACK"],
    [2024, 31, "ACHIEVED"],
    [2024, 20.5, "ON_TRACK"],
    [2024, 20, "MODERATE"],
    [2025, 18.6, "MODERATE"],
    [2025, 18, "OFF_TRACK"],
  ])("FY%s total %s → %s", (fiscalYear, value, grade) => {
    const result = gradeSeries(cumulative, obs(fiscalYear, value), AS_OF);
    expect(result.grade).toBe(grade);
    expect(result.inputs.baseline).toEqual({ fiscalYear: 2020, value: 0, implicit: true });
  });
});

describe("no data", () => {
  test("no published value", () => {
    expect(gradeSeries(linear, [], AS_OF)).toMatchObject({ grade: "NO_DATA", reason: "noObservations", stale: false });
  });
  test("only values from the baseline year or earlier", () => {
    expect(gradeSeries(linear, obs(2020, 50), AS_OF)).toMatchObject({ grade: "NO_DATA", reason: "noObservationAfterBaseline" });
  });
  test("the latest year is graded, whatever order the values come in", () => {
    const result = gradeSeries(linear, [{ fiscalYear: 2023, value: 60 }, { fiscalYear: 2021, value: 1 }], AS_OF);
    expect(result.inputs.latest).toEqual({ fiscalYear: 2023, value: 60 });
  });
});

describe("staleness: more than two fiscal years old", () => {
  test.each<[number, number, boolean]>([
    [2024, 2026, false],
    [2023, 2026, true],
    [2026, 2026, false],
    [2021, 2024, true],
  ])("latest FY%s as of FY%s → stale %s", (latest, asOf, stale) => {
    expect(isStale(latest, asOf)).toBe(stale);
    expect(gradeSeries(linear, obs(latest, 100), asOf).stale).toBe(stale);
  });
});

describe("overall grade of a multi-series KPI: the worst graded series", () => {
  const s = (grade: Grade, stale = false) => ({ grade, stale });
  test.each<[Grade[], Grade, number]>([
    [["ACHIEVED"], "ACHIEVED", 1],
    [["ACHIEVED", "ACHIEVED"], "ACHIEVED", 2],
    [["ACHIEVED", "ON_TRACK"], "ON_TRACK", 2],
    [["ON_TRACK", "MODERATE"], "MODERATE", 2],
    [["OFF_TRACK", "ACHIEVED"], "OFF_TRACK", 2],
    [["ACHIEVED", "NO_DATA"], "ACHIEVED", 1],
    [["NO_DATA", "NO_DATA"], "NO_DATA", 0],
  ])("%j → %s (%s graded)", (grades, grade, graded) => {
    const result = overallGrade(grades.map((g) => s(g)));
    expect(result.grade).toBe(grade);
    expect(result.gradedSeries).toBe(graded);
    expect(result.rule).toBe(grades.length > 1 ? "worst-series" : "single-series");
  });
  test("stale if any graded series is stale", () => {
    expect(overallGrade([s("ON_TRACK", true), s("ACHIEVED")]).stale).toBe(true);
  });
});

test("countGrades reports coverage next to the counts", () => {
  expect(countGrades(["ACHIEVED", "NO_DATA", "OFF_TRACK", "OFF_TRACK"])).toEqual({
    ACHIEVED: 1,
    ON_TRACK: 0,
    MODERATE: 0,
    OFF_TRACK: 2,
    NO_DATA: 1,
    total: 4,
    withData: 3,
  });
});
