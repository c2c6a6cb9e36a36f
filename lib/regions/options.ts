import type { Locale } from "../i18n/config";
import { localised } from "../i18n/localised";

export interface MunicipalityGroup {
  label: string;
  /** The area's code, e.g. to offer the issue cards of its workshops. */
  areaCode: string;
  options: { value: string; label: string }[];
}

/** Municipalities grouped under their area, in the caller's language, for a grouped <select>. */
export function municipalityGroups(
  areas: readonly { code: string; nameJa: string; nameEn: string; municipalities: readonly { id: number; nameJa: string; nameEn: string }[] }[],
  locale: Locale,
): MunicipalityGroup[] {
  return areas.map((area) => ({
    label: localised(locale, area.nameJa, area.nameEn),
    areaCode: area.code,
    options: area.municipalities.map((m) => ({ value: String(m.id), label: localised(locale, m.nameJa, m.nameEn) })),
  }));
}
