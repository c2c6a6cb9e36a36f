import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "../db";
import type { SdgGoalInfo } from "../sdgs/goal-info";
import { listSdgGoals } from "../sdgs/queries";
import { fiscalYearOf } from "../dates/fiscal-year";
import { assessKpis, type PublicKpi } from "./assessment";
import { etagOf } from "../http/open-data-response";
import { apiMeta, toApiKpi, kpisToCsv } from "./open-data";

/** Every cached read of KPI data carries this tag; publishing a value expires it. */
export const KPI_CACHE_TAG = "kpis";

export interface DashboardData {
  asOfFiscalYear: number;
  generatedAt: string;
  kpis: PublicKpi[];
  goals: SdgGoalInfo[];
}

async function loadDashboardData(): Promise<DashboardData> {
  const now = new Date();
  const asOfFiscalYear = fiscalYearOf(now);
  const [kpis, goals] = await Promise.all([
    assessKpis(db, asOfFiscalYear),
    listSdgGoals(),
  ]);
  return { asOfFiscalYear, generatedAt: now.toISOString(), kpis, goals };
}

/**
 * The dashboard's data, from Next's data cache. unstable_cache rather than "use cache": the
 * latter needs `cacheComponents`, which would make every page that reads the session or the
 * locale cookie (all of them, through the layout) restructure around Suspense. The hour is only
 * a backstop for the fiscal-year roll-over; publishing expires the tag at once.
 */
export const getDashboardData = unstable_cache(loadDashboardData, ["kpi-dashboard-v1"], {
  tags: [KPI_CACHE_TAG],
  revalidate: 3600,
});

export interface SerialisedFeed {
  body: string;
  etag: string;
}

function serialised(body: string): SerialisedFeed {
  return { body, etag: etagOf(body) };
}

/**
 * The open-data JSON and CSV of every KPI, serialised and hashed once per change of the data. A
 * request then costs one cache read of two strings, not a walk of every series.
 */
export const getKpiFeeds = unstable_cache(
  async (): Promise<{ json: SerialisedFeed; csv: SerialisedFeed }> => {
    const data = await getDashboardData();
    return {
      json: serialised(JSON.stringify({ meta: apiMeta(data.kpis, data.asOfFiscalYear), data: data.kpis.map(toApiKpi) })),
      csv: serialised(kpisToCsv(data.kpis)),
    };
  },
  ["kpi-feeds-v1"],
  { tags: [KPI_CACHE_TAG], revalidate: 3600 },
);

export async function getPublicKpi(code: string): Promise<{ kpi: PublicKpi; data: DashboardData } | null> {
  const data = await getDashboardData();
  const kpi = data.kpis.find((k) => k.code === code);
  return kpi ? { kpi, data } : null;
}
