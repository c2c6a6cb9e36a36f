import { useLocale, useTranslations } from "next-intl";
import type { DayHours } from "@/lib/netsugen/rules/opening-hours";
import { jstRange } from "./clock";
import { useDayLabel } from "./day-label";
import { TableFrame } from "@/components/ui/table-frame";
import { dot, joinList } from "@/lib/i18n/punctuation";

/** "10:00〜21:00", or 「休館」 with the reason; several pieces when a closure splits the day. */
export function useHoursText() {
  const t = useTranslations("netsugen.public");
  const locale = useLocale();
  return (day: DayHours) => {
    if (day.open.length === 0) {
      const closure = day.closures[0];
      const reason = closure && (locale === "en" ? (closure.reasonEn ?? closure.reasonJa) : closure.reasonJa);
      return reason ? t("closure", { reason }) : t("closedAllDay");
    }
    return joinList(locale, day.open.map((i) => jstRange(i.start, i.end)));
  };
}

export function TodayHours({ day, openNow }: { day: DayHours; openNow: boolean }) {
  const t = useTranslations("netsugen.public");
  const dayType = useTranslations("netsugen.dayType");
  const locale = useLocale();
  const hoursText = useHoursText();
  const dayLabel = useDayLabel();
  return (
    <section aria-labelledby="netsugen-today" className="flex flex-col gap-3 rounded-12 border border-solid-gray-420 bg-white p-6">
      <h2 id="netsugen-today" className="text-std-20B-150">
        {t("today")}
      </h2>
      <p className="text-std-16N-170 text-solid-gray-700">
        {dayLabel(day.dateKey)}{dot(locale)}{dayType(day.dayType)}
      </p>
      <p className="text-std-28B-150 tabular-nums">{hoursText(day)}</p>
      <p className="text-std-17B-170">{openNow ? t("openNow") : t("closedNow")}</p>
      <p className="text-std-16N-170">{day.holiday ? t("holiday", { name: day.holiday.ja }) : t("notHoliday")}</p>
    </section>
  );
}

export function WeekHours({ week }: { week: readonly DayHours[] }) {
  const t = useTranslations("netsugen.public");
  const hoursText = useHoursText();
  const dayLabel = useDayLabel();
  return (
    <section aria-labelledby="netsugen-week" className="flex flex-col gap-3">
      <h2 id="netsugen-week" className="text-std-24B-150">
        {t("week")}
      </h2>
      <TableFrame label={t("week")}>
        <table className="w-full border-collapse text-left text-std-16N-170">
          <thead>
            <tr className="border-b-2 border-solid-gray-420">
              <th scope="col" className="py-2 pr-4">
                {t("dayColumn")}
              </th>
              <th scope="col" className="py-2">
                {t("hoursColumn")}
              </th>
            </tr>
          </thead>
          <tbody>
            {week.map((day) => (
              <tr key={day.dateKey} className="border-b border-solid-gray-200">
                <th scope="row" className="py-2 pr-4 font-normal">
                  {dayLabel(day.dateKey)}
                  {day.holiday && <span className="ml-2 text-std-16B-170 text-red-900">{day.holiday.ja}</span>}
                </th>
                <td className="py-2 tabular-nums">{hoursText(day)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
    </section>
  );
}
