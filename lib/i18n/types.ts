// Tells next-intl which locales exist, so `useLocale()` and `getLocale()` return `Locale`.
// Messages are deliberately left untyped: actions return message keys as strings
// (see lib/actions/result.ts), and forms translate them dynamically.
import type { Locale } from "./config";

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
  }
}
