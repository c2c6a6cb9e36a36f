import { getLocale, getTranslations } from "next-intl/server";
import { tableStyles } from "@/components/ui/table-styles";
import { TableFrame } from "@/components/ui/table-frame";
import { paren } from "@/lib/i18n/punctuation";

/** Who took part, by affiliation (seed 002's first question: how to widen participation). */
export async function ParticipationTable({ rows }: { rows: { affiliation: string; count: number }[] }) {
  const [t, locale] = await Promise.all([getTranslations("workshops"), getLocale()]);
  const total = rows.reduce((sum, r) => sum + r.count, 0);
  return (
    <section aria-labelledby="participation-heading" className="flex flex-col gap-3">
      <h2 id="participation-heading" className="text-std-24B-150">{t("results.participation")}</h2>
      <p className="text-std-16N-170">{t("results.participationNote")}</p>
      {total === 0 ? (
        <p className="text-std-16N-170">{t("results.noData")}</p>
      ) : (
        <TableFrame label={t("results.participation")}>
          <table className={`${tableStyles.table} max-w-120`}>
            <thead>
              <tr>
                <th scope="col" className={tableStyles.th}>{t("results.affiliationCol")}</th>
                <th scope="col" className={tableStyles.th}>{t("results.countCol")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.affiliation}>
                  <th scope="row" className={`${tableStyles.td} text-left font-normal`}>{t(`affiliation.${r.affiliation}`)}</th>
                  <td className={tableStyles.td}>{r.count}{paren(locale, `${Math.round((r.count / total) * 100)}%`)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <td colSpan={2} className={`${tableStyles.td} font-bold`}>{t("results.total", { count: total })}</td>
              </tr>
            </tfoot>
          </table>
        </TableFrame>
      )}
    </section>
  );
}
