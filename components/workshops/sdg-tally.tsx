"use client";

import { useLocale, useTranslations } from "next-intl";
import { Bar, BarChart, Cell, ResponsiveContainer, XAxis, YAxis } from "recharts";
import { tableStyles } from "@/components/ui/table-styles";
import { goalName, type SdgGoalInfo } from "./sdg-swatch";

/**
 * Session 1's live tally: a bar per goal in its official colour, and the same numbers as a table
 * (the chart's text alternative, read by screen readers and printed with the results).
 */
export function SdgTally({ tally, goals, dark = false }: { tally: { goal: number; count: number }[]; goals: SdgGoalInfo[]; dark?: boolean }) {
  const t = useTranslations("workshopLive");
  const locale = useLocale();
  const byNumber = new Map(goals.map((g) => [g.number, g]));
  const data = tally.map((row) => ({ ...row, label: String(row.goal), colour: byNumber.get(row.goal)?.colour ?? "#666" }));
  const ranked = [...tally].filter((r) => r.count > 0).sort((a, b) => b.count - a.count || a.goal - b.goal);
  const ink = dark ? "#ffffff" : "#1a1a1a";
  return (
    <div className="flex flex-col gap-6">
      <div aria-hidden="true" className="h-[50vh] min-h-72 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart accessibilityLayer={false} data={data} margin={{ top: 24, right: 8, bottom: 8, left: 0 }}>
            <XAxis dataKey="label" stroke={ink} tick={{ fill: ink, fontSize: dark ? 28 : 16, fontWeight: 700 }} interval={0} />
            <YAxis allowDecimals={false} stroke={ink} tick={{ fill: ink, fontSize: dark ? 24 : 14 }} width={48} />
            <Bar dataKey="count" isAnimationActive={false} label={{ position: "top", fill: ink, fontSize: dark ? 28 : 16, fontWeight: 700 }}>
              {data.map((row) => (
                <Cell key={row.goal} fill={row.colour} />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <table className={dark ? "w-full text-left text-3xl" : tableStyles.table}>
        <caption className={dark ? "sr-only" : "mb-2 text-left text-std-17B-170"}>{t("tallyTable")}</caption>
        <thead className={dark ? "sr-only" : undefined}>
          <tr>
            <th scope="col" className={dark ? undefined : tableStyles.th}>{t("goalCol")}</th>
            <th scope="col" className={dark ? undefined : tableStyles.th}>{t("countCol")}</th>
          </tr>
        </thead>
        <tbody>
          {ranked.length === 0 && (
            <tr>
              <td colSpan={2} className={dark ? "py-2" : tableStyles.td}>{t("noPosts")}</td>
            </tr>
          )}
          {ranked.slice(0, dark ? 5 : 17).map((row) => {
            const goal = byNumber.get(row.goal);
            return (
              <tr key={row.goal}>
                <th scope="row" className={dark ? "py-2 font-bold" : tableStyles.td}>
                  {row.goal}. {goal ? goalName(goal, locale) : ""}
                </th>
                <td className={dark ? "py-2 pl-6 font-bold" : tableStyles.td}>{row.count}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
