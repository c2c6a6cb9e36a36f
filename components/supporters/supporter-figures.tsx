import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { linkStyle } from "@/components/ui/styles";
import { TableFrame } from "@/components/ui/table-frame";
import { tableStyles } from "@/components/ui/table-styles";
import { localised } from "@/lib/i18n/localised";
import { SUPPRESS_BELOW, type Cell } from "@/lib/supporters/disclosure";
import type { SupporterFigures } from "@/lib/supporters/figures";

/** The supporter (関係人口) figures on the dashboard: programme indicators, every small count suppressed. */
export async function SupporterFiguresSection({ figures }: { figures: SupporterFigures }) {
  const [t, tKind, locale] = await Promise.all([getTranslations("supporterFigures"), getTranslations("supporters.tieKind"), getLocale()]);
  const cell = (value: Cell) => (value === null ? t("suppressed", { below: SUPPRESS_BELOW }) : value.toLocaleString(locale));
  const tied = figures.byMunicipality.filter((m) => m.supporters !== 0);
  const [yearOf, monthOf] = [(m: string) => Number(m.slice(0, 4)), (m: string) => Number(m.slice(5, 7))];
  return (
    <section aria-labelledby="supporters-heading" className="flex flex-col gap-4">
      <h2 id="supporters-heading" className="text-std-24B-150">{t("title")}</h2>
      <p className="max-w-200">{t("lead", { below: SUPPRESS_BELOW })}</p>
      {figures.includesDemo && <Alert tone="warning" live="off">{t("demoNotice")}</Alert>}
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
        <div className="flex flex-col rounded-12 border border-solid-gray-420 p-4">
          <dt className="text-std-16N-170">{t("total")}</dt>
          <dd className="text-std-24B-150 tabular-nums">{cell(figures.supporters)}</dd>
        </div>
        {figures.byResidence.map((r) => (
          <div key={r.group} className="flex flex-col rounded-12 border border-solid-gray-420 p-4">
            <dt className="text-std-16N-170">{t(`residence.${r.group}`)}</dt>
            <dd className="text-std-24B-150 tabular-nums">{cell(r.supporters)}</dd>
          </div>
        ))}
      </dl>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <TableFrame label={t("byMunicipality")}>
          <table className={tableStyles.table}>
            <caption className="text-left text-std-17B-170">{t("byMunicipality")}</caption>
            <thead>
              <tr>
                <th scope="col" className={tableStyles.th}>{t("place")}</th>
                <th scope="col" className={`${tableStyles.th} text-right`}>{t("supporters")}</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row" className={`${tableStyles.td} text-left font-normal`}>{t("wholePrefecture")}</th>
                <td className={`${tableStyles.td} ${tableStyles.num} text-right`}>{cell(figures.wholePrefecture)}</td>
              </tr>
              {tied.map((m) => (
                <tr key={m.code}>
                  <th scope="row" className={`${tableStyles.td} text-left font-normal`}>{localised(locale, m.nameJa, m.nameEn)}</th>
                  <td className={`${tableStyles.td} ${tableStyles.num} text-right`}>{cell(m.supporters)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
        <div className="flex flex-col gap-6">
          <TableFrame label={t("byTieKind")}>
            <table className={tableStyles.table}>
              <caption className="text-left text-std-17B-170">{t("byTieKind")}</caption>
              <thead>
                <tr>
                  <th scope="col" className={tableStyles.th}>{t("tieKind")}</th>
                  <th scope="col" className={`${tableStyles.th} text-right`}>{t("supporters")}</th>
                </tr>
              </thead>
              <tbody>
                {figures.byTieKind.map((k) => (
                  <tr key={k.kind}>
                    <th scope="row" className={`${tableStyles.td} text-left font-normal`}>{tKind(k.kind)}</th>
                    <td className={`${tableStyles.td} ${tableStyles.num} text-right`}>{cell(k.supporters)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableFrame>
          <TableFrame label={t("byMonth")}>
            <table className={tableStyles.table}>
              <caption className="text-left text-std-17B-170">{t("byMonth")}</caption>
              <thead>
                <tr>
                  <th scope="col" className={tableStyles.th}>{t("month")}</th>
                  <th scope="col" className={`${tableStyles.th} text-right`}>{t("activities")}</th>
                </tr>
              </thead>
              <tbody>
                {figures.activitiesByMonth.map((m) => (
                  <tr key={m.month}>
                    <th scope="row" className={`${tableStyles.td} ${tableStyles.num} text-left font-normal`}>{t("monthLabel", { year: yearOf(m.month), month: monthOf(m.month) })}</th>
                    <td className={`${tableStyles.td} ${tableStyles.num} text-right`}>{cell(m.activities)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableFrame>
        </div>
      </div>
      <p className="flex flex-wrap gap-x-6 gap-y-2">
        <a href="/api/v1/supporters.csv" className={linkStyle}>{t("csv")}</a>
        <a href="/api/v1/supporters" className={linkStyle}>{t("json")}</a>
        <Link href="/account/supporter" className={linkStyle}>{t("register")}</Link>
      </p>
    </section>
  );
}
