import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import type { Interval } from "@/lib/netsugen/rules/opening-hours";
import { jstRange } from "./clock";
import { useDayLabel } from "./day-label";
import { TableFrame } from "@/components/ui/table-frame";
import { joinList } from "@/lib/i18n/punctuation";

export interface WeekDay {
  dateKey: string;
  holiday: string | null;
  open: boolean;
  free: Interval[];
}

/** Seven days at a glance: the free periods of each day, linking to the day to book. */
export function WeekAvailability({ days, hrefFor }: { days: readonly WeekDay[]; hrefFor: (dateKey: string) => string }) {
  const t = useTranslations("netsugen.space");
  const locale = useLocale();
  const dayLabel = useDayLabel();
  return (
    <section aria-labelledby="week-availability" className="flex flex-col gap-2">
      <h2 id="week-availability" className="text-std-20B-150">
        {t("weekTitle")}
      </h2>
      <TableFrame label={t("weekTitle")}>
        <table className="w-full border-collapse text-left text-std-16N-170">
          <thead>
            <tr className="border-b-2 border-solid-gray-420">
              <th scope="col" className="py-2 pr-4">{t("dateLabel")}</th>
              <th scope="col" className="py-2">{t("free")}</th>
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.dateKey} className="border-b border-solid-gray-200 align-top">
                <th scope="row" className="py-2 pr-4 font-normal">
                  <Link href={hrefFor(d.dateKey)} className="text-blue-1000 underline underline-offset-3 hover:decoration-3">
                    {dayLabel(d.dateKey)}
                  </Link>
                  {d.holiday && <span className="ml-2 text-red-900">{d.holiday}</span>}
                </th>
                <td className="py-2 tabular-nums">
                  {!d.open ? t("closedShort") : d.free.length === 0 ? t("full") : joinList(locale, d.free.map((i) => jstRange(i.start, i.end)))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
    </section>
  );
}
