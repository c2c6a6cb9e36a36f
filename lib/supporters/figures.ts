import "server-only";
import { inTokyo, tokyoDateKey, tokyoDateTime } from "../dates/tokyo";
import { db } from "../db";
import { suppressTable, suppressTotal, type Cell } from "./disclosure";
import { supporterActivityDates } from "./ledger";
import { RESIDENCE_GROUPS, residenceGroup, type ResidenceGroup } from "./prefectures";
import { TIE_KINDS, type TieKind } from "./tie-kinds";

// The programme's public figures on supporters (関係人口): how many registered, where they are
// tied, how, where they live, and what they did month by month. Indicators of the programme, not
// one of the plan's 33 KPIs. Counts under 5 are suppressed (disclosure.ts); nothing names anyone.

export interface SupporterFigures {
  /** Whether demo registrations (seeded to show the figures on a fresh install) are counted. */
  includesDemo: boolean;
  supporters: Cell;
  byMunicipality: { code: string; nameJa: string; nameEn: string; supporters: Cell }[];
  /** Tied to the prefecture as a whole. */
  wholePrefecture: Cell;
  byTieKind: { kind: TieKind; supporters: Cell }[];
  byResidence: { group: ResidenceGroup; supporters: Cell }[];
  /** The last 12 months (Asia/Tokyo), oldest first, each "YYYY-MM". */
  activitiesByMonth: { month: string; activities: Cell }[];
}

/** "YYYY-MM" of the Tokyo month the instant falls in. */
const monthKey = (date: Date) => tokyoDateKey(date).slice(0, 7);

/** The 12 month keys ending with `now`'s month in Tokyo, oldest first, and the first one's start. */
export function lastTwelveMonths(now: Date): { months: string[]; from: Date } {
  const tokyo = inTokyo(now);
  const months: string[] = [];
  for (let back = 11; back >= 0; back--) {
    const d = new Date(Date.UTC(tokyo.getFullYear(), tokyo.getMonth() - back, 15));
    months.push(`${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`);
  }
  const [year, month] = months[0]!.split("-").map(Number) as [number, number];
  return { months, from: tokyoDateTime(year, month, 1) };
}

export async function supporterFigures(now = new Date()): Promise<SupporterFigures> {
  const { months, from } = lastTwelveMonths(now);
  const [total, demo, municipalities, ties, wholePrefecture, registrations, dates] = await Promise.all([
    db.supporter.count(),
    db.supporter.count({ where: { isDemo: true } }),
    db.municipality.findMany({ select: { id: true, code: true, nameJa: true, nameEn: true }, orderBy: { id: "asc" } }),
    db.supporterTie.groupBy({ by: ["municipalityId"], _count: { _all: true } }),
    db.supporter.count({ where: { wholePrefecture: true } }),
    db.supporter.findMany({ select: { residence: true, tieKinds: true } }),
    supporterActivityDates(from),
  ]);
  const tiedTo = new Map(ties.map((t) => [t.municipalityId, t._count._all]));
  const municipalityCells = suppressTable(municipalities.map((m) => tiedTo.get(m.id) ?? 0));
  const kindCounts = TIE_KINDS.map((kind) => registrations.filter((r) => r.tieKinds.includes(kind)).length);
  const residenceCounts = RESIDENCE_GROUPS.map((group) => registrations.filter((r) => residenceGroup(r.residence) === group).length);
  const perMonth = new Map(months.map((m) => [m, 0]));
  for (const date of dates) {
    const key = monthKey(date);
    if (perMonth.has(key)) perMonth.set(key, perMonth.get(key)! + 1);
  }
  const monthCells = suppressTable(months.map((m) => perMonth.get(m)!));
  return {
    includesDemo: demo > 0,
    supporters: suppressTotal(total),
    byMunicipality: municipalities.map((m, i) => ({ code: m.code, nameJa: m.nameJa, nameEn: m.nameEn, supporters: municipalityCells[i]! })),
    wholePrefecture: suppressTotal(wholePrefecture),
    byTieKind: suppressTable(kindCounts).map((supporters, i) => ({ kind: TIE_KINDS[i]!, supporters })),
    byResidence: suppressTable(residenceCounts).map((supporters, i) => ({ group: RESIDENCE_GROUPS[i]!, supporters })),
    activitiesByMonth: monthCells.map((activities, i) => ({ month: months[i]!, activities })),
  };
}
