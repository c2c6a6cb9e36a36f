import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { isLocale, LOCALE_COOKIE, type Locale } from "./config";
import { negotiateLocale } from "./negotiate";

import { catalogues } from "./catalogues";

/** The visitor's language (cookie, then Accept-Language), for server code outside a page (mail to a guest). */
export async function requestedLocale(): Promise<Locale> {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  return negotiateLocale({
    cookie: cookieStore.get(LOCALE_COOKIE)?.value,
    acceptLanguage: headerList.get("accept-language"),
  });
}

export default getRequestConfig(async ({ locale: explicit }) => {
  // An explicit locale, e.g. getTranslations({ locale: "en" }) for an email, wins.
  const locale = isLocale(explicit) ? explicit : await requestedLocale();
  return {
    locale,
    messages: await catalogues[locale](),
    // Times are shown in Japan time, whatever the server's zone.
    timeZone: "Asia/Tokyo",
  };
});
