import { inTokyo } from "../dates/tokyo";

/** "2026年9月12日(土) 13:30" / "Sat 12 Sep 2026, 13:30", always in Japan time. */
export function formatSessionDate(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "ja-JP", {
    timeZone: "Asia/Tokyo",
    dateStyle: "medium",
    timeStyle: "short",
  }).format(inTokyo(date));
}
