import type { Locale } from "./config";

/** The English text where there is one, else the Japanese: the sources are Japanese first. */
export function localised(locale: Locale, ja: string, en: string | null | undefined): string {
  return locale === "en" && en ? en : ja;
}
