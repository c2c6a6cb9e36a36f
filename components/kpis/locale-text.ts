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
export function formatNumber(locale: string, value: number | string, decimals: number = MAX_DECIMALS): string {
  return new Intl.NumberFormat(locale === "en" ? "en-GB" : "ja-JP", { maximumFractionDigits: decimals }).format(roundTo(Number(value), decimals));
}
