import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { MyBooking } from "@/lib/netsugen/queries";
import { jstClock } from "./clock";
import { TableFrame } from "@/components/ui/table-frame";

export interface BookingRow extends MyBooking {
  /** Who booked, for staff views only. */
  member?: string;
  project?: { slug: string; titleJa: string } | null;
}

/** Bookings as a table; `action` renders a per-row control (cancel, approve…). */
export function BookingTable({ bookings, caption, action }: { bookings: readonly BookingRow[]; caption: string; action?: (b: BookingRow, when: string) => ReactNode }) {
  const t = useTranslations("netsugen");
  const format = useFormatter();
  const locale = useLocale();
  const showMember = bookings.some((b) => b.member);
  return (
    <TableFrame label={caption}>
      <table className="w-full min-w-140 border-collapse text-left text-std-16N-170">
        <caption className="mb-2 text-left text-std-20B-150">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-solid-gray-420">
            <th scope="col" className="py-2 pr-4">{t("bookings.when")}</th>
            <th scope="col" className="py-2 pr-4">{t("bookings.space")}</th>
            {showMember && <th scope="col" className="py-2 pr-4">{t("bookings.member")}</th>}
            <th scope="col" className="py-2 pr-4">{t("bookings.status")}</th>
            {action && <th scope="col" className="py-2">{t("bookings.actions")}</th>}
          </tr>
        </thead>
        <tbody>
          {bookings.map((b) => {
            const when = `${format.dateTime(b.startsAt, { month: "long", day: "numeric", weekday: "short", timeZone: "Asia/Tokyo" })} ${jstClock(b.startsAt)}〜${jstClock(b.endsAt)}`;
            const space = locale === "ja" ? b.resource.nameJa : b.resource.nameEn;
            return (
              <tr key={b.id} className="border-b border-solid-gray-200 align-top">
                <td className="py-2 pr-4 tabular-nums">{when}</td>
                <td className="py-2 pr-4">
                  {space}
                  {b.purpose && <span className="block text-solid-gray-700">{b.purpose}</span>}
                  {b.project && <span className="block text-solid-gray-700">{b.project.titleJa}</span>}
                </td>
                {showMember && <td className="py-2 pr-4">{b.member}</td>}
                <td className="py-2 pr-4">
                  {t(`status.${b.status}`)}
                  {b.decisionNote && <span className="block text-solid-gray-700">{t("bookings.reason", { note: b.decisionNote })}</span>}
                </td>
                {action && <td className="py-2">{action(b, `${space} ${when}`)}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableFrame>
  );
}
