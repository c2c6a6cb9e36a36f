import { getFormatter, getTranslations } from "next-intl/server";
import { TableFrame } from "@/components/ui/table-frame";
import { tableStyles } from "@/components/ui/table-styles";
import type { StaffKpiDetail } from "@/lib/kpis/queries";

const KNOWN = new Set(["create", "submit", "approve", "return", "withdraw", "publish", "supersede", "import"]);

/** The fields of a value a person cares about, in the order they read them; ids are left out. */
const FIELDS = ["state", "fiscalYear", "value", "status", "version", "evidenceUrl", "note"] as const;
type Field = (typeof FIELDS)[number];

const asRecord = (value: unknown): Record<string, unknown> => (typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {});

/** What changed, field by field: 「状態：提出済み → 承認済み」, not the audit row's raw JSON. */
function changes(before: unknown, after: unknown): { field: Field; from: unknown; to: unknown }[] {
  const [was, now] = [asRecord(before), asRecord(after)];
  return FIELDS.filter((field) => field in now && (!(field in was) || String(was[field]) !== String(now[field]))).map((field) => ({
    field,
    from: was[field],
    to: now[field],
  }));
}

/** The KPI's audit trail: who changed what, when, and from what to what. */
export async function StaffHistory({ history }: { history: StaffKpiDetail["history"] }) {
  const [t, tForm, tState, tStatus, format] = await Promise.all([
    getTranslations("kpiStaff.history"),
    getTranslations("kpiStaff.form"),
    getTranslations("kpiStaff.state"),
    getTranslations("dashboard.status"),
    getFormatter(),
  ]);
  const label = (field: Field) => (field === "state" ? t("stateField") : field === "version" ? t("versionField") : tForm(field));
  const show = (field: Field, value: unknown): string => {
    if (value === null || value === undefined || value === "") return "—";
    if (field === "state") return tState(String(value));
    if (field === "status") return tStatus(String(value));
    // An evidence address can be long: its host says enough here, the full link is on the value.
    if (field === "evidenceUrl") return URL.canParse(String(value)) ? new URL(String(value)).host : String(value);
    return String(value);
  };
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
                    <td className={`${tableStyles.td} text-dns-14N-130`}>
                      <ul className="flex flex-col gap-0.5">
                        {changes(h.before, h.after).map(({ field, from, to }) => (
                          <li key={field} className="whitespace-pre-line">
                            {label(field)}
                            {t("separator")}
                            {from === undefined ? show(field, to) : `${show(field, from)} → ${show(field, to)}`}
                          </li>
                        ))}
                      </ul>
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
