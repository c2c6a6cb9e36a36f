import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { linkStyle } from "@/components/ui/styles";
import { TableFrame } from "@/components/ui/table-frame";
import { tableStyles } from "@/components/ui/table-styles";
import { fiscalYearLabel } from "@/lib/dates/fiscal-year";
import type { PublicKpi } from "@/lib/kpis/assessment";
import { DemoBadge } from "./grade-badge";
import { asUiLocale, formatNumber, pick } from "./locale-text";
import { paren } from "@/lib/i18n/punctuation";

/** Every published value, newest first, including those later replaced by a correction. */
export async function KpiPublicationHistory({ kpi, unit }: { kpi: PublicKpi; unit: string }) {
  const [t, locale, format] = await Promise.all([getTranslations("dashboard"), getLocale(), getFormatter()]);
  const ui = asUiLocale(locale);
  const rows = kpi.series
    .flatMap((s) => [
      ...s.observations.map((o) => ({ ...o, series: pick(locale, s.labelJa, s.labelEn), superseded: false })),
      ...s.revisions.map((o) => ({ ...o, series: pick(locale, s.labelJa, s.labelEn), superseded: true })),
    ])
    .sort((a, b) => (b.publishedAt ?? "").localeCompare(a.publishedAt ?? "") || b.fiscalYear - a.fiscalYear);
  if (rows.length === 0) return <p>{t("kpi.noHistory")}</p>;
  return (
    <TableFrame label={t("kpi.historyCaption")}>
      <table className={tableStyles.table}>
        <caption className="mb-2 text-left text-std-17B-170">{t("kpi.historyCaption")}</caption>
        <thead>
          <tr>
            <th scope="col" className={tableStyles.th}>{t("kpi.publishedAt")}</th>
            {kpi.series.length > 1 && <th scope="col" className={tableStyles.th}>{t("kpi.series")}</th>}
            <th scope="col" className={tableStyles.th}>{t("kpi.fiscalYear")}</th>
            <th scope="col" className={tableStyles.th}>{t("kpi.actual")}</th>
            <th scope="col" className={tableStyles.th}>{t("kpi.status")}</th>
            <th scope="col" className={tableStyles.th}>{t("kpi.version")}</th>
            <th scope="col" className={tableStyles.th}>{t("kpi.evidence")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.series}:${r.fiscalYear}:${r.version}`}>
              <td className={`${tableStyles.td} whitespace-nowrap`}>
                {r.publishedAt ? <time dateTime={r.publishedAt}>{format.dateTime(new Date(r.publishedAt), { dateStyle: "medium" })}</time> : "—"}
              </td>
              {kpi.series.length > 1 && <td className={tableStyles.td}>{r.series}</td>}
              <td className={`${tableStyles.td} whitespace-nowrap`}>{fiscalYearLabel(r.fiscalYear, ui)}</td>
              <td className={`${tableStyles.td} tabular-nums`}>
                {formatNumber(locale, r.value)} {unit} {r.isDemo && <DemoBadge />}
              </td>
              <td className={tableStyles.td}>{t(`status.${r.status}`)}</td>
              <td className={tableStyles.td}>
                {`${r.version}${paren(locale, r.superseded ? t("kpi.superseded") : t("kpi.current"))}`}
              </td>
              <td className={tableStyles.td}>
                {r.evidenceUrl && (
                  <a href={r.evidenceUrl} className={`${linkStyle} mr-3`} rel="noopener noreferrer">
                    {t("kpi.evidenceLink")}
                  </a>
                )}
                {r.evidenceFile && (
                  <a href={r.evidenceFile} className={linkStyle} download>
                    {t("kpi.evidenceFile")}
                  </a>
                )}
                {!r.evidenceUrl && !r.evidenceFile && "—"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}
