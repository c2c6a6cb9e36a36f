import "server-only";
import type { Prisma } from "../generated/prisma/client";
import type { Database } from "../db";
import { gradeSeries, overallGrade, type Comparator, type Direction, type KpiGradeResult, type SeriesGrade } from "./grading";

type Reader = Pick<Database, "kpi">;

export interface PublicObservation {
  fiscalYear: number;
  value: number;
  status: "PRELIMINARY" | "FINAL" | "ESTIMATE" | "REVISED";
  version: number;
  publishedAt: string | null;
  isDemo: boolean;
  derived: boolean;
  note: string | null;
  evidenceUrl: string | null;
  /** Where the uploaded evidence file is served, if there is one. */
  evidenceFile: string | null;
}

export interface PublicSeries {
  key: string;
  labelJa: string;
  labelEn: string;
  baseline: { fiscalYear: number; value: number } | null;
  baselinePrinted: string | null;
  milestones: { fiscalYear: number; value: number | null; comparator: Comparator }[];
  /** The current published version for each fiscal year, oldest first. */
  observations: PublicObservation[];
  /** Superseded published versions, so the public can see what was published before a correction. */
  revisions: (PublicObservation & { supersededAt: string | null })[];
  grade: SeriesGrade;
}

/** Where the plan prints a KPI: its section and pages, as a reader finds them in the published plan. */
export interface SourceRef {
  section: string;
  sectionTitleJa: string | null;
  sectionTitleEn: string | null;
  /** Null when the extracted text gives no page near the KPI. */
  pages: { from: number; to: number } | null;
  printedJa: string[];
}

/** A KPI with everything the public dashboard and the open-data API show. Plain JSON, so it can be cached. */
export interface PublicKpi {
  code: string;
  nameJa: string;
  nameEn: string;
  pillar: "ECONOMY" | "SOCIETY" | "ENVIRONMENT";
  unit: string | null;
  unitEn: string | null;
  direction: Direction;
  cumulative: boolean;
  ownerDepartmentJa: string | null;
  ownerDepartmentEn: string | null;
  derivation: string | null;
  sdgGoals: number[];
  sdgTargets: string[];
  sourceRefs: SourceRef[];
  series: PublicSeries[];
  grade: KpiGradeResult;
  hasDemo: boolean;
  lastUpdated: string | null;
}

const num = (d: Prisma.Decimal | null) => (d === null ? null : Number(d));

const SELECT = {
  code: true,
  nameJa: true,
  nameEn: true,
  pillar: true,
  unit: true,
  unitEn: true,
  direction: true,
  cumulative: true,
  ownerDepartmentJa: true,
  ownerDepartmentEn: true,
  derivation: true,
  sourceRefs: true,
  sdgTags: { select: { goalNumber: true, targetCode: true } },
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
        where: { state: "PUBLISHED" },
        orderBy: [{ fiscalYear: "asc" }, { version: "asc" }],
        select: {
          fiscalYear: true,
          value: true,
          status: true,
          version: true,
          publishedAt: true,
          supersededAt: true,
          isDemo: true,
          derived: true,
          note: true,
          evidenceUrl: true,
          evidenceUploadId: true,
        },
      },
    },
  },
} satisfies Prisma.KpiSelect;

type Row = Prisma.KpiGetPayload<{ select: typeof SELECT }>;

const text = (value: unknown) => (typeof value === "string" ? value : null);

function toPages(value: unknown): SourceRef["pages"] {
  const pages = value as { from?: unknown; to?: unknown } | null;
  return pages && typeof pages.from === "number" && typeof pages.to === "number" ? { from: pages.from, to: pages.to } : null;
}

// The stored references also keep the curators' line numbers, for their checks; those stay inside.
function toSourceRefs(json: Prisma.JsonValue): SourceRef[] {
  if (!Array.isArray(json)) return [];
  return json.flatMap((r) => {
    const ref = r as { section?: unknown; sectionTitleJa?: unknown; sectionTitleEn?: unknown; pages?: unknown; printedJa?: unknown };
    if (typeof ref.section !== "string") return [];
    return [
      {
        section: ref.section,
        sectionTitleJa: text(ref.sectionTitleJa),
        sectionTitleEn: text(ref.sectionTitleEn),
        pages: toPages(ref.pages),
        printedJa: Array.isArray(ref.printedJa) ? ref.printedJa.map(String) : [],
      },
    ];
  });
}

function toPublicKpi(row: Row, asOfFiscalYear: number): PublicKpi {
  let lastUpdated: Date | null = null;
  const series = row.series.map((s): PublicSeries => {
    const toObservation = (o: (typeof s.observations)[number]): PublicObservation => {
      if (o.publishedAt && (!lastUpdated || o.publishedAt > lastUpdated)) lastUpdated = o.publishedAt;
      return {
        fiscalYear: o.fiscalYear,
        value: Number(o.value),
        status: o.status,
        version: o.version,
        publishedAt: o.publishedAt?.toISOString() ?? null,
        isDemo: o.isDemo,
        derived: o.derived,
        note: o.note,
        evidenceUrl: o.evidenceUrl,
        evidenceFile: o.evidenceUploadId ? `/evidence/${o.evidenceUploadId}` : null,
      };
    };
    const current = s.observations.filter((o) => o.supersededAt === null).map(toObservation);
    const revisions = s.observations
      .filter((o) => o.supersededAt !== null)
      .map((o) => ({ ...toObservation(o), supersededAt: o.supersededAt?.toISOString() ?? null }));
    const definition = {
      direction: row.direction,
      cumulative: row.cumulative,
      baseline:
        s.baselineFiscalYear !== null && s.baselineValue !== null
          ? { fiscalYear: s.baselineFiscalYear, value: Number(s.baselineValue) }
          : null,
      milestones: s.milestones.map((m) => ({ fiscalYear: m.fiscalYear, value: num(m.value), comparator: m.comparator })),
    };
    return {
      key: s.key,
      labelJa: s.labelJa,
      labelEn: s.labelEn,
      baseline: definition.baseline,
      baselinePrinted: s.baselinePrinted,
      milestones: definition.milestones,
      observations: current,
      revisions,
      grade: gradeSeries(definition, current, asOfFiscalYear),
    };
  });
  const goals = [...new Set(row.sdgTags.map((t) => t.goalNumber))].sort((a, b) => a - b);
  const targets = [...new Set(row.sdgTags.flatMap((t) => (t.targetCode ? [t.targetCode] : [])))].sort();
  return {
    code: row.code,
    nameJa: row.nameJa,
    nameEn: row.nameEn,
    pillar: row.pillar,
    unit: row.unit,
    unitEn: row.unitEn,
    direction: row.direction,
    cumulative: row.cumulative,
    ownerDepartmentJa: row.ownerDepartmentJa,
    ownerDepartmentEn: row.ownerDepartmentEn,
    derivation: row.derivation,
    sdgGoals: goals,
    sdgTargets: targets,
    sourceRefs: toSourceRefs(row.sourceRefs),
    series,
    grade: overallGrade(series.map((s) => s.grade)),
    hasDemo: series.some((s) => s.observations.some((o) => o.isDemo)),
    lastUpdated: (lastUpdated as Date | null)?.toISOString() ?? null,
  };
}

/** Every KPI (or one, by code) graded from its current published values as of a fiscal year. */
export async function assessKpis(client: Reader, asOfFiscalYear: number, code?: string): Promise<PublicKpi[]> {
  const rows = await client.kpi.findMany({
    where: code === undefined ? {} : { code },
    orderBy: { sortOrder: "asc" },
    select: SELECT,
  });
  return rows.map((row) => toPublicKpi(row, asOfFiscalYear));
}
