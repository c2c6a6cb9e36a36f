import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { tableStyles } from "@/components/ui/table-styles";
import { linkStyle } from "@/components/ui/styles";
import { fiscalYearLabel } from "@/lib/dates/fiscal-year";
import type { PublicKpi } from "@/lib/kpis/assessment";
import { GradeBadge } from "./grade-badge";
import { asUiLocale, formatNumber, pick } from "./locale-text";
import { paren } from "@/lib/i18n/punctuation";

/** KPIs as a table: name, grade (icon + word), latest actual and final target of each series. */
export async function KpiList({ kpis, caption }: { kpis: PublicKpi[]; caption: string }) {
  const [t, locale] = await Promise.all([getTranslations("dashboard.kpiList"), getLocale()]);
  const ui = asUiLocale(locale);
  if (kpis.length === 0) return <p>{t("empty")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className={tableStyles.table}>
        <caption className="mb-2 text-left text-std-17B-170">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={tableStyles.th}>{t("name")}</th>
            <th scope="col" className={tableStyles.th}>{t("grade")}</th>
            <th scope="col" className={tableStyles.th}>{t("latest")}</th>
            <th scope="col" className={tableStyles.th}>{t("target")}</th>
          </tr>
        </thead>
        <tbody>
          {kpis.map((kpi) => {
            const unit = pick(locale, kpi.unit ?? "", kpi.unitEn);
            return (
              <tr key={kpi.code}>
                <th scope="row" className={`${tableStyles.td} text-left font-normal`}>
                  <Link href={`/dashboard/kpis/${kpi.code}`} className={linkStyle}>
                    {pick(locale, kpi.nameJa, kpi.nameEn)}
                  </Link>
                </th>
                <td className={tableStyles.td}>
                  <GradeBadge grade={kpi.grade.grade} stale={kpi.grade.stale} demo={kpi.hasDemo} />
                </td>
                <td className={tableStyles.td}>
                  {kpi.series.map((s) => {
                    const latest = s.observations.at(-1);
                    const prefix = kpi.series.length > 1 ? `${pick(locale, s.labelJa, s.labelEn)}: ` : "";
                    return (
                      <span key={s.key} className="block whitespace-nowrap">
                        {prefix}
                        {latest ? `${formatNumber(locale, latest.value)} ${unit}${paren(locale, fiscalYearLabel(latest.fiscalYear, ui))}` : t("none")}
                      </span>
                    );
                  })}
                </td>
                <td className={tableStyles.td}>
                  {kpi.series.map((s) => {
                    const last = s.milestones.at(-1);
                    const prefix = kpi.series.length > 1 ? `${pick(locale, s.labelJa, s.labelEn)}: ` : "";
                    return (
                      <span key={s.key} className="block whitespace-nowrap">
                        {prefix}
                        {last ? <MilestoneText locale={locale} value={last.value} comparator={last.comparator} fiscalYear={last.fiscalYear} unit={unit} /> : t("none")}
                      </span>
                    );
                  })}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

const COMPARATOR = {
  ja: { GTE: "以上", LTE: "以下", EQ: "", INCREASE: "基準年度より増加" },
  en: { GTE: " or more", LTE: " or less", EQ: "", INCREASE: "increase from the baseline year" },
} as const;

/** 「2025年度: 95以上 %」 / "FY2025: 95 or more %", as the plan prints the target. */
export function MilestoneText(props: { locale: string; value: number | null; comparator: keyof (typeof COMPARATOR)["ja"]; fiscalYear: number; unit: string }) {
  const ui = asUiLocale(props.locale);
  const words = COMPARATOR[ui][props.comparator];
  const year = fiscalYearLabel(props.fiscalYear, ui);
  if (props.value === null) return <>{`${year}: ${words}`}</>;
  return <>{`${year}: ${formatNumber(props.locale, props.value)} ${props.unit}${words}`}</>;
}
