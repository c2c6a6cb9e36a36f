import { describe, expect, test } from "vitest";
import { eraName, fiscalYearLabel, fiscalYearOf, fiscalYearPeriod, fiscalYearRange } from "@/lib/dates/fiscal-year";

describe("fiscalYearOf (Japan time, whatever the server zone)", () => {
  test.each([
    ["2024-04-01T00:00:00+09:00", 2024, "first instant of FY2024 in JST"],
    ["2024-03-31T23:59:59+09:00", 2023, "last second of FY2023 in JST"],
    ["2024-03-31T15:00:00Z", 2024, "UTC 31 March 15:00 is already 1 April in Japan"],
    ["2024-03-31T14:59:59Z", 2023, "UTC 31 March 14:59 is still 31 March in Japan"],
    ["2025-01-15T12:00:00+09:00", 2024, "January belongs to the previous fiscal year"],
    ["2024-12-31T23:00:00+09:00", 2024, "New Year's Eve"],
  ])("%s → FY%i (%s)", (iso, expected) => {
    expect(fiscalYearOf(new Date(iso))).toBe(expected);
  });
});

describe("fiscalYearRange", () => {
  test("FY2024 runs from JST midnight on 1 April 2024 to JST midnight on 1 April 2025", () => {
    const { start, end } = fiscalYearRange(2024);
    expect(start.toISOString()).toBe("2024-03-31T15:00:00.000Z");
    expect(end.toISOString()).toBe("2025-03-31T15:00:00.000Z");
  });

  test.each([1989, 2101, 2024.5, Number.NaN])("rejects %s", (fy) => {
    expect(() => fiscalYearRange(fy)).toThrow(RangeError);
  });
});

describe("labels", () => {
  test.each([
    [2024, "ja", false, "2024年度"],
    [2024, "en", false, "FY2024"],
    [2024, "ja", true, "令和6年度（2024年度）"],
    [2019, "ja", true, "令和元年度（2019年度）"],
    [2018, "ja", true, "平成30年度（2018年度）"],
  ] as const)("FY%i in %s (era %s) → %s", (fy, locale, era, expected) => {
    expect(fiscalYearLabel(fy, locale, { era })).toBe(expected);
  });

  test("era names start counting at 元", () => {
    expect(eraName(2020)).toBe("令和2年度");
  });

  test("period is the calendar days of the fiscal year", () => {
    expect(fiscalYearPeriod(2023)).toEqual({ start: "2023-04-01", end: "2024-03-31" });
  });
});
