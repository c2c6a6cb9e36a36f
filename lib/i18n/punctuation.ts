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
