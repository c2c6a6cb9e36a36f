import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { Select } from "@/components/ui/select";
import { linkStyle } from "@/components/ui/styles";
import { fiscalYearLabel } from "@/lib/dates/fiscal-year";
import type { PublicKpi } from "@/lib/kpis/assessment";
import { GRADE_ORDER } from "@/lib/kpis/grading";
import { seriesDecimals, type Trend } from "@/lib/kpis/presentation";
import { PILLARS } from "@/lib/kpis/rollup";
import type { SdgGoalInfo } from "@/lib/sdgs/goal-info";
import { DEFAULT_QUERY, gradeParam, SORT_KEYS, sortedBy, tableRows, tableSearch, viewRows, type SortKey, type TableQuery } from "@/lib/kpis/table";
import { GradeIcon } from "./grade-badge";
import { asUiLocale, formatQuantity, pick } from "./locale-text";
import { TableFrame } from "@/components/ui/table-frame";
import { paren } from "@/lib/i18n/punctuation";

interface KpiTableProps {
  kpis: PublicKpi[];
  query: TableQuery;
  /** The page the view's links and form lead back to. */
  basePath: string;
  /** Goals for the goal filter; omitted where the page is one goal already. */
  goals?: SdgGoalInfo[];
  /** Hide the pillar filter where the page is one pillar already. */
  showPillar?: boolean;
  headingId: string;
}

// The cells' styles are set once on the table through descendant selectors rather than on each of
// the 165 cells: the page's HTML and its server-component payload both carry every class string,
// so per-cell classes cost about 100 kB on the dashboard. Below 48rem each row becomes a card:
// cells stack, the name, grade and trend take the card's width, and each cell names its column
// (data-label).
const TABLE = cx(
  "w-full border-collapse tabular-nums max-md:block",
  "[&_td]:border-b [&_td]:border-solid-gray-200 [&_td]:px-3 [&_td]:py-2 [&_td]:align-top [&_td]:text-std-16N-170",
  "[&_tbody_th]:border-b [&_tbody_th]:border-solid-gray-200 [&_tbody_th]:px-3 [&_tbody_th]:py-2 [&_tbody_th]:text-left [&_tbody_th]:align-top [&_tbody_th]:font-normal",
  "[&_thead_th]:border-b [&_thead_th]:border-solid-gray-420 [&_thead_th]:px-3 [&_thead_th]:py-2 [&_thead_th]:text-left [&_thead_th]:align-bottom [&_thead_th]:text-std-16B-170",
  "max-md:[&_tbody]:flex max-md:[&_tbody]:flex-col max-md:[&_tbody]:gap-4",
  "max-md:[&_tbody_tr]:grid max-md:[&_tbody_tr]:grid-cols-2 max-md:[&_tbody_tr]:gap-x-4 max-md:[&_tbody_tr]:gap-y-2 max-md:[&_tbody_tr]:rounded-12 max-md:[&_tbody_tr]:border max-md:[&_tbody_tr]:border-solid-gray-420 max-md:[&_tbody_tr]:p-4",
  "max-md:[&_tbody_th]:col-span-2 max-md:[&_tbody_th]:block max-md:[&_tbody_th]:border-0 max-md:[&_tbody_th]:p-0 max-md:[&_tbody_th]:text-std-17B-170",
  "max-md:[&_td]:block max-md:[&_td]:border-0 max-md:[&_td]:px-0 max-md:[&_td]:py-1 max-md:[&_td:nth-child(2)]:col-span-2 max-md:[&_td:nth-child(5)]:col-span-2",
  "max-md:[&_td]:before:block max-md:[&_td]:before:text-dns-14B-120 max-md:[&_td]:before:text-solid-gray-800 max-md:[&_td]:before:content-[attr(data-label)]",
  // The rows' links look like linkStyle (components/ui/styles.ts); app/globals.css draws their focus outline.
  "[&_tbody_a]:text-blue-1000 [&_tbody_a]:underline [&_tbody_a]:underline-offset-3 [&_tbody_a:hover]:decoration-3 [&_tbody_a:active]:text-orange-800 [&_tbody_a:focus-visible]:rounded-4 [&_tbody_a:focus-visible]:bg-yellow-300",
  // The demo and stale flags as small outlined words (<small>), the grade as icon and word.
  "[&_small]:ml-2 [&_small]:inline-block [&_small]:rounded-6 [&_small]:border [&_small]:px-1.5 [&_small]:text-dns-14N-130 [&_small]:whitespace-nowrap [&_small.demo]:border-dashed [&_small.demo]:bg-yellow-300",
);

const TREND_PATH: Record<Trend, string | null> = {
  improving: "M12 4l7 8h-4v8H9v-8H5l7-8Z",
  worsening: "M12 20l-7-8h4V4h6v8h4l-7 8Z",
  flat: "M4 9h16v6H4z",
  none: null,
};

/**
 * Every KPI as one table: sortable by its headers, filtered by a plain GET form, so both work
 * without JavaScript and a view is a link. The count is a status region, so a screen reader hears
 * the new number after each change.
 */
export async function KpiTable({ kpis, query, basePath, goals, showPillar = true, headingId }: KpiTableProps) {
  const [t, k, g, d, locale] = await Promise.all([
    getTranslations("kpiView.table"),
    getTranslations("kpiView.trend"),
    getTranslations("kpiGrade"),
    getTranslations("dashboard"),
    getLocale(),
  ]);
  const ui = asUiLocale(locale);
  const nameOf = (kpi: PublicKpi) => pick(locale, kpi.nameJa, kpi.nameEn);
  const rows = viewRows(tableRows(kpis), query, nameOf, new Intl.Collator(ui));
  const columns: { key: SortKey | null; label: string }[] = [
    { key: "name", label: t("name") },
    { key: "grade", label: t("grade") },
    { key: "year", label: t("latest") },
    { key: null, label: t("target") },
    { key: "trend", label: t("trend") },
  ];
  const filtered = query.grade !== null || query.pillar !== null || query.goal !== null;
  const selectClass = "min-w-0 md:w-44";
  return (
    <div className="flex flex-col gap-4">
      {/* Keyed by the view, so the selects show it again after a header link navigates on the client. */}
      <form key={tableSearch(query)} method="get" action={basePath} aria-labelledby={`${headingId}-filters`} className="flex flex-col gap-4 rounded-12 bg-solid-gray-50 p-4">
        <h3 id={`${headingId}-filters`} className="text-std-17B-170">{t("filtersTitle")}</h3>
        <div className="grid grid-cols-2 gap-4 md:flex md:flex-wrap md:items-end">
          <Select
            name="grade"
            id={`${headingId}-grade`}
            label={t("grade")}
            className={selectClass}
            defaultValue={query.grade ? gradeParam(query.grade) : ""}
            options={[{ value: "", label: t("all") }, ...GRADE_ORDER.map((grade) => ({ value: gradeParam(grade), label: g(grade) }))]}
          />
          {showPillar && (
            <Select
              name="pillar"
              id={`${headingId}-pillar`}
              label={t("pillar")}
              className={selectClass}
              defaultValue={query.pillar?.toLowerCase() ?? ""}
              options={[{ value: "", label: t("all") }, ...PILLARS.map((p) => ({ value: p.toLowerCase(), label: d(`pillar.${p}`) }))]}
            />
          )}
          {goals && (
            <Select
              name="goal"
              id={`${headingId}-goal`}
              label={t("goal")}
              className={selectClass}
              defaultValue={query.goal ? String(query.goal) : ""}
              options={[{ value: "", label: t("all") }, ...goals.map((goal) => ({ value: String(goal.number), label: t("goalOption", { number: goal.number, name: pick(locale, goal.nameJa, goal.nameEn) }) }))]}
            />
          )}
          <Select
            name="sort"
            id={`${headingId}-sort`}
            label={t("sort")}
            className={selectClass}
            defaultValue={query.sort}
            options={SORT_KEYS.map((key) => ({ value: key, label: t(`sortBy.${key}`) }))}
          />
          <Select
            name="dir"
            id={`${headingId}-dir`}
            label={t("dir")}
            className={selectClass}
            defaultValue={query.dir}
            options={[{ value: "asc", label: t("asc") }, { value: "desc", label: t("desc") }]}
          />
          <div className="col-span-2 flex flex-wrap items-center gap-4">
            <button type="submit" className={buttonClasses({ variant: "primary" })}>{t("apply")}</button>
            {filtered && <Link href={basePath + tableSearch({ ...DEFAULT_QUERY, sort: query.sort, dir: query.dir })} className={linkStyle}>{t("reset")}</Link>}
          </div>
        </div>
      </form>
      <p role="status" className="text-dns-16B-130">{t("count", { shown: rows.length, total: kpis.length })}</p>
      {rows.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <TableFrame label={t("caption", { sort: t(`sortBy.${query.sort}`), dir: t(query.dir) })}>
          <table className={TABLE}>
            <caption className="mb-2 text-left text-std-17B-170 max-md:block">{t("caption", { sort: t(`sortBy.${query.sort}`), dir: t(query.dir) })}</caption>
            <thead className="max-md:sr-only">
              <tr>
                {columns.map((c) => {
                  const active = c.key !== null && c.key === query.sort;
                  return (
                    <th key={c.label} scope="col" aria-sort={active ? (query.dir === "asc" ? "ascending" : "descending") : undefined}>
                      {c.key === null ? (
                        c.label
                      ) : (
                        <Link href={basePath + tableSearch(sortedBy(query, c.key))} scroll={false} className={`${linkStyle} inline-flex items-center gap-1`}>
                          {c.label}
                          <SortMark state={active ? query.dir : null} />
                        </Link>
                      )}
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const { kpi } = row;
                const unit = pick(locale, kpi.unit ?? "", kpi.unitEn);
                const many = kpi.series.length > 1;
                return (
                  <tr key={kpi.code}>
                    <th scope="row">
                      <Link href={`/dashboard/kpis/${kpi.code}`}>{nameOf(kpi)}</Link>
                    </th>
                    <td data-label={columns[1]!.label}>
                      <span className="inline-flex items-center gap-1 font-bold">
                        <GradeIcon grade={kpi.grade.grade} />
                        {g(kpi.grade.grade)}
                      </span>
                      {kpi.grade.stale && <small>{g("stale")}</small>}
                      {kpi.hasDemo && <small className="demo">{g("demo")}</small>}
                    </td>
                    <td data-label={columns[2]!.label}>
                      {kpi.series.map((s) => {
                        const latest = s.observations.at(-1);
                        return (
                          <span key={s.key} className="block">
                            {many && `${pick(locale, s.labelJa, s.labelEn)}: `}
                            {latest ? (
                              <>
                                {formatQuantity(locale, latest.value, seriesDecimals(s), unit)}
                                <YearNote locale={locale} fiscalYear={latest.fiscalYear} />
                              </>
                            ) : (
                              t("none")
                            )}
                          </span>
                        );
                      })}
                    </td>
                    <td data-label={columns[3]!.label}>
                      {kpi.series.map((s) => {
                        const last = s.milestones.at(-1);
                        return (
                          <span key={s.key} className="block">
                            {many && `${pick(locale, s.labelJa, s.labelEn)}: `}
                            {last ? <MilestoneText locale={locale} value={last.value} comparator={last.comparator} fiscalYear={last.fiscalYear} unit={unit} decimals={seriesDecimals(s)} /> : t("none")}
                          </span>
                        );
                      })}
                    </td>
                    <td data-label={columns[4]!.label}>
                      {kpi.series.map((s, i) => (
                        <span key={s.key} className="block">
                          {many && `${pick(locale, s.labelJa, s.labelEn)}: `}
                          <span className="inline-flex items-center gap-1 whitespace-nowrap">
                            <TrendMark trend={row.trends[i]!} />
                            {k(row.trends[i]!)}
                          </span>
                        </span>
                      ))}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableFrame>
      )}
    </div>
  );
}

function SortMark({ state }: { state: "asc" | "desc" | null }) {
  const d = state === "asc" ? "M8 4l5 7H3z" : state === "desc" ? "M8 12l5-7H3z" : "M8 2l4 5H4zM8 14l4-5H4z";
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14" className="shrink-0">
      <path d={d} fill="currentColor" />
    </svg>
  );
}

function TrendMark({ trend }: { trend: Trend }) {
  const d = TREND_PATH[trend];
  if (!d) return null;
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" width="16" height="16" className="shrink-0">
      <path d={d} fill="currentColor" />
    </svg>
  );
}

const COMPARATOR = {
  ja: { GTE: "以上", LTE: "以下", EQ: "", INCREASE: "基準年度より増加" },
  en: { GTE: " or more", LTE: " or less", EQ: "", INCREASE: "increase from the baseline year" },
} as const;

/** 「95 %以上（2025年度）」 / "95 % or more (FY2025)", as the plan prints the target, at its own precision. */
export function MilestoneText(props: { locale: string; value: number | null; comparator: keyof (typeof COMPARATOR)["ja"]; fiscalYear: number; unit: string; decimals: number }) {
  const ui = asUiLocale(props.locale);
  const words = COMPARATOR[ui][props.comparator];
  const value = props.value === null ? words : `${formatQuantity(props.locale, props.value, props.decimals, props.unit)}${words}`;
  return (
    <>
      {value}
      <YearNote locale={props.locale} fiscalYear={props.fiscalYear} />
    </>
  );
}

/** 「（2024年度）」 kept in one piece, so a narrow column breaks before it, never inside it. */
export function YearNote({ locale, fiscalYear }: { locale: string; fiscalYear: number }) {
  return <span className="whitespace-nowrap">{paren(locale, fiscalYearLabel(fiscalYear, asUiLocale(locale)))}</span>;
}
