import { createTranslator } from "next-intl";
import { describe, expect, test } from "vitest";
import type { PublicKpi } from "@/lib/kpis/assessment";
import type { Grade } from "@/lib/kpis/grading";
import { formatNumber, formatQuantity } from "@/components/kpis/locale-text";
import { decimalsOf, roundTo, seriesDecimals, trendOf } from "@/lib/kpis/presentation";
import { headlineValues, rollupAll } from "@/lib/kpis/rollup";
import { DEFAULT_QUERY, parseTableQuery, sortedBy, tableRows, tableSearch, viewRows, type TableQuery } from "@/lib/kpis/table";
import en from "@/lib/i18n/messages/dashboard.en.json";
import ja from "@/lib/i18n/messages/dashboard.ja.json";

describe("the headline counts every KPI once, in words and numbers", () => {
  const graded = (grades: Grade[]) => grades.map((grade, i) => ({ code: `k${i}`, pillar: "ECONOMY" as const, sdgGoals: [], grade: { grade } }));
  test.each<[string, Grade[], string, string]>([
    [
      "the demo mix",
      [...Array<Grade>(6).fill("ACHIEVED"), ...Array<Grade>(5).fill("ON_TRACK"), ...Array<Grade>(7).fill("MODERATE"), ...Array<Grade>(7).fill("OFF_TRACK"), ...Array<Grade>(8).fill("NO_DATA")],
      "33指標中 達成6・順調5・やや遅れ7・遅れ7・データなし8",
      "Of 33 KPIs: 6 achieved, 5 on track, 7 moderate progress, 7 off track, 8 no data",
    ],
    ["nothing yet", [], "0指標中 達成0・順調0・やや遅れ0・遅れ0・データなし0", "Of 0 KPIs: 0 achieved, 0 on track, 0 moderate progress, 0 off track, 0 no data"],
    ["only missing data", ["NO_DATA", "NO_DATA"], "2指標中 達成0・順調0・やや遅れ0・遅れ0・データなし2", "Of 2 KPIs: 0 achieved, 0 on track, 0 moderate progress, 0 off track, 2 no data"],
    ["one of each", ["OFF_TRACK", "ACHIEVED", "NO_DATA", "MODERATE", "ON_TRACK"], "5指標中 達成1・順調1・やや遅れ1・遅れ1・データなし1", "Of 5 KPIs: 1 achieved, 1 on track, 1 moderate progress, 1 off track, 1 no data"],
  ])("%s", (_, grades, inJapanese, inEnglish) => {
    const rollup = rollupAll(graded(grades));
    const values = headlineValues(rollup);
    expect(createTranslator({ locale: "ja", messages: ja, namespace: "kpiView" })("headline", values)).toBe(inJapanese);
    expect(createTranslator({ locale: "en", messages: en, namespace: "kpiView" })("headline", values)).toBe(inEnglish);
  });
});

describe("numbers keep the precision the plan publishes them with", () => {
  test.each<[number, number]>([
    [89704, 0],
    [72.07, 2],
    [75.2, 1],
    [0.1 + 0.2, 4],
    [-15.25, 2],
    [1e-7, 4],
    [Number.NaN, 0],
  ])("decimalsOf(%s) = %s", (value, decimals) => {
    expect(decimalsOf(value)).toBe(decimals);
  });

  test.each<[string, { value: number } | null, (number | null)[], number]>([
    ["億円 printed in whole numbers", { value: 89704 }, [95000], 0],
    ["healthy life expectancy: baseline 72.07, target 73.2", { value: 72.07 }, [73.2], 2],
    ["no baseline (「－」), whole-number targets", null, [210, 650], 0],
    ["「基準年度より増加」: no target value", { value: 89.6 }, [null], 1],
    ["nothing published", null, [], 0],
  ])("%s → %s decimals", (_, baseline, targets, decimals) => {
    expect(seriesDecimals({ baseline, milestones: targets.map((value) => ({ value })) })).toBe(decimals);
  });

  test.each<[number, number, number]>([
    [94117.33, 0, 94117],
    [94117.5, 0, 94118],
    [1.005, 2, 1.01],
    [-2.5, 0, -3],
    [72.9, 2, 72.9],
    [0.000049, 4, 0],
    [-0.0001, 0, 0],
  ])("roundTo(%s, %s) = %s", (value, decimals, rounded) => {
    expect(roundTo(value, decimals)).toBe(rounded);
    expect(Object.is(roundTo(value, decimals), -0)).toBe(false);
  });

  test.each<[string, number, number, string, string, string]>([
    ["a typed 94117.33 億円 against a plan printed in whole 億円", 94117.33, 0, "億円", "94,117億円", "94,117 億円"],
    ["a value at the plan's two decimals", 72.9, 2, "年", "72.9年", "72.9 年"],
    ["more decimals than published are rounded away", 54.5678, 1, "%", "54.6%", "54.6%"],
    ["no unit printed", 14, 0, "", "14", "14"],
    ["thousands of kWh", 6950000, 0, "千kWh/年", "6,950,000千kWh/年", "6,950,000 千kWh/年"],
  ])("%s", (_, value, decimals, unit, inJapanese, inEnglish) => {
    expect(formatQuantity("ja", value, decimals, unit)).toBe(inJapanese);
    expect(formatQuantity("en", value, decimals, unit)).toBe(inEnglish);
  });

  test("without a precision, numbers keep up to the database's four decimals", () => {
    expect(formatNumber("ja", 0.12345)).toBe("0.1235");
    expect(formatNumber("ja", "89704")).toBe("89,704");
  });

  test.each<[string, { fiscalYear: number; value: number }[], "INCREASE" | "DECREASE", number, string]>([
    ["up for a higher-is-better KPI", [{ fiscalYear: 2023, value: 1 }, { fiscalYear: 2024, value: 2 }], "INCREASE", 0, "improving"],
    ["down for a lower-is-better KPI (GHG)", [{ fiscalYear: 2022, value: 13800 }, { fiscalYear: 2023, value: 13500 }], "DECREASE", 0, "improving"],
    ["up for a lower-is-better KPI", [{ fiscalYear: 2022, value: 1 }, { fiscalYear: 2023, value: 2 }], "DECREASE", 0, "worsening"],
    ["down for a higher-is-better KPI", [{ fiscalYear: 2023, value: 84.5 }, { fiscalYear: 2024, value: 84.1 }], "INCREASE", 1, "worsening"],
    ["equal", [{ fiscalYear: 2023, value: 100 }, { fiscalYear: 2024, value: 100 }], "INCREASE", 1, "flat"],
    ["a change below the published precision", [{ fiscalYear: 2023, value: 94117.2 }, { fiscalYear: 2024, value: 94117.4 }], "INCREASE", 0, "flat"],
    ["out of order input, judged by year", [{ fiscalYear: 2024, value: 2 }, { fiscalYear: 2023, value: 1 }], "INCREASE", 0, "improving"],
    ["one value", [{ fiscalYear: 2024, value: 2 }], "INCREASE", 0, "none"],
    ["no value", [], "INCREASE", 0, "none"],
  ])("trend: %s", (_, observations, direction, decimals, trend) => {
    expect(trendOf(observations, direction, decimals)).toBe(trend);
  });
});

describe("the table's view lives in the address", () => {
  test.each<[string, Record<string, string | string[] | undefined>, TableQuery]>([
    ["nothing", {}, DEFAULT_QUERY],
    ["every parameter", { sort: "grade", dir: "desc", grade: "on-track", pillar: "environment", goal: "13" }, { sort: "grade", dir: "desc", grade: "ON_TRACK", pillar: "ENVIRONMENT", goal: 13 }],
    ["upper case and spaces", { sort: " NAME ", grade: "NO-DATA", pillar: "Society" }, { ...DEFAULT_QUERY, sort: "name", grade: "NO_DATA", pillar: "SOCIETY" }],
    ["the first of repeated values", { grade: ["achieved", "off-track"] }, { ...DEFAULT_QUERY, grade: "ACHIEVED" }],
    ["unknown values fall back", { sort: "drop table", dir: "sideways", grade: "ON_TRACK", pillar: "economy;", goal: "18" }, DEFAULT_QUERY],
    ["goal 0, 07 and 1e1 are not goals", { goal: "0" }, DEFAULT_QUERY],
    ["hostile", { sort: "<script>", grade: "' OR 1=1 --", goal: "1".repeat(10_000) }, DEFAULT_QUERY],
    ["oversized but valid prefix is still refused", { grade: `achieved${"x".repeat(100_000)}` }, DEFAULT_QUERY],
  ])("parse: %s", (_, params, query) => {
    expect(parseTableQuery(params)).toEqual(query);
  });

  test.each([["07"], ["1e1"], ["-1"], ["8.0"]])("goal %s is ignored", (goal) => {
    expect(parseTableQuery({ goal }).goal).toBeNull();
  });

  test.each<[TableQuery, string]>([
    [DEFAULT_QUERY, ""],
    [{ ...DEFAULT_QUERY, grade: "OFF_TRACK" }, "?grade=off-track"],
    [{ sort: "year", dir: "desc", grade: "NO_DATA", pillar: "ECONOMY", goal: 8 }, "?grade=no-data&pillar=economy&goal=8&sort=year&dir=desc"],
  ])("a view and its address round-trip: %j → %s", (query, search) => {
    expect(tableSearch(query)).toBe(search);
    expect(parseTableQuery(Object.fromEntries(new URLSearchParams(search)))).toEqual(query);
  });

  test.each<[TableQuery, string, Pick<TableQuery, "sort" | "dir">]>([
    [DEFAULT_QUERY, "name", { sort: "name", dir: "asc" }],
    [{ ...DEFAULT_QUERY, sort: "name" }, "name", { sort: "name", dir: "desc" }],
    [{ ...DEFAULT_QUERY, sort: "name", dir: "desc" }, "name", { sort: "name", dir: "asc" }],
    [{ ...DEFAULT_QUERY, sort: "name", dir: "desc", grade: "ACHIEVED" }, "grade", { sort: "grade", dir: "asc" }],
  ])("clicking a header: %j on %s", (query, column, expected) => {
    expect(sortedBy(query, column as TableQuery["sort"])).toEqual({ ...query, ...expected });
  });
});

describe("sorting and filtering the rows", () => {
  const kpi = (code: string, grade: Grade, pillar: PublicKpi["pillar"], goals: number[], values: number[], direction: "INCREASE" | "DECREASE" = "INCREASE") =>
    ({
      code,
      nameJa: code,
      nameEn: code,
      pillar,
      direction,
      sdgGoals: goals,
      grade: { grade },
      series: [
        {
          key: "total",
          baseline: null,
          milestones: [],
          observations: values.map((value, i) => ({ fiscalYear: 2020 + i, value })),
        },
      ],
    }) as unknown as PublicKpi;
  const kpis = [
    kpi("gamma", "OFF_TRACK", "ECONOMY", [8], [1, 2, 3]), // latest FY2022, improving
    kpi("alpha", "NO_DATA", "SOCIETY", [4], []), // no year, no trend
    kpi("delta", "ACHIEVED", "ENVIRONMENT", [13], [5, 4], "DECREASE"), // latest FY2021, improving
    kpi("beta", "MODERATE", "ENVIRONMENT", [12, 14], [3, 3, 3, 2]), // latest FY2023, worsening
    kpi("epsilon", "ON_TRACK", "ECONOMY", [8, 9], [7, 7]), // latest FY2021, flat
  ];
  const codes = (query: Partial<TableQuery>) => viewRows(tableRows(kpis), { ...DEFAULT_QUERY, ...query }, (k) => k.nameJa, new Intl.Collator("ja")).map((r) => r.kpi.code);

  test.each<[string, Partial<TableQuery>, string[]]>([
    ["plan order by default", {}, ["gamma", "alpha", "delta", "beta", "epsilon"]],
    ["plan order reversed", { dir: "desc" }, ["epsilon", "beta", "delta", "alpha", "gamma"]],
    ["by name", { sort: "name" }, ["alpha", "beta", "delta", "epsilon", "gamma"]],
    ["by name, descending", { sort: "name", dir: "desc" }, ["gamma", "epsilon", "delta", "beta", "alpha"]],
    ["by grade: achieved first, no data last", { sort: "grade" }, ["delta", "epsilon", "beta", "gamma", "alpha"]],
    ["by grade descending: no data still last", { sort: "grade", dir: "desc" }, ["gamma", "beta", "epsilon", "delta", "alpha"]],
    ["by year: ties in plan order, no year last", { sort: "year" }, ["delta", "epsilon", "gamma", "beta", "alpha"]],
    ["newest first", { sort: "year", dir: "desc" }, ["beta", "gamma", "delta", "epsilon", "alpha"]],
    ["by trend: improving, flat, worsening, none", { sort: "trend" }, ["gamma", "delta", "epsilon", "beta", "alpha"]],
    ["filter by grade", { grade: "ACHIEVED" }, ["delta"]],
    ["filter by pillar", { pillar: "ENVIRONMENT" }, ["delta", "beta"]],
    ["filter by goal, a KPI of two goals under each", { goal: 14 }, ["beta"]],
    ["filter by goal 8", { goal: 8 }, ["gamma", "epsilon"]],
    ["filters combine", { pillar: "ECONOMY", goal: 9, sort: "name" }, ["epsilon"]],
    ["nothing matches", { pillar: "SOCIETY", grade: "ACHIEVED" }, []],
  ])("%s", (_, query, expected) => {
    expect(codes(query)).toEqual(expected);
  });
});
