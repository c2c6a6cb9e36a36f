import { getLocale, getTranslations } from "next-intl/server";
import { fiscalYearLabel } from "@/lib/dates/fiscal-year";
import type { SeriesGrade } from "@/lib/kpis/grading";
import { GradeBadge } from "./grade-badge";
import { asUiLocale, formatQuantity } from "./locale-text";
import { paren } from "@/lib/i18n/punctuation";

const percent = (locale: string, v: number | null) =>
  v === null ? "—" : new Intl.NumberFormat(locale === "en" ? "en-GB" : "ja-JP", { style: "percent", maximumFractionDigits: 1 }).format(v);

/** Why a series has its grade: the sentence, then every number the method used. */
export async function GradeExplanation({ grade, unit, decimals, title }: { grade: SeriesGrade; unit: string; decimals: number; title?: string }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const ui = asUiLocale(locale);
  const i = grade.inputs;
  const num = (v: number | null | undefined) => (v === null || v === undefined ? "—" : formatQuantity(locale, v, decimals, unit));
  const reason = t(`kpiGrade.reason.${grade.reason}`, {
    year: i.target ? fiscalYearLabel(i.target.fiscalYear, ui) : "",
    target: num(i.target?.value),
    pace: percent(locale, i.pace),
    baseline: num(i.baseline?.value),
  });
  return (
    <div className="flex flex-col gap-3">
      {title && <h3 className="text-std-20B-150">{title}</h3>}
      <GradeBadge grade={grade.grade} stale={grade.stale} />
      <p>{reason}</p>
      {grade.stale && <p className="text-dns-16N-130">{t("kpiGrade.staleHint")}</p>}
      {i.method !== "none" && (
        <dl className="grid grid-cols-1 gap-x-6 gap-y-1 text-dns-16N-130 sm:grid-cols-[auto_1fr]">
          <dt className="font-bold">{t("dashboard.kpi.inputsBaseline")}</dt>
          <dd>
            {i.baseline ? `${num(i.baseline.value)}${paren(locale, fiscalYearLabel(i.baseline.fiscalYear, ui))}` : "—"}
            {i.baseline?.implicit && <span className="block">{t("dashboard.kpi.implicitBaseline", { year: fiscalYearLabel(i.baseline.fiscalYear, ui) })}</span>}
          </dd>
          <dt className="font-bold">{t("dashboard.kpi.inputsLatest")}</dt>
          <dd>{i.latest ? `${num(i.latest.value)}${paren(locale, fiscalYearLabel(i.latest.fiscalYear, ui))}` : "—"}</dd>
          <dt className="font-bold">{t("dashboard.kpi.inputsTarget")}</dt>
          <dd>{i.target ? `${i.target.value === null ? t("dashboard.kpi.direction.INCREASE") : num(i.target.value)}${paren(locale, fiscalYearLabel(i.target.fiscalYear, ui))}` : "—"}</dd>
          {i.method === "plan-path" && (
            <>
              <dt className="font-bold">{t("dashboard.kpi.inputsProgress")}</dt>
              <dd>{percent(locale, i.progress)}</dd>
              <dt className="font-bold">{t("dashboard.kpi.inputsExpected")}</dt>
              <dd>{`${num(i.expectedValue)}${paren(locale, percent(locale, i.expectedProgress))}`}</dd>
              <dt className="font-bold">{t("dashboard.kpi.inputsPace")}</dt>
              <dd>{percent(locale, i.pace)}</dd>
            </>
          )}
        </dl>
      )}
    </div>
  );
}
