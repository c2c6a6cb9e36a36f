import { getFormatter, getTranslations } from "next-intl/server";
import { tableStyles } from "@/components/ui/table-styles";
import type { countPlatformData } from "@/lib/users/queries";
import { TableFrame } from "@/components/ui/table-frame";

type Counts = Awaited<ReturnType<typeof countPlatformData>>;


export async function PlatformCounts({ counts }: { counts: Counts }) {
  const [t, format] = await Promise.all([getTranslations("staff"), getFormatter()]);
  return (
    <section aria-labelledby="overview-heading" className="flex flex-col gap-4">
      <h2 id="overview-heading" className="text-std-24B-150">
        {t("overview")}
      </h2>
      <TableFrame label={t("overview")}>
        <table className="w-full max-w-xl border-collapse">
          <caption className="sr-only">{t("overview")}</caption>
          <thead>
            <tr>
              <th scope="col" className={tableStyles.th}>{t("item")}</th>
              <th scope="col" className={`${tableStyles.th} text-right`}>{t("count")}</th>
            </tr>
          </thead>
          <tbody>
            {(Object.keys(counts) as (keyof Counts)[]).map((key) => (
              <tr key={key}>
                <th scope="row" className={`${tableStyles.td} text-left font-normal`}>{t(`counts.${key}`)}</th>
                <td className={`${tableStyles.td} ${tableStyles.num} text-right`}>{format.number(counts[key])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
    </section>
  );
}
