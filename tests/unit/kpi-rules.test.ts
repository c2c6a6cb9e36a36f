import { describe, expect, test } from "vitest";
import { dueFiscalYears, isScaleSuspect } from "@/lib/kpis/rules";
import { decimalValue, observationSchema } from "@/lib/kpis/schemas";

describe("isScaleSuspect: more than 10× or less than 1/1000 of the KPI's printed numbers", () => {
  test.each<[number, number[], boolean]>([
    [95000, [89704, 95000], false],
    [950000, [89704, 95000], false], // exactly 10×
    [950001, [89704, 95000], true],
    [8970400000000, [89704, 95000], true], // 円 typed for 億円
    [95, [89704, 95000], false], // exactly 1/1000
    [94.9, [89704, 95000], true],
    [8.97, [89704, 95000], true], // 兆円 typed for 億円
    [0, [89704], false],
    [3, [], false], // nothing to compare with
    [-20, [15343, 9824], false],
  ])("%s against %j → %s", (value, references, suspect) => {
    expect(isScaleSuspect(value, references)).toBe(suspect);
  });
});

test("due years run from the plan's first year to the last completed one", () => {
  expect(dueFiscalYears({ firstFiscalYear: 2021, currentFiscalYear: 2026, publishedFiscalYears: [2022, 2024] })).toEqual([2021, 2023, 2025]);
  expect(dueFiscalYears({ firstFiscalYear: 2026, currentFiscalYear: 2026, publishedFiscalYears: [] })).toEqual([]);
});

describe("decimalValue", () => {
  test.each<[string, string]>([
    ["24.5", "24.5"],
    [" 1,234,567.25 ", "1234567.25"],
    ["９１，５００", "91500"],
    ["+3", "3"],
    ["-0.5", "-0.5"],
    ["1234567890123456.1234", "1234567890123456.1234"],
  ])("%j → %s", (raw, parsed) => {
    expect(decimalValue.parse(raw)).toBe(parsed);
  });
  test.each(["", "abc", "1e5", "1,23", "12.34567", "1億", "=SUM(A1)", "12345678901234567", "0x10", "NaN", "Infinity"])("%j is refused", (raw) => {
    expect(decimalValue.safeParse(raw).success).toBe(false);
  });
});

test("the fiscal year may be the current one but not a later one", () => {
  const schema = observationSchema(2026);
  const base = { seriesId: "1", value: "1", status: "FINAL" };
  expect(schema.safeParse({ ...base, fiscalYear: "2026" }).success).toBe(true);
  expect(schema.safeParse({ ...base, fiscalYear: "2027" }).error?.issues[0]?.message).toBe("kpiStaff.errors.futureFiscalYear");
});
