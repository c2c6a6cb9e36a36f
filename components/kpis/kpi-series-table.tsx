import { getLocale, getTranslations } from "next-intl/server";
import { TableFrame } from "@/components/ui/table-frame";
import { tableStyles } from "@/components/ui/table-styles";
import { fiscalYearLabel } from "@/lib/dates/fiscal-year";
import type { SeriesRow } from "@/lib/kpis/chart-data";
import { DemoBadge } from "./grade-badge";
import { asUiLocale, formatNumber } from "./locale-text";

/** The chart's numbers as a table: every fiscal year with baseline, actual, target and expected value. */
export async function KpiSeriesTable({ id, rows, caption, decimals }: { id: string; rows: SeriesRow[]; caption: string; decimals: number }) {
  const [t, locale] = await Promise.all([getTranslations("dashboard"), getLocale()]);
  const ui = asUiLocale(locale);
  const n = (v: number | null) => (v === null ? "—" : formatNumber(locale, v, decimals));
  // Without a published baseline there is no baseline and no planned path: no empty columns for them.
  const hasBaseline = rows.some((r) => r.baseline !== null);
  const hasExpected = rows.some((r) => r.expected !== null);
  return (
    <TableFrame label={caption}>
      <table id={id} className={tableStyles.table}>
        <caption className="mb-2 text-left text-std-17B-170">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={tableStyles.th}>{t("kpi.fiscalYear")}</th>
            {hasBaseline && <th scope="col" className={tableStyles.th}>{t("kpi.baseline")}</th>}
            <th scope="col" className={tableStyles.th}>{t("kpi.actual")}</th>
            <th scope="col" className={tableStyles.th}>{t("kpi.status")}</th>
            <th scope="col" className={tableStyles.th}>{t("kpi.milestone")}</th>
            {hasExpected && <th scope="col" className={tableStyles.th}>{t("kpi.expected")}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.fiscalYear}>
              <th scope="row" className={`${tableStyles.td} text-left font-normal whitespace-nowrap`}>{fiscalYearLabel(r.fiscalYear, ui)}</th>
              {hasBaseline && <td className={`${tableStyles.td} tabular-nums`}>{n(r.baseline)}</td>}
              <td className={`${tableStyles.td} tabular-nums`}>
                {n(r.actual)} {r.isDemo && <DemoBadge />}
              </td>
              <td className={tableStyles.td}>{r.status ? t(`status.${r.status}`) : "—"}</td>
              <td className={`${tableStyles.td} tabular-nums`}>
                {r.milestoneComparator === "INCREASE" ? t("kpi.direction.INCREASE") : n(r.milestone)}
                {r.milestoneComparator === "GTE" && (ui === "ja" ? "以上" : " or more")}
              </td>
              {hasExpected && <td className={`${tableStyles.td} tabular-nums`}>{n(r.expected)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}
