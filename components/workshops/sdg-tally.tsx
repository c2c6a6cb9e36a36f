"use client";

import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Bar, BarChart, Cell, ResponsiveContainer, XAxis, YAxis } from "recharts";
import { tableStyles } from "@/components/ui/table-styles";
import { TableFrame } from "@/components/ui/table-frame";
import { goalName } from "./sdg-swatch";
import type { SdgGoalInfo } from "@/lib/sdgs/goal-info";

/**
 * Session 1's live tally: a bar per goal in its official colour, and the same numbers as a table
 * (the chart's text alternative, read by screen readers and printed with the results).
 * `dark` is the projector: the top three beside `aside` (the latest reflections), and below them
 * the chart, which takes the height that is left so that everything fits on one screen.
 */
export function SdgTally({ tally, goals, dark = false, aside }: { tally: { goal: number; count: number }[]; goals: SdgGoalInfo[]; dark?: boolean; aside?: ReactNode }) {
  const t = useTranslations("workshopLive");
  const locale = useLocale();
  const byNumber = new Map(goals.map((g) => [g.number, g]));
  const data = tally.map((row) => ({ ...row, label: String(row.goal), colour: byNumber.get(row.goal)?.colour ?? "#666" }));
  const ranked = [...tally].filter((r) => r.count > 0).sort((a, b) => b.count - a.count || a.goal - b.goal);
  const ink = dark ? "#ffffff" : "#1a1a1a";
  // On the projector the ranking is a cell of the screen's grid; elsewhere it scrolls in its frame.
  const table = (
    <table className={dark ? "w-full table-fixed self-start text-left" : tableStyles.table}>
      <caption className={dark ? "sr-only" : "mb-2 text-left text-std-17B-170"}>{t("tallyTable")}</caption>
      {dark && (
        <colgroup>
          <col />
          <col className="w-28" />
        </colgroup>
      )}
      <thead className={dark ? "sr-only" : undefined}>
        <tr>
          <th scope="col" className={dark ? undefined : tableStyles.th}>{t("goalCol")}</th>
          <th scope="col" className={dark ? undefined : `${tableStyles.th} text-right`}>{t("countCol")}</th>
        </tr>
      </thead>
      <tbody>
        {ranked.length === 0 && (
          <tr>
            <td colSpan={2} className={dark ? "py-2" : tableStyles.td}>{t("noPosts")}</td>
          </tr>
        )}
        {ranked.slice(0, dark ? 3 : 17).map((row) => {
          const goal = byNumber.get(row.goal);
          return (
            <tr key={row.goal}>
              <th scope="row" className={dark ? "py-1 align-top font-bold" : `${tableStyles.td} text-left font-normal`}>
                <span className={dark ? "line-clamp-2" : undefined}>
                  {row.goal}. {goal ? goalName(goal, locale) : ""}
                </span>
              </th>
              <td className={dark ? "py-1 pl-4 text-right align-top font-bold tabular-nums" : `${tableStyles.td} ${tableStyles.num} text-right`}>{row.count}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
  return (
    <div className={dark ? "grid h-full min-h-0 grid-cols-1 gap-x-12 gap-y-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)] lg:grid-rows-[auto_minmax(0,1fr)]" : "flex flex-col gap-6"}>
      <div aria-hidden="true" className={dark ? "order-last h-[40vh] w-full lg:col-span-2 lg:h-auto lg:min-h-48" : "h-[50vh] min-h-72 w-full"}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart accessibilityLayer={false} data={data} margin={{ top: dark ? 48 : 24, right: 8, bottom: 8, left: 0 }}>
            <XAxis dataKey="label" stroke={ink} tick={{ fill: ink, fontSize: dark ? 40 : 12, fontWeight: 700 }} interval={0} height={dark ? 56 : 30} />
            <YAxis allowDecimals={false} stroke={ink} tick={{ fill: ink, fontSize: dark ? 32 : 14 }} width={dark ? 72 : 48} />
            <Bar dataKey="count" isAnimationActive={false} label={{ position: "top", fill: ink, fontSize: dark ? 40 : 16, fontWeight: 700 }}>
              {data.map((row) => (
                <Cell key={row.goal} fill={row.colour} />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      {dark ? table : <TableFrame label={t("tallyTable")}>{table}</TableFrame>}
      {aside}
    </div>
  );
}
