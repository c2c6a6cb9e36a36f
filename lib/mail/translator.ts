// A translator outside any request (a job, a worker process, the seed): the recipient's locale,
// not the visitor's, decides the language of a mail. No secrets here, so no server-only marker.
import { createTranslator } from "use-intl/core";
import { catalogues } from "../i18n/catalogues";
import { defaultLocale, isLocale, type Locale } from "../i18n/config";
import type { Translate } from "./render";

export function mailLocale(value: unknown): Locale {
  return isLocale(value) ? value : defaultLocale;
}

export async function translatorFor(locale: Locale): Promise<Translate> {
  const messages = await catalogues[locale]();
  const t = createTranslator({ locale, messages, timeZone: "Asia/Tokyo" }) as unknown as (key: string, values?: Record<string, string>) => string;
  return (key, values) => t(key, values);
}
