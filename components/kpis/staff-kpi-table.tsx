import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { TableFrame } from "@/components/ui/table-frame";
import { tableStyles } from "@/components/ui/table-styles";
import { linkStyle } from "@/components/ui/styles";
import { fiscalYearLabel } from "@/lib/dates/fiscal-year";
import type { StaffKpiRow } from "@/lib/kpis/queries";
import { asUiLocale, formatNumber, pick } from "./locale-text";

/** Every KPI with its owner, its latest published value, work in progress and the years still due. */
export async function StaffKpiTable({ rows }: { rows: StaffKpiRow[] }) {
  const [t, locale] = await Promise.all([getTranslations("kpiStaff"), getLocale()]);
  const ui = asUiLocale(locale);
  return (
    <TableFrame label={t("listCaption")}>
      <table className={tableStyles.table}>
        <caption className="mb-2 text-left text-std-17B-170">{t("listCaption")}</caption>
        <thead>
          <tr>
            <th scope="col" className={tableStyles.th}>{t("kpi")}</th>
            <th scope="col" className={tableStyles.th}>{t("owner")}</th>
            <th scope="col" className={tableStyles.th}>{t("series")}</th>
            <th scope="col" className={tableStyles.th}>{t("latest")}</th>
            <th scope="col" className={tableStyles.th}>{t("pending")}</th>
            <th scope="col" className={tableStyles.th}>{t("due")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.flatMap((kpi) =>
            kpi.series.map((s, index) => (
              <tr key={`${kpi.code}:${s.key}`}>
                {index === 0 && (
                  <>
                    <th scope="rowgroup" rowSpan={kpi.series.length} className={`${tableStyles.td} text-left align-top font-normal`}>
                      <Link href={`/staff/kpis/${kpi.code}`} className={linkStyle}>
                        {pick(locale, kpi.nameJa, kpi.nameEn)}
                      </Link>
                    </th>
                    <td rowSpan={kpi.series.length} className={`${tableStyles.td} align-top`}>
                      {pick(locale, kpi.ownerDepartmentJa ?? "—", kpi.ownerDepartmentEn)}
                    </td>
                  </>
                )}
                <td className={tableStyles.td}>{pick(locale, s.labelJa, s.labelEn)}</td>
                <td className={`${tableStyles.td} whitespace-nowrap`}>
                  {s.latest ? (
                    <>
                      {fiscalYearLabel(s.latest.fiscalYear, ui)}: {formatNumber(locale, s.latest.value)} {pick(locale, kpi.unit ?? "", kpi.unitEn)}
                      {s.latest.isDemo && <span className="ml-2 rounded-4 border border-solid-gray-600 px-1 text-dns-14N-130">{t("observations.demo")}</span>}
                    </>
                  ) : (
                    t("noValue")
                  )}
                </td>
                <td className={tableStyles.td}>{s.pending}</td>
                <td className={tableStyles.td}>{s.due.length === 0 ? t("noneDue") : s.due.map((fy) => fiscalYearLabel(fy, ui)).join(", ")}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </TableFrame>
  );
}
