// Who runs the platform, as citizens see it in the footer, on /contact and /privacy, and in every
// e-mail. A deployment sets these; the defaults name the office that the programme's own documents
// give as its author (群馬県 知事戦略部 戦略企画課 未来創生室) at the prefectural office's address.
import type { Locale } from "../i18n/config";

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

function setting(name: string): string | undefined {
  const value = process.env[name]?.trim();
  return value ? value : undefined;
}

/** The operator in the reader's language; Japanese settings apply to both unless an English one is set. */
export function operator(locale: Locale): Operator {
  const suffix = locale === "en" ? "_EN" : "";
  const fallback = DEFAULTS[locale];
  return {
    name: setting(`OPERATOR_NAME${suffix}`) ?? fallback.name,
    department: setting(`OPERATOR_DEPARTMENT${suffix}`) ?? fallback.department,
    postalAddress: setting(`OPERATOR_ADDRESS${suffix}`) ?? fallback.postalAddress,
    email: setting("OPERATOR_EMAIL") ?? DEFAULT_EMAIL,
    phone: setting("OPERATOR_PHONE") ?? null,
    hours: setting(`OPERATOR_HOURS${suffix}`) ?? null,
  };
}

/** The operator as one phrase in running text: 「群馬県 知事戦略部 戦略企画課 未来創生室」. */
export function operatorName(locale: Locale): string {
  const o = operator(locale);
  return locale === "en" ? `${o.department}, ${o.name}` : `${o.name} ${o.department}`;
}
