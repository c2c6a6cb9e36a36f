import { getLocale, getTranslations } from "next-intl/server";
import { cx } from "@/components/ui/cx";
import { fiscalYearLabel } from "@/lib/dates/fiscal-year";
import type { PublicKpi } from "@/lib/kpis/assessment";
import { nextMilestone } from "@/lib/kpis/grading";
import { seriesDecimals } from "@/lib/kpis/presentation";
import { GradeBadge } from "./grade-badge";
import { asUiLocale, formatQuantity, pick } from "./locale-text";

const Arrow = ({ className }: { className?: string }) => (
  <svg aria-hidden="true" viewBox="0 0 24 24" width="24" height="24" className={cx("shrink-0 self-center text-solid-gray-536", className)}>
    <path d="M4 11h12l-5-5 1.4-1.4L20 12l-7.6 7.4L11 18l5-5H4z" fill="currentColor" />
  </svg>
);

/**
 * The KPI at a glance, in plain words: the latest value → the target it is measured against → the
 * verdict, one line per series, each number at the precision the plan publishes it with.
 */
export async function KpiHeadlineCard({ kpi, unit }: { kpi: PublicKpi; unit: string }) {
  const [t, g, locale] = await Promise.all([getTranslations("kpiView.card"), getTranslations("kpiGrade"), getLocale()]);
  const ui = asUiLocale(locale);
  const definition = { direction: kpi.direction, cumulative: kpi.cumulative };
  return (
    <div className="flex flex-col gap-4">
      {kpi.series.map((s) => {
        const decimals = seriesDecimals(s);
        const latest = s.observations.at(-1);
        const target = s.grade.inputs.target ?? nextMilestone({ ...definition, baseline: s.baseline, milestones: s.milestones }, latest?.fiscalYear ?? 0);
        const reason = g(`reason.${s.grade.reason}`, {
          year: target ? fiscalYearLabel(target.fiscalYear, ui) : "",
          target: target?.value == null ? "" : formatQuantity(locale, target.value, decimals, unit),
          pace: s.grade.inputs.pace === null ? "—" : new Intl.NumberFormat(ui === "en" ? "en-GB" : "ja-JP", { style: "percent", maximumFractionDigits: 0 }).format(s.grade.inputs.pace),
          baseline: s.baseline ? formatQuantity(locale, s.baseline.value, decimals, unit) : "",
        });
        return (
          <div key={s.key} className="flex flex-col gap-2">
            {kpi.series.length > 1 && <h3 className="text-std-17B-170">{pick(locale, s.labelJa, s.labelEn)}</h3>}
            <div className="grid grid-cols-[1fr_auto_1fr] gap-2 md:flex md:flex-row md:items-stretch md:gap-3">
              <div className="flex flex-1 flex-col gap-1 rounded-8 border border-solid-gray-420 p-3 md:p-4">
                <p className="text-dns-14B-120 text-solid-gray-800">{t("latest")}</p>
                <div className="text-std-20B-150 tabular-nums md:text-std-24B-150">
                  {latest ? formatQuantity(locale, latest.value, decimals, unit) : <span className="text-std-17B-170">{t("noValue")}</span>}
                  {latest && <span className="block text-dns-16N-130">{fiscalYearLabel(latest.fiscalYear, ui)}</span>}
                </div>
              </div>
              <Arrow />
              <div className="flex flex-1 flex-col gap-1 rounded-8 border border-solid-gray-420 p-3 md:p-4">
                <p className="text-dns-14B-120 text-solid-gray-800">{t("target")}</p>
                <div className="text-std-20B-150 tabular-nums md:text-std-24B-150">
                  {target ? (target.value === null ? <span className="text-std-17B-170">{t("increase")}</span> : `${formatQuantity(locale, target.value, decimals, unit)}${target.comparator === "GTE" ? (ui === "ja" ? "以上" : " or more") : ""}`) : "—"}
                  {target && <span className="block text-dns-16N-130">{fiscalYearLabel(target.fiscalYear, ui)}</span>}
                </div>
              </div>
              <Arrow className="max-md:hidden" />
              <div className="col-span-3 flex flex-[1.5] flex-col gap-2 rounded-8 border border-solid-gray-420 p-4">
                <p className="text-dns-14B-120 text-solid-gray-800">{t("verdict")}</p>
                <div className="flex flex-col gap-2">
                  <GradeBadge grade={s.grade.grade} stale={s.grade.stale} />
                  <span className="text-dns-16N-130">{reason}</span>
                </div>
              </div>
            </div>
          </div>
        );
      })}
    </div>
  );
}
