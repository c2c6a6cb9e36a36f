import "server-only";
import { cache } from "react";
import { db } from "../db";
import { IMPLICIT_BASELINE_FISCAL_YEAR, PLAN_FIRST_FISCAL_YEAR } from "./grading";
import { dueFiscalYears } from "./rules";

export interface StaffKpiRow {
  code: string;
  nameJa: string;
  nameEn: string;
  unit: string | null;
  unitEn: string | null;
  ownerDepartmentJa: string | null;
  ownerDepartmentEn: string | null;
  series: {
    id: number;
    key: string;
    labelJa: string;
    labelEn: string;
    latest: { fiscalYear: number; value: string; isDemo: boolean } | null;
    pending: number;
    due: number[];
  }[];
}

/** What every staff view shows at the top of a KPI. */
const kpiHeading = {
  code: true,
  nameJa: true,
  nameEn: true,
  unit: true,
  unitEn: true,
  ownerDepartmentJa: true,
  ownerDepartmentEn: true,
} as const;

/** The staff console: every KPI with its owner, latest published value, open work and missing years. */
export async function listKpisForStaff(currentFiscalYear: number): Promise<StaffKpiRow[]> {
  const kpis = await db.kpi.findMany({
    orderBy: { sortOrder: "asc" },
    select: {
      ...kpiHeading,
      series: {
        orderBy: { sortOrder: "asc" },
        select: {
          id: true,
          key: true,
          labelJa: true,
          labelEn: true,
          baselineFiscalYear: true,
          observations: {
            where: { OR: [{ state: "PUBLISHED", supersededAt: null }, { state: { not: "PUBLISHED" } }] },
            select: { fiscalYear: true, value: true, state: true, isDemo: true },
            orderBy: { fiscalYear: "desc" },
          },
        },
      },
    },
  });
  return kpis.map((k) => ({
    ...k,
    series: k.series.map((s) => {
      const published = s.observations.filter((o) => o.state === "PUBLISHED");
      const latest = published[0];
      return {
        id: s.id,
        key: s.key,
        labelJa: s.labelJa,
        labelEn: s.labelEn,
        latest: latest ? { fiscalYear: latest.fiscalYear, value: String(latest.value), isDemo: latest.isDemo } : null,
        pending: s.observations.length - published.length,
        due: dueFiscalYears({
          firstFiscalYear: Math.max(PLAN_FIRST_FISCAL_YEAR, (s.baselineFiscalYear ?? IMPLICIT_BASELINE_FISCAL_YEAR) + 1),
          currentFiscalYear,
          publishedFiscalYears: published.map((o) => o.fiscalYear),
        }),
      };
    }),
  }));
}

const person = { select: { id: true, name: true } } as const;

/**
 * One KPI for staff: every version of every value, with who did what, the audit trail, and each
 * series' baseline, targets and latest published value. Cached per request: the editor and its title both ask.
 */
export const getKpiForStaff = cache(async function getKpiForStaff(code: string) {
  const kpi = await db.kpi.findUnique({
    where: { code },
    select: {
      ...kpiHeading,
      derivation: true,
      series: {
        orderBy: { sortOrder: "asc" },
        select: {
          id: true,
          key: true,
          labelJa: true,
          labelEn: true,
          baselineFiscalYear: true,
          baselineValue: true,
          baselinePrinted: true,
          milestones: { orderBy: { fiscalYear: "asc" }, select: { fiscalYear: true, value: true, comparator: true } },
          observations: {
            orderBy: [{ fiscalYear: "desc" }, { version: "desc" }],
            select: {
              id: true,
              fiscalYear: true,
              version: true,
              value: true,
              status: true,
              state: true,
              note: true,
              evidenceUrl: true,
              evidenceUploadId: true,
              isDemo: true,
              derived: true,
              supersededAt: true,
              createdAt: true,
              createdBy: person,
              submittedBy: person,
              approvedBy: person,
              publishedBy: person,
            },
          },
        },
      },
    },
  });
  if (!kpi) return null;
  const ids = kpi.series.flatMap((s) => s.observations.map((o) => o.id));
  const history = await db.auditLog.findMany({
    where: { subjectType: "KpiObservation", subjectId: { in: ids } },
    orderBy: { id: "desc" },
    take: 200,
    select: { id: true, at: true, action: true, subjectId: true, before: true, after: true, actorLabel: true, actor: person },
  });
  return {
    ...kpi,
    series: kpi.series.map(({ baselineFiscalYear, baselineValue, milestones, ...s }) => {
      // Newest year first, so the first current published version is the latest published value.
      const latest = s.observations.find((o) => o.state === "PUBLISHED" && o.supersededAt === null);
      return {
        ...s,
        // What the editor shows beside the input: where the series started, where it is going,
        // and what the public sees now.
        baseline: baselineFiscalYear !== null && baselineValue !== null ? { fiscalYear: baselineFiscalYear, value: Number(baselineValue) } : null,
        milestones: milestones.map((m) => ({ fiscalYear: m.fiscalYear, value: m.value === null ? null : Number(m.value), comparator: m.comparator })),
        latestPublished: latest ? { fiscalYear: latest.fiscalYear, value: Number(latest.value), isDemo: latest.isDemo } : null,
        observations: s.observations.map((o) => ({ ...o, value: String(o.value) })),
      };
    }),
    history: history.map((h) => ({ ...h, id: String(h.id) })),
  };
});

export type StaffKpiDetail = NonNullable<Awaited<ReturnType<typeof getKpiForStaff>>>;
