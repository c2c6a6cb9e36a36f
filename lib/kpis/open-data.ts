// The open-data shapes of the KPIs: JSON for the API and a tidy CSV, with the licence in both.
// Pure: the route handlers fetch, this formats.
import { csvCell } from "../csv/write";
import { OPEN_DATA_LICENCE } from "../http/licence";
import { fiscalYearPeriod } from "../dates/fiscal-year";
import type { PublicKpi } from "./assessment";
import type { Rollup } from "./rollup";


const pagesJa = (p: { from: number; to: number }) => (p.from === p.to ? `${p.from}ページ` : `${p.from}〜${p.to}ページ`);

export const SOURCE_DOCUMENT = { ja: "群馬県SDGs未来都市計画", en: "Gunma Prefecture SDGs Future City plan" } as const;

/**
 * The envelope of every response. It carries when the data last changed, not when the response
 * was made, so the body (and its ETag) stays the same until a value is published.
 */
export function apiMeta(kpis: readonly Pick<PublicKpi, "lastUpdated" | "hasDemo">[], asOfFiscalYear: number) {
  const lastUpdated = kpis.reduce<string | null>((a, k) => (k.lastUpdated && (!a || k.lastUpdated > a) ? k.lastUpdated : a), null);
  const hasDemo = kpis.some((k) => k.hasDemo);
  return {
    licence: OPEN_DATA_LICENCE,
    source: SOURCE_DOCUMENT,
    lastUpdated,
    asOfFiscalYear,
    method: "/dashboard/method",
    ...(hasDemo
      ? { demoNotice: "Observations with isDemo = true are invented demo values, not statistics. / isDemo が true の値はデモ用の架空の値です。" }
      : {}),
  };
}

export function toApiKpi(kpi: PublicKpi) {
  const observation = (o: PublicKpi["series"][number]["observations"][number]) => {
    const period = fiscalYearPeriod(o.fiscalYear);
    return {
      fiscalYear: o.fiscalYear,
      periodStart: period.start,
      periodEnd: period.end,
      value: o.value,
      status: o.status,
      version: o.version,
      publishedAt: o.publishedAt,
      isDemo: o.isDemo,
      derived: o.derived,
      note: o.note,
      evidenceUrl: o.evidenceUrl,
      evidenceFile: o.evidenceFile,
    };
  };
  return {
    code: kpi.code,
    name: { ja: kpi.nameJa, en: kpi.nameEn },
    pillar: kpi.pillar,
    unit: { ja: kpi.unit, en: kpi.unitEn },
    direction: kpi.direction,
    cumulative: kpi.cumulative,
    ownerDepartment: { ja: kpi.ownerDepartmentJa, en: kpi.ownerDepartmentEn },
    sdg: { goals: kpi.sdgGoals, targets: kpi.sdgTargets },
    source: { document: SOURCE_DOCUMENT, references: kpi.sourceRefs },
    grade: kpi.grade,
    hasDemo: kpi.hasDemo,
    lastUpdated: kpi.lastUpdated,
    series: kpi.series.map((s) => ({
      key: s.key,
      label: { ja: s.labelJa, en: s.labelEn },
      baseline: s.baseline,
      baselinePrinted: s.baselinePrinted,
      milestones: s.milestones,
      observations: s.observations.map(observation),
      revisions: s.revisions.map((r) => ({ ...observation(r), supersededAt: r.supersededAt })),
      grade: s.grade,
    })),
    links: { self: `/api/v1/kpis/${kpi.code}`, html: `/dashboard/kpis/${kpi.code}` },
  };
}

export function toApiGoal(goal: { number: number; nameJa: string; nameEn: string; colour: string }, rollup: Rollup) {
  const { codes, ...counts } = rollup;
  return { number: goal.number, name: { ja: goal.nameJa, en: goal.nameEn }, colour: goal.colour, grades: counts, kpis: codes };
}

export const CSV_COLUMNS = [
  "indicator_id",
  "indicator_name_ja",
  "indicator_name_en",
  "series_id",
  "series_label_ja",
  "series_label_en",
  "sdg_goal",
  "sdg_target",
  "period_type",
  "fiscal_year",
  "period_start",
  "period_end",
  "unit",
  "value",
  "obs_status",
  "version",
  "is_demo",
  "footnote",
  "source",
  "owner_department",
  "last_updated",
] as const;

/** The tidy CSV: one row per current published observation, UTF-8 with a BOM so Excel reads it as UTF-8. */
export function kpisToCsv(kpis: readonly PublicKpi[]): string {
  const lines = [CSV_COLUMNS.join(",")];
  for (const kpi of kpis) {
    const source = kpi.sourceRefs.map((r) => `${SOURCE_DOCUMENT.ja} ${r.section}${r.pages ? ` ${pagesJa(r.pages)}` : ""}`).join("; ");
    for (const s of kpi.series) {
      for (const o of s.observations) {
        const period = fiscalYearPeriod(o.fiscalYear);
        const text = [
          kpi.code,
          kpi.nameJa,
          kpi.nameEn,
          s.key,
          s.labelJa,
          s.labelEn,
          kpi.sdgGoals.join(";"),
          kpi.sdgTargets.join(";"),
          "fiscal_year",
        ].map(csvCell);
        lines.push(
          [
            ...text,
            String(o.fiscalYear),
            period.start,
            period.end,
            csvCell(kpi.unit),
            String(o.value),
            o.status,
            String(o.version),
            o.isDemo ? "true" : "false",
            csvCell(o.note),
            csvCell(source),
            csvCell(kpi.ownerDepartmentJa),
            o.publishedAt ?? "",
          ].join(","),
        );
      }
    }
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

/** Headers of every CSV download: a file name to save it under and the licence, as the JSON carries it in meta. */
export function csvHeaders(filename: string): Record<string, string> {
  return {
    "Content-Disposition": `attachment; filename="${filename}"`,
    "X-License": `${OPEN_DATA_LICENCE.id} (${OPEN_DATA_LICENCE.compatibleWith} compatible) ${OPEN_DATA_LICENCE.url}`,
  };
}

export const CSV_CONTENT_TYPE = "text/csv; charset=utf-8; header=present";
