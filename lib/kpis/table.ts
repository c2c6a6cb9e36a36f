// The KPI table's view: which rows, in which order, read from and written to the address, so a
// view works without JavaScript and can be shared as a link. Pure.
import type { PublicKpi } from "./assessment";
import { GRADE_ORDER, type Grade } from "./grading";
import { seriesDecimals, TREND_ORDER, trendOf, type Trend } from "./presentation";
import { PILLARS, type PillarValue } from "./rollup";

export const SORT_KEYS = ["plan", "name", "grade", "year", "trend"] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = "asc" | "desc";

export interface TableQuery {
  sort: SortKey;
  dir: SortDir;
  grade: Grade | null;
  pillar: PillarValue | null;
  goal: number | null;
}

export const DEFAULT_QUERY: TableQuery = { sort: "plan", dir: "asc", grade: null, pillar: null, goal: null };

/** Grades in the address: lower case with hyphens (?grade=on-track). */
export const gradeParam = (g: Grade) => g.toLowerCase().replace("_", "-");
const GRADE_BY_PARAM = new Map(GRADE_ORDER.map((g) => [gradeParam(g), g]));
const PILLAR_BY_PARAM = new Map(PILLARS.map((p) => [p.toLowerCase(), p]));

type Params = Record<string, string | string[] | undefined>;

/** The first value of a parameter, trimmed and cut short: anything unknown falls back to the default view. */
function first(params: Params, name: string): string {
  const raw = params[name];
  const value = Array.isArray(raw) ? raw[0] : raw;
  return (value ?? "").slice(0, 20).trim().toLowerCase();
}

export function parseTableQuery(params: Params): TableQuery {
  const sort = first(params, "sort");
  const dir = first(params, "dir");
  const goal = first(params, "goal");
  return {
    sort: (SORT_KEYS as readonly string[]).includes(sort) ? (sort as SortKey) : DEFAULT_QUERY.sort,
    dir: dir === "desc" ? "desc" : "asc",
    grade: GRADE_BY_PARAM.get(first(params, "grade")) ?? null,
    pillar: PILLAR_BY_PARAM.get(first(params, "pillar")) ?? null,
    goal: /^([1-9]|1[0-7])$/.test(goal) ? Number(goal) : null,
  };
}

/** The query string of a view, default values left out, so the plain page stays at its plain address. */
export function tableSearch(query: TableQuery): string {
  const params = new URLSearchParams();
  if (query.grade) params.set("grade", gradeParam(query.grade));
  if (query.pillar) params.set("pillar", query.pillar.toLowerCase());
  if (query.goal) params.set("goal", String(query.goal));
  if (query.sort !== DEFAULT_QUERY.sort) params.set("sort", query.sort);
  if (query.dir !== DEFAULT_QUERY.dir) params.set("dir", query.dir);
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** The view after a click on a column header: the same column flips direction, another starts ascending. */
export function sortedBy(query: TableQuery, sort: SortKey): TableQuery {
  return { ...query, sort, dir: query.sort === sort && query.dir === "asc" ? "desc" : "asc" };
}

export interface TableRow {
  kpi: PublicKpi;
  /** Position in the plan: the default order and every tie-break. */
  order: number;
  /** The latest fiscal year with a published value in any series; null without one. */
  latestYear: number | null;
  /** One trend per series, in series order. */
  trends: Trend[];
}

export function tableRows(kpis: readonly PublicKpi[]): TableRow[] {
  return kpis.map((kpi, order) => {
    const years = kpi.series.flatMap((s) => s.observations.map((o) => o.fiscalYear));
    return {
      kpi,
      order,
      latestYear: years.length > 0 ? Math.max(...years) : null,
      trends: kpi.series.map((s) => trendOf(s.observations, kpi.direction, seriesDecimals(s))),
    };
  });
}

/** The KPI's trend for sorting: its worst series, as the grade is. */
const trendRank = (row: TableRow) => Math.max(...row.trends.map((t) => TREND_ORDER.indexOf(t)));

/**
 * Rows that pass the filters, in the asked order. Rows without a value (no year, no trend) go last
 * in either direction, as spreadsheets do, so "newest first" does not open on empty rows.
 */
export function viewRows(rows: readonly TableRow[], query: TableQuery, nameOf: (kpi: PublicKpi) => string, collator: Intl.Collator): TableRow[] {
  const kept = rows.filter(
    (r) =>
      (query.grade === null || r.kpi.grade.grade === query.grade) &&
      (query.pillar === null || r.kpi.pillar === query.pillar) &&
      (query.goal === null || r.kpi.sdgGoals.includes(query.goal)),
  );
  const sign = query.dir === "asc" ? 1 : -1;
  const key = (r: TableRow): number | string | null => {
    switch (query.sort) {
      case "name":
        return nameOf(r.kpi);
      case "grade":
        return r.kpi.grade.grade === "NO_DATA" ? null : GRADE_ORDER.indexOf(r.kpi.grade.grade);
      case "year":
        return r.latestYear;
      case "trend": {
        const rank = trendRank(r);
        return TREND_ORDER[rank] === "none" ? null : rank;
      }
      default:
        return r.order;
    }
  };
  return [...kept].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka === null || kb === null) return ka === kb ? a.order - b.order : ka === null ? 1 : -1;
    const c = typeof ka === "string" && typeof kb === "string" ? collator.compare(ka, kb) : (ka as number) - (kb as number);
    return c === 0 ? a.order - b.order : sign * c;
  });
}
