import { getFormatter, getTranslations } from "next-intl/server";
import { TableFrame } from "@/components/ui/table-frame";
import { tableStyles } from "@/components/ui/table-styles";
import type { StaffKpiDetail } from "@/lib/kpis/queries";

const KNOWN = new Set(["create", "submit", "approve", "return", "publish", "supersede", "import"]);

function describe(value: unknown): string {
  if (value === null || value === undefined) return "—";
  return Object.entries(value as Record<string, unknown>)
    .map(([k, v]) => `${k}: ${v === null ? "—" : String(v)}`)
    .join(", ");
}

/** The KPI's audit trail: who changed what, when, and from what to what. */
export async function StaffHistory({ history }: { history: StaffKpiDetail["history"] }) {
  const [t, format] = await Promise.all([getTranslations("kpiStaff.history"), getFormatter()]);
  return (
    <section aria-labelledby="kpi-history-heading" className="flex flex-col gap-4">
      <h2 id="kpi-history-heading" className="text-std-24B-150">{t("title")}</h2>
      {history.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <TableFrame label={t("caption")}>
          <table className={tableStyles.table}>
            <caption className="sr-only">{t("caption")}</caption>
            <thead>
              <tr>
                <th scope="col" className={tableStyles.th}>{t("at")}</th>
                <th scope="col" className={tableStyles.th}>{t("actor")}</th>
                <th scope="col" className={tableStyles.th}>{t("action")}</th>
                <th scope="col" className={tableStyles.th}>{t("change")}</th>
              </tr>
            </thead>
            <tbody>
              {history.map((h) => {
                const verb = h.action.split(".").at(-1) ?? h.action;
                return (
                  <tr key={h.id}>
                    <td className={`${tableStyles.td} whitespace-nowrap`}>
                      <time dateTime={h.at.toISOString()}>{format.dateTime(h.at, { dateStyle: "medium", timeStyle: "short" })}</time>
                    </td>
                    <td className={tableStyles.td}>{h.actor?.name ?? h.actorLabel ?? t("system")}</td>
                    <td className={tableStyles.td}>{KNOWN.has(verb) ? t(`actions.${verb}`) : h.action}</td>
                    <td className={`${tableStyles.td} text-dns-14N-130 break-all`}>
                      {describe(h.before)} → {describe(h.after)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableFrame>
      )}
    </section>
  );
}
