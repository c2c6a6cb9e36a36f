import { useTranslations } from "next-intl";
import { GRADE_ORDER } from "@/lib/kpis/grading";
import type { Rollup } from "@/lib/kpis/rollup";
import { GradeIcon, GRADE_STYLE } from "./grade-badge";

/**
 * How many KPIs are in each grade, as a list of words and numbers, plus a bar that shows the same
 * shares at a glance (hidden from screen readers, which get the list). Coverage is always shown.
 */
export function GradeCounts({ rollup }: { rollup: Rollup }) {
  const t = useTranslations();
  return (
    <div className="flex flex-col gap-2">
      {rollup.total > 0 && (
        <div aria-hidden="true" className="flex h-3 w-full overflow-hidden rounded-4 border border-solid-gray-420 forced-colors:hidden">
          {GRADE_ORDER.map((g) =>
            rollup[g] > 0 ? <span key={g} className={GRADE_STYLE[g].bar} style={{ width: `${(100 * rollup[g]) / rollup.total}%` }} /> : null,
          )}
        </div>
      )}
      <ul aria-label={t("dashboard.countsCaption")} className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-2">
        {GRADE_ORDER.map((g) => (
          <li key={g} className="flex items-center gap-2 text-dns-16N-130">
            <GradeIcon grade={g} />
            <span>{t(`kpiGrade.${g}`)}</span>
            <span className="ml-auto text-dns-16B-130 tabular-nums">{rollup[g]}</span>
          </li>
        ))}
      </ul>
      <p className="text-dns-14N-130 text-solid-gray-800">{t("dashboard.coverage", { withData: rollup.withData, total: rollup.total })}</p>
    </div>
  );
}
