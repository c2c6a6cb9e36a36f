import { inTokyo, tokyoDateTime } from "./tokyo";

// Japanese fiscal years (年度) run from 1 April to 31 March and are named by the calendar year
// they start in: FY2024 (2024年度) = 2024-04-01 .. 2025-03-31, in Japan time.

/** The fiscal year that contains this instant in Japan time. */
export function fiscalYearOf(date: Date | number): number {
  const t = inTokyo(date);
  return t.getMonth() >= 3 ? t.getFullYear() : t.getFullYear() - 1;
}

/** [start, end) of a fiscal year as instants: JST midnight on 1 April to JST midnight next 1 April. */
export function fiscalYearRange(fiscalYear: number): { start: Date; end: Date } {
  assertFiscalYear(fiscalYear);
  return { start: tokyoDateTime(fiscalYear, 4, 1), end: tokyoDateTime(fiscalYear + 1, 4, 1) };
}

/** First and last calendar day as "YYYY-MM-DD", as open-data period columns expect. */
export function fiscalYearPeriod(fiscalYear: number): { start: string; end: string } {
  assertFiscalYear(fiscalYear);
  return { start: `${fiscalYear}-04-01`, end: `${fiscalYear + 1}-03-31` };
}

const REIWA_START = 2019; // 令和元年度 = FY2019 (the era began on 1 May 2019)
const HEISEI_START = 1989;

/** "2024年度" / "FY2024"; with `era`, "令和6年度（2024年度）". */
export function fiscalYearLabel(fiscalYear: number, locale: "ja" | "en", options: { era?: boolean } = {}): string {
  assertFiscalYear(fiscalYear);
  if (locale === "en") return `FY${fiscalYear}`;
  const plain = `${fiscalYear}年度`;
  return options.era ? `${eraName(fiscalYear)}（${plain}）` : plain;
}

/** Era name by the fiscal year's start, as prefectural documents write it: FY2019 = 令和元年度. */
export function eraName(fiscalYear: number): string {
  const [era, first] = fiscalYear >= REIWA_START ? ["令和", REIWA_START] : ["平成", HEISEI_START];
  const n = fiscalYear - first + 1;
  return `${era}${n === 1 ? "元" : n}年度`;
}

function assertFiscalYear(fiscalYear: number): void {
  if (!Number.isInteger(fiscalYear) || fiscalYear < 1990 || fiscalYear > 2100) {
    throw new RangeError(`Not a supported fiscal year: ${fiscalYear}`);
  }
}
