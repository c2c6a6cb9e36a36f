import type { Database } from "../../lib/db";
import { KPIS, type KpiJson } from "./source-data";

const PILLAR = { economy: "ECONOMY", society: "SOCIETY", environment: "ENVIRONMENT" } as const;
const DIRECTION = { increase: "INCREASE", decrease: "DECREASE" } as const;
const COMPARATOR = { eq: "EQ", gte: "GTE", lte: "LTE", increase: "INCREASE" } as const;

/** KPIs whose actual value the platform computes (still approved by staff before publishing). */
const DERIVATIONS: Record<string, string> = {
  "regional-vision-cocreation-initiatives": "projects-running",
};

/** One tag per printed target; a goal with no target of its own is tagged at goal level. */
export function sdgTagsOf(kpi: Pick<KpiJson, "sdgGoals" | "sdgTargets">): { goalNumber: number; targetCode: string | null }[] {
  return kpi.sdgGoals.flatMap((goalNumber): { goalNumber: number; targetCode: string | null }[] => {
    const targets = kpi.sdgTargets.filter((t) => Number(t.split(".")[0]) === goalNumber);
    return targets.length > 0 ? targets.map((targetCode) => ({ goalNumber, targetCode })) : [{ goalNumber, targetCode: null }];
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
      unitEn: kpi.unitEn,
      direction: DIRECTION[kpi.direction],
      cumulative: kpi.cumulative,
      sdgConfidence: kpi.sdgConfidence,
      sdgNote: kpi.sdgNote ?? null,
      sourceRefs: kpi.sourceRefs as object[],
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
