"use server";

import { cookies } from "next/headers";
import { formAction } from "@/lib/actions/define";
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE } from "@/lib/i18n/config";
import { parseLocaleForm } from "@/lib/i18n/schemas";

/**
 * The language switch. A plain form posts here, so it works without JavaScript; Next.js then
 * re-renders the page in the new language. Anything but a supported locale changes nothing.
 */
export const setLocale = formAction(async function setLocale(formData: FormData): Promise<void> {
  const locale = parseLocaleForm(formData);
  if (!locale) return;
  const cookieStore = await cookies();
  cookieStore.set(LOCALE_COOKIE, locale, {
    maxAge: LOCALE_COOKIE_MAX_AGE,
    sameSite: "lax",
    path: "/",
    httpOnly: true,
  });
});
