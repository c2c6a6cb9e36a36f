// Punctuation that differs between the two languages, so that an English page never shows 「：」
// or 「、」 between English words. Pure, for server and client components alike.
import type { Locale } from "./config";

/** The separator after a label: 「募集中：」 / "Looking for: ". */
export const colon = (locale: string) => (locale === "en" ? ": " : "：");

/** 「会議室、スタジオ」 / "meeting room, studio". */
export const listSeparator = (locale: string) => (locale === "en" ? ", " : "、");

export function joinList(locale: Locale | string, items: readonly string[]): string {
  return items.join(listSeparator(locale));
}

/** An aside after a value: 「94,200 億円（2024年度）」 / "94,200 × 100 million yen (FY2024)". */
export const paren = (locale: string, text: string | number) => (locale === "en" ? ` (${text})` : `（${text}）`);

/** Between short items on one line: 「経済・増加」 / "Economy · Higher is better". */
export const dot = (locale: string) => (locale === "en" ? " · " : "・");

/** Between two sentences: none after 「。」, a space after ". ". */
export const sentenceGap = (locale: string) => (locale === "en" ? " " : "");
