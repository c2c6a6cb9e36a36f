import { z } from "../validation/zod";
import { locales, type Locale } from "./config";

export const localeSchema = z.enum(locales, { error: "errors.invalidChoice" });

/**
 * Validates the language switch's form data. Pure, so it is unit-tested; the `setLocale` action
 * ("use server" files may only export async functions) calls it and ignores anything else.
 */
export function parseLocaleForm(formData: FormData | Record<string, unknown>): Locale | null {
  const value = formData instanceof FormData ? formData.get("locale") : formData.locale;
  const parsed = localeSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
