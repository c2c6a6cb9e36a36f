// Typed views of the curated facts in ./data (copied from the programme's source documents).
// The JSON files are the single source of truth for the seed and for the tests that check it.
import kpisJson from "./data/kpis.json" with { type: "json" };
import regionsJson from "./data/regions.json" with { type: "json" };
import cocreationJson from "./data/cocreation.json" with { type: "json" };

export type KpiComparatorJson = "eq" | "gte" | "lte" | "increase";

export interface KpiSeriesJson {
  key: string;
  labelJa: string;
  labelEn: string;
  baseline: { fiscalYear: number; value: number; sourceLines: number[] } | null;
  baselinePrinted?: string;
  targets: { fiscalYear: number; value: number | null; comparator: KpiComparatorJson; sourceLines: number[] }[];
}

export interface KpiJson {
  code: string;
  nameJa: string;
  nameEn: string;
  pillar: "economy" | "society" | "environment";
  unit: string | null;
  unitEn: string | null;
  direction: "increase" | "decrease";
  cumulative: boolean;
  sdgGoals: number[];
  sdgTargets: string[];
  sdgConfidence: string | null;
  sdgNote?: string;
  series: KpiSeriesJson[];
  sourceRefs: unknown[];
  notes?: string[];
}

export interface AreaJson {
  code: string;
  nameJa: string;
  romaji: string;
  kana: string;
  workshopYear: number | null;
}

export interface MunicipalityJson {
  nameJa: string;
  kana: string;
  romaji: string;
  kind: "city" | "town" | "village";
  area: string;
  district: string | null;
}

export interface WorkshopRoundJson {
  year: number;
  units: { labelJa: string; areaCodes: string[] }[];
  sessions: { number: number; titleJa: string; titleEn: string }[];
}

export interface InitiativeJson {
  code: string;
  nameJa: string;
  nameEn: string;
  nameEnInferred?: boolean;
  municipality: string | null;
  area: string | null;
  descriptionJa: string | null;
  descriptionEn: string | null;
  sources: { seed: string; line: number }[];
}

export interface PlanJson {
  code: string;
  nameJa: string;
  nameEn: string;
  priceJpy: number;
  per: "month" | "hour";
  dailyCapJpy?: number;
  source: { seed: string; line: number };
}

export interface HoursJson {
  daysEn: string;
  daysJa: string;
  open: string;
  close: string;
  source: { seed: string; line: number };
}

export const KPIS = kpisJson.kpis as unknown as KpiJson[];
export const AREAS = regionsJson.areas as unknown as AreaJson[];
export const MUNICIPALITIES = regionsJson.municipalities as unknown as MunicipalityJson[];
export const WORKSHOP_ROUNDS = regionsJson.workshops as unknown as WorkshopRoundJson[];

const netsugen = cocreationJson.facilities.find((f) => f.code === "netsugen");
if (!netsugen) throw new Error("cocreation.json has no netsugen facility");
export const NETSUGEN = netsugen as unknown as {
  nameJa: string;
  nameEn: string;
  location: { buildingJa: string; buildingEn: string; floor: number };
  hours: HoursJson[];
  plans: PlanJson[];
};
export const INITIATIVES = cocreationJson.workshopInitiatives as unknown as InitiativeJson[];
