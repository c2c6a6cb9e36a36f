"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

// Colours from the DADS palette, distinguishable in greyscale by order and by the table beside
// every chart, which carries the same numbers for screen readers.
const SERIES_COLOURS = ["#0017C1", "#259D63", "#FB5B01", "#7F19DD", "#C5A600", "#00A3BF", "#595959"];

export interface BarSeries {
  key: string;
  label: string;
}

/** A bar chart that is decoration for sighted users: the figures are in the table next to it. */
export function AnalyticsBarChart({ data, categoryKey, series, stacked = false }: { data: Record<string, string | number>[]; categoryKey: string; series: BarSeries[]; stacked?: boolean }) {
  return (
    <div aria-hidden="true" className="h-72 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey={categoryKey} tick={{ fontSize: 14 }} />
          <YAxis allowDecimals={false} tick={{ fontSize: 14 }} />
          <Tooltip />
          {series.length > 1 && <Legend />}
          {series.map((s, index) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} stackId={stacked ? "all" : undefined} fill={SERIES_COLOURS[index % SERIES_COLOURS.length]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
