"use client";

import dynamic from "next/dynamic";
import type { KpiChartProps } from "./kpi-chart";

/**
 * The KPI chart, fetched after the page has loaded: recharts is the largest library on the public
 * site, and the page's table, rendered on the server, already carries every number. The
 * placeholder keeps the chart's height, so nothing moves when it arrives.
 */
export const KpiChartLazy = dynamic<KpiChartProps>(() => import("./kpi-chart").then((m) => m.KpiChart), {
  ssr: false,
  loading: () => <div className="h-72 w-full md:h-96" aria-hidden="true" />,
});
