"use client";

import { CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Scatter, Tooltip, XAxis, YAxis } from "recharts";
import type { SeriesRow } from "@/lib/kpis/chart-data";

export interface KpiChartProps {
  rows: SeriesRow[];
  labels: { baseline: string; actual: string; milestone: string; expected: string; description: string; axis: string };
  /** The series' published precision: ticks and tooltips never show more decimals than the plan does. */
  decimals: number;
  /** The id of the table with the same numbers. */
  tableId: string;
  locale: string;
}

// A palette that stays apart for colour-blind readers; each line also differs by dash and marker.
const COLOURS = { actual: "#0031D8", expected: "#666666", milestone: "#C74700", baseline: "#000000" };

/** Baseline, actuals, milestones and the expected path. The table next to it is the accessible twin. */
export function KpiChart({ rows, labels, tableId, locale, decimals }: KpiChartProps) {
  const format = (v: number) => new Intl.NumberFormat(locale === "en" ? "en-GB" : "ja-JP", { maximumFractionDigits: decimals }).format(v);
  const data = rows.map((r) => ({ ...r, year: locale === "en" ? `FY${r.fiscalYear}` : `${r.fiscalYear}年度` }));
  // A line with no point would still claim a place in the legend.
  const has = (key: "baseline" | "expected" | "milestone") => rows.some((r) => r[key] !== null);
  return (
    <figure className="flex flex-col gap-2">
      <div role="img" aria-label={labels.description} aria-describedby={tableId} className="h-72 w-full md:h-96">
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart accessibilityLayer={false} data={data} margin={{ top: 24, right: 16, bottom: 8, left: 8 }}>
            <CartesianGrid stroke="#D9D9D9" strokeDasharray="3 3" />
            <XAxis dataKey="year" tick={{ fontSize: 12 }} />
            <YAxis
              tickFormatter={format}
              tick={{ fontSize: 12 }}
              width={80}
              domain={["auto", "auto"]}
              label={labels.axis ? { value: labels.axis, position: "top", offset: 10, fontSize: 12, fill: "#333333" } : undefined}
            />
            <Tooltip formatter={(v) => (typeof v === "number" ? format(v) : String(v))} />
            <Legend />
            {has("expected") && <Line name={labels.expected} dataKey="expected" stroke={COLOURS.expected} strokeDasharray="6 4" dot={false} connectNulls isAnimationActive={false} />}
            <Line name={labels.actual} dataKey="actual" stroke={COLOURS.actual} strokeWidth={3} dot={{ r: 5 }} connectNulls isAnimationActive={false} />
            {has("milestone") && <Scatter name={labels.milestone} dataKey="milestone" fill={COLOURS.milestone} shape="diamond" isAnimationActive={false} />}
            {has("baseline") && <Scatter name={labels.baseline} dataKey="baseline" fill={COLOURS.baseline} shape="square" isAnimationActive={false} />}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="text-dns-14N-130 text-solid-gray-800">{labels.description}</figcaption>
    </figure>
  );
}
