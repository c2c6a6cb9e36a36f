// Bilingual columns (nameJa/nameEn) to the reader's language; Japanese when English is missing.
import { MAX_DECIMALS, roundTo } from "@/lib/kpis/presentation";

export type UiLocale = "ja" | "en";

export function pick(locale: string, ja: string, en: string | null | undefined): string {
  return locale === "en" && en ? en : ja;
}

export function asUiLocale(locale: string): UiLocale {
  return locale === "en" ? "en" : "ja";
}

/**
 * Numbers as people read them, with the decimals the data has (up to the column's four), or at
 * most `decimals` (a series' published precision, lib/kpis/presentation.ts).
 */
export function formatNumber(locale: string, value: number | string, decimals?: number): string {
  // Rounded to the precision but not padded to it: the plan prints 73.2 beside 72.07, not 73.20.
  const places = decimals ?? MAX_DECIMALS;
  return new Intl.NumberFormat(locale === "en" ? "en-GB" : "ja-JP", { maximumFractionDigits: places }).format(roundTo(Number(value), places));
}

/** A number with its unit as each language writes it: 「94,200億円」「15.2%」, "94,200 億円", "15.2%". */
export function withUnit(locale: string, number: string, unit: string): string {
  if (!unit) return number;
  return locale === "en" && unit !== "%" ? `${number} ${unit}` : `${number}${unit}`;
}

/** A KPI value at its series' precision, with its unit. */
export function formatQuantity(locale: string, value: number, decimals: number, unit: string): string {
  return withUnit(locale, formatNumber(locale, value, decimals), unit);
}
