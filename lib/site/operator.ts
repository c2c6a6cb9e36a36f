// Who runs the platform, as citizens see it in the footer, on /contact and /privacy, and in every
// e-mail. A deployment sets these; the defaults name the office that the programme's own documents
// give as its author (群馬県 知事戦略部 戦略企画課 未来創生室) at the prefectural office's address.
import type { Locale } from "../i18n/config";
import { setting } from "../env";

export interface Operator {
  name: string;
  department: string;
  postalAddress: string;
  email: string;
  phone: string | null;
  /** When the office answers enquiries, e.g. 「平日 8:30〜17:15」; null: not stated. */
  hours: string | null;
}

const DEFAULTS = {
  ja: {
    name: "群馬県",
    department: "知事戦略部 戦略企画課 未来創生室",
    postalAddress: "〒371-8570 群馬県前橋市大手町1-1-1",
  },
  en: {
    name: "Gunma Prefectural Government",
    department: "Future Creation Office, Strategic Planning Division, Governor's Strategy Department",
    postalAddress: "1-1-1 Otemachi, Maebashi, Gunma 371-8570, Japan",
  },
} as const satisfies Record<Locale, Omit<Operator, "email" | "phone" | "hours">>;

const DEFAULT_EMAIL = "yukemuri@localhost";

/** The operator in the reader's language; Japanese settings apply to both unless an English one is set. */
export function operator(locale: Locale): Operator {
  const en = locale === "en";
  const fallback = DEFAULTS[locale];
  return {
    name: setting(en ? "OPERATOR_NAME_EN" : "OPERATOR_NAME") ?? fallback.name,
    department: setting(en ? "OPERATOR_DEPARTMENT_EN" : "OPERATOR_DEPARTMENT") ?? fallback.department,
    postalAddress: setting(en ? "OPERATOR_ADDRESS_EN" : "OPERATOR_ADDRESS") ?? fallback.postalAddress,
    email: setting("OPERATOR_EMAIL") ?? DEFAULT_EMAIL,
    phone: setting("OPERATOR_PHONE") ?? null,
    hours: setting(en ? "OPERATOR_HOURS_EN" : "OPERATOR_HOURS") ?? null,
  };
}

/** The operator as one phrase in running text: 「群馬県 知事戦略部 戦略企画課 未来創生室」. */
export function operatorName(locale: Locale): string {
  const o = operator(locale);
  return locale === "en" ? `${o.department}, ${o.name}` : `${o.name} ${o.department}`;
}
