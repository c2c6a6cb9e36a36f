import { useTranslations } from "next-intl";
import { GRADE_ORDER } from "@/lib/kpis/grading";
import { headlineValues, type Rollup } from "@/lib/kpis/rollup";
import { GradeIcon, GRADE_STYLE } from "./grade-badge";

/** The headline in words and numbers: 「33指標中 達成6・順調5・…」, computed from the roll-up. */
export function GradeHeadline({ rollup, className }: { rollup: Rollup; className?: string }) {
  const t = useTranslations("kpiView");
  return <p className={className}>{t("headline", headlineValues(rollup))}</p>;
}

/** The same shares as a bar, for sighted readers at a glance; screen readers get the words. Phrasing content, so it fits inside a link. */
export function GradeBar({ rollup }: { rollup: Rollup }) {
  if (rollup.total === 0) return null;
  return (
    <span aria-hidden="true" className="flex h-3 w-full overflow-hidden rounded-4 border border-solid-gray-420 forced-colors:hidden">
      {GRADE_ORDER.map((g) => (rollup[g] > 0 ? <span key={g} className={GRADE_STYLE[g].bar} style={{ width: `${Math.round((10000 * rollup[g]) / rollup.total) / 100}%` }} /> : null))}
    </span>
  );
}

/**
 * How many KPIs are in each grade, with each grade's word and what it means: the legend, shown
 * once per page. Coverage is always shown.
 */
export function GradeCounts({ rollup, meanings = false }: { rollup: Rollup; meanings?: boolean }) {
  const t = useTranslations();
  return (
    <div className="flex flex-col gap-2">
      <GradeBar rollup={rollup} />
      <ul aria-label={t("dashboard.countsCaption")} className="grid grid-cols-[1.25rem_auto_auto_1fr] gap-x-2 gap-y-1">
        {GRADE_ORDER.map((g) => (
          <li key={g} className="col-span-4 grid grid-cols-subgrid items-start text-dns-16N-130">
            <GradeIcon grade={g} />
            <span className="font-bold">{t(`kpiGrade.${g}`)}</span>
            <span className="min-w-6 text-right text-dns-16B-130 tabular-nums">{rollup[g]}</span>
            {meanings && <span className="text-solid-gray-800">{t(`kpiView.legend.${g}`)}</span>}
          </li>
        ))}
      </ul>
      <p className="text-dns-14N-130 text-solid-gray-800">{t("dashboard.coverage", { withData: rollup.withData, total: rollup.total })}</p>
    </div>
  );
}

/**
 * Counts as icons and numbers only, for tiles under a page's one legend; each grade's word stays
 * for screen readers. Grades with no KPI are left out.
 */
export function GradeTally({ rollup }: { rollup: Rollup }) {
  const t = useTranslations();
  return (
    <span className="flex flex-wrap items-center gap-x-3 gap-y-1 text-dns-16B-130 tabular-nums">
      <span className="sr-only">{t("kpiView.countsShort")}</span>
      {GRADE_ORDER.map((g) =>
        rollup[g] > 0 ? (
          <span key={g} className="inline-flex items-center gap-1">
            <GradeIcon grade={g} />
            <span className="sr-only">{t(`kpiGrade.${g}`)}</span>
            {rollup[g]}
          </span>
        ) : null,
      )}
    </span>
  );
}
