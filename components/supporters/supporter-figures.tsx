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
        <CountTable
          caption={t("byMunicipality")}
          head={[t("place"), t("supporters")]}
          rows={[
            { key: "whole-prefecture", label: t("wholePrefecture"), value: cell(figures.wholePrefecture) },
            ...tied.map((m) => ({ key: m.code, label: localised(locale, m.nameJa, m.nameEn), value: cell(m.supporters) })),
          ]}
        />
        <div className="flex flex-col gap-6">
          <CountTable caption={t("byTieKind")} head={[t("tieKind"), t("supporters")]} rows={figures.byTieKind.map((k) => ({ key: k.kind, label: tKind(k.kind), value: cell(k.supporters) }))} />
          <CountTable
            caption={t("byMonth")}
            head={[t("month"), t("activities")]}
            rows={figures.activitiesByMonth.map((m) => ({ key: m.month, label: t("monthLabel", { year: yearOf(m.month), month: monthOf(m.month) }), value: cell(m.activities) }))}
          />
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

/** One table of counts: a label per row and its count, right-aligned. */
function CountTable({ caption, head, rows }: { caption: string; head: [string, string]; rows: { key: string; label: string; value: string }[] }) {
  return (
    <TableFrame label={caption}>
      <table className={tableStyles.table}>
        <caption className="text-left text-std-17B-170">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={tableStyles.th}>{head[0]}</th>
            <th scope="col" className={`${tableStyles.th} text-right`}>{head[1]}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row" className={`${tableStyles.td} text-left font-normal`}>{row.label}</th>
              <td className={`${tableStyles.td} ${tableStyles.num} text-right`}>{row.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}
