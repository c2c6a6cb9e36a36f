import { getFormatter, getTranslations } from "next-intl/server";
import type { listRecentAudit } from "@/lib/users/queries";
import { tableStyles } from "@/components/ui/table-styles";
import { TableFrame } from "@/components/ui/table-frame";

type Entry = Awaited<ReturnType<typeof listRecentAudit>>[number];

export async function AuditTable({ entries }: { entries: Entry[] }) {
  const [t, format] = await Promise.all([getTranslations("staff"), getFormatter()]);
  return (
    <section aria-labelledby="audit-heading" className="flex flex-col gap-4">
      <h2 id="audit-heading" className="text-std-24B-150">
        {t("recentAudit")}
      </h2>
      {entries.length === 0 ? (
        <p>{t("auditEmpty")}</p>
      ) : (
        <TableFrame label={t("recentAudit")}>
          <table className="w-full border-collapse">
            <caption className="sr-only">{t("recentAudit")}</caption>
            <thead>
              <tr>
                <th scope="col" className={tableStyles.th}>{t("auditAt")}</th>
                <th scope="col" className={tableStyles.th}>{t("auditActor")}</th>
                <th scope="col" className={tableStyles.th}>{t("auditAction")}</th>
                <th scope="col" className={tableStyles.th}>{t("auditSubject")}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id.toString()}>
                  <td className={`${tableStyles.td} ${tableStyles.num}`}>
                    <time dateTime={entry.at.toISOString()}>{format.dateTime(entry.at, { dateStyle: "medium", timeStyle: "short" })}</time>
                  </td>
                  <td className={tableStyles.td}>{entry.actor?.name ?? entry.actorLabel ?? t("system")}</td>
                  <td className={`${tableStyles.td} font-mono`}>{entry.action}</td>
                  <td className={`${tableStyles.td} font-mono whitespace-nowrap`}>
                    {entry.subjectType} {entry.subjectId}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      )}
    </section>
  );
}
