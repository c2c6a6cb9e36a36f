// Locale settings shared by the server (request config, the locale action) and the client.
// No URL prefixes: the locale lives in a cookie, so every URL is the same in both languages.

export const locales = ["ja", "en"] as const;
export type Locale = (typeof locales)[number];

/** Japanese first: the prefecture's residents are the main audience. */
export const defaultLocale: Locale = "ja";

/** The cookie name next-intl uses by default, so its tooling recognises it. */
export const LOCALE_COOKIE = "NEXT_LOCALE";

/** One year, in seconds. */
export const LOCALE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** The other language, for "also available in…" hints and bilingual fallbacks. */
export function otherLocale(locale: Locale): Locale {
  return locale === "ja" ? "en" : "ja";
}
