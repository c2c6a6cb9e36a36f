import type { Database } from "../../lib/db";
import { KPIS, type KpiJson } from "./source-data";
import { pagesOf } from "./sources";

const PILLAR = { economy: "ECONOMY", society: "SOCIETY", environment: "ENVIRONMENT" } as const;
const DIRECTION = { increase: "INCREASE", decrease: "DECREASE" } as const;
const COMPARATOR = { eq: "EQ", gte: "GTE", lte: "LTE", increase: "INCREASE" } as const;

/** KPIs whose actual value the platform computes (still approved by staff before publishing). */
const DERIVATIONS: Record<string, string> = {
  "regional-vision-cocreation-initiatives": "projects-running",
};

/**
 * SDG links for the five KPIs whose curated record has none, so that every KPI can be reached from
 * a goal on the dashboard. The data file must stay a byte-identical copy of the curated facts, so
 * the reading lives here, from the plan itself:
 * - ゼロ宣言住宅 and 木造ＺＥＢ: the table prints targets 「１，２」 (line 1051) but lost the goal icon;
 *   both programmes exist 「温室効果ガス排出量ゼロを実現するため」 (lines 1205, 1215), which is goal 13.
 * - The three synergy KPIs of §2(3)-2 print no goal at all, so they take the goal their own
 *   sentence names: 温室効果ガス排出量 is climate action (13); young people's jobs through the Job
 *   Café is decent work (8); companies working with communities and schools is education (4)
 *   through partnership (17, the 官民共創 goal of the flagship project).
 * Goal-level only where the plan prints no target number.
 */
export const DERIVED_SDG_LINKS: Readonly<Record<string, Pick<KpiJson, "sdgGoals" | "sdgTargets">>> = {
  "zero-declaration-housing-group-agreements": { sdgGoals: [13], sdgTargets: ["13.1", "13.2"] },
  "wooden-zeb-buildings": { sdgGoals: [13], sdgTargets: ["13.1", "13.2"] },
  "ghg-emissions": { sdgGoals: [13], sdgTargets: [] },
  "job-cafe-youth-employment": { sdgGoals: [8], sdgTargets: [] },
  "company-community-school-collaboration-cases": { sdgGoals: [4, 17], sdgTargets: [] },
};

/** The KPI's SDG links: as curated, or derived above where the curated record has none. */
export function sdgLinksOf(kpi: Pick<KpiJson, "code" | "sdgGoals" | "sdgTargets">): Pick<KpiJson, "sdgGoals" | "sdgTargets"> {
  return kpi.sdgGoals.length === 0 ? (DERIVED_SDG_LINKS[kpi.code] ?? kpi) : kpi;
}

/** One tag per printed target; a goal with no target of its own is tagged at goal level. */
export function sdgTagsOf(record: Pick<KpiJson, "code" | "sdgGoals" | "sdgTargets">): { goalNumber: number; targetCode: string | null }[] {
  const kpi = sdgLinksOf(record);
  return kpi.sdgGoals.flatMap((goalNumber): { goalNumber: number; targetCode: string | null }[] => {
    const targets = kpi.sdgTargets.filter((t) => Number(t.split(".")[0]) === goalNumber);
    return targets.length > 0 ? targets.map((targetCode) => ({ goalNumber, targetCode })) : [{ goalNumber, targetCode: null }];
  });
}

/**
 * Units as an English reader sees them beside a number. The curated data explains some of its
 * translations in brackets ("100 million yen (oku-en)"); those explanations are for the curators.
 */
const UNIT_EN: Record<string, string> = {
  "100 million yen (oku-en)": "× 100 million yen",
  "agreements (no unit printed)": "agreements",
  "entrepreneurs (persons/entities)": "entrepreneurs",
  "thousand kWh per year (MWh/yr)": "MWh per year",
};
export const unitEnOf = (unitEn: string | null) => (unitEn === null ? null : (UNIT_EN[unitEn] ?? unitEn));

/** The plan's sections, in English, for the KPI page's source list. */
const SECTION_EN: Record<string, string> = {
  "1.1(3)": "Priority goals and targets for the vision of 2030",
  "1.2(1)": "Initiatives that advance the SDGs in local government",
  "2(2)": "Initiatives on the three sides (the leading Gunma “comfortably sparse” project)",
  "2(3)-2": "What the integrated initiatives add across the three sides (new value created)",
};

/** A KPI's places in the plan, by section and page (the line numbers stay, for the curators' checks). */
export function sourceRefsOf(kpi: Pick<KpiJson, "sourceRefs">): object[] {
  return kpi.sourceRefs.map((raw) => {
    const ref = raw as { section: string; line: number };
    const pages = pagesOf("000", ref.line);
    return { ...ref, sectionTitleEn: SECTION_EN[ref.section] ?? null, pages };
  });
}

// Decimal columns take strings so that 72.07 stays 72.07 and never passes through a float sum.
const decimal = (value: number | null | undefined) => (value === null || value === undefined ? null : String(value));

export async function seedKpis(db: Database): Promise<void> {
  for (const [index, kpi] of KPIS.entries()) {
    const data = {
      nameJa: kpi.nameJa,
      nameEn: kpi.nameEn,
      pillar: PILLAR[kpi.pillar],
      unit: kpi.unit,
      unitEn: unitEnOf(kpi.unitEn),
      direction: DIRECTION[kpi.direction],
      cumulative: kpi.cumulative,
      sdgConfidence: kpi.sdgConfidence ?? (DERIVED_SDG_LINKS[kpi.code] ? "derived" : null),
      sdgNote: kpi.sdgNote ?? null,
      sourceRefs: sourceRefsOf(kpi),
      notes: kpi.notes ?? [],
      derivation: DERIVATIONS[kpi.code] ?? null,
      sortOrder: index,
    };
    const { id: kpiId } = await db.kpi.upsert({ where: { code: kpi.code }, create: { code: kpi.code, ...data }, update: data });

    for (const [seriesIndex, s] of kpi.series.entries()) {
      const seriesData = {
        labelJa: s.labelJa,
        labelEn: s.labelEn,
        baselineFiscalYear: s.baseline?.fiscalYear ?? null,
        baselineValue: decimal(s.baseline?.value),
        baselinePrinted: s.baselinePrinted ?? null,
        baselineSourceLines: s.baseline?.sourceLines ?? [],
        sortOrder: seriesIndex,
      };
      const { id: seriesId } = await db.kpiSeries.upsert({
        where: { kpiId_key: { kpiId, key: s.key } },
        create: { kpiId, key: s.key, ...seriesData },
        update: seriesData,
      });
      for (const t of s.targets) {
        const milestone = { value: decimal(t.value), comparator: COMPARATOR[t.comparator], sourceLines: t.sourceLines };
        await db.kpiMilestone.upsert({
          where: { seriesId_fiscalYear: { seriesId, fiscalYear: t.fiscalYear } },
          create: { seriesId, fiscalYear: t.fiscalYear, ...milestone },
          update: milestone,
        });
      }
    }

    const existing = await db.sdgTag.findMany({ where: { kpiId }, select: { goalNumber: true, targetCode: true } });
    const have = new Set(existing.map((t) => `${t.goalNumber}:${t.targetCode}`));
    const missing = sdgTagsOf(kpi).filter((t) => !have.has(`${t.goalNumber}:${t.targetCode}`));
    if (missing.length > 0) await db.sdgTag.createMany({ data: missing.map((t) => ({ ...t, kpiId })) });
  }
}
