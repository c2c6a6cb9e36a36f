"use client";

import { useLocale, useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { TableFrame } from "@/components/ui/table-frame";

export interface UtilisationRow {
  slug: string;
  nameJa: string;
  nameEn: string;
  /** Monday first. */
  minutesByWeekday: number[];
}

// DADS chart colours, distinguishable in greyscale order too.
const COLOURS = ["#0017c1", "#e25100", "#259d63", "#8843e1", "#cf0000", "#00708c"];

/**
 * Booked hours per weekday and resource. The chart is a picture of the table under it; the table
 * is what screen readers and keyboard users get.
 */
export function UtilisationChart({ rows }: { rows: readonly UtilisationRow[] }) {
  const t = useTranslations("netsugenStaff.utilisation");
  const locale = useLocale();
  const days = t("weekdays").split(",");
  const name = (r: UtilisationRow) => (locale === "ja" ? r.nameJa : r.nameEn);
  const data = days.map((day, i) => Object.fromEntries([["day", day], ...rows.map((r) => [name(r), Math.round(((r.minutesByWeekday[i] ?? 0) / 60) * 10) / 10])]));
  return (
    <section aria-labelledby="utilisation" className="flex flex-col gap-3">
      <h2 id="utilisation" className="text-std-20B-150">
        {t("title")}
      </h2>
      <p className="text-std-16N-170 text-solid-gray-700">{t("lead")}</p>
      <div aria-hidden="true" className="h-72 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart accessibilityLayer={false} data={data}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="day" />
            <YAxis unit="h" allowDecimals={false} />
            <Tooltip />
            <Legend />
            {rows.map((r, i) => (
              <Bar key={r.slug} dataKey={name(r)} stackId="hours" fill={COLOURS[i % COLOURS.length]} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <TableFrame label={t("tableCaption")}>
        <table className="w-full min-w-140 border-collapse text-left text-std-16N-170 tabular-nums">
          <caption className="sr-only">{t("tableCaption")}</caption>
          <thead>
            <tr className="border-b-2 border-solid-gray-420">
              <th scope="col" className="py-2 pr-4">{t("resource")}</th>
              {days.map((d) => (
                <th key={d} scope="col" className="py-2 pr-2 text-right">{d}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.slug} className="border-b border-solid-gray-200">
                <th scope="row" className="py-2 pr-4 font-normal">{name(r)}</th>
                {days.map((d, i) => (
                  <td key={d} className="py-2 pr-2 text-right">{t("hours", { hours: Math.round(((r.minutesByWeekday[i] ?? 0) / 60) * 10) / 10 })}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
    </section>
  );
}
