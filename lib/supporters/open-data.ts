// The supporter figures as open data: the JSON body and a tidy CSV with one row per published
// cell. A suppressed cell (1–4) has an empty count and `suppressed` set, never its value.
import { csvFile } from "../csv/write";
import { OPEN_DATA_LICENCE } from "../http/licence";
import { SUPPRESS_BELOW } from "./disclosure";
import type { SupporterFigures } from "./figures";
import { TIE_KIND_NAMES } from "./tie-kinds";

export const SUPPORTER_CSV_COLUMNS = ["table", "key", "name_ja", "name_en", "count", "suppressed"] as const;

const RESIDENCE_NAMES = { gunma: ["群馬県内", "In Gunma"], otherPrefecture: ["群馬県外", "Elsewhere in Japan"], abroad: ["海外", "Outside Japan"] } as const;

export function supporterFiguresJson(figures: SupporterFigures) {
  return { meta: { licence: OPEN_DATA_LICENCE, suppressedBelow: SUPPRESS_BELOW }, figures };
}

export function supporterFiguresCsv(figures: SupporterFigures): string {
  const row = (table: string, key: string, nameJa: string, nameEn: string, count: number | null) => [table, key, nameJa, nameEn, count ?? "", count === null];
  return csvFile(SUPPORTER_CSV_COLUMNS, [
    row("total", "supporters", "登録者数", "Registered supporters", figures.supporters),
    row("tie", "whole-prefecture", "群馬県全体", "Gunma as a whole", figures.wholePrefecture),
    ...figures.byMunicipality.map((m) => row("municipality", m.code, m.nameJa, m.nameEn, m.supporters)),
    ...figures.byTieKind.map((k) => row("tie-kind", k.kind, TIE_KIND_NAMES[k.kind][0], TIE_KIND_NAMES[k.kind][1], k.supporters)),
    ...figures.byResidence.map((r) => row("residence", r.group, RESIDENCE_NAMES[r.group][0], RESIDENCE_NAMES[r.group][1], r.supporters)),
    ...figures.activitiesByMonth.map((m) => row("activities-by-month", m.month, m.month, m.month, m.activities)),
  ]);
}
