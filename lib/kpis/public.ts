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
 * What the public KPI data depends on: it changes with every publication and every correction. It
 * is part of the cache key, so a render that began before a publication and stores its result
 * after the tag was expired stores it under the old key, where no one reads it again; the next
 * request after publishing always sees the new value.
 */
async function publicationVersion(): Promise<string> {
  const [row] = await db.$queryRaw<{ published: bigint; last: Date | null }[]>`
    SELECT count(*) FILTER (WHERE "publishedAt" IS NOT NULL) AS published, max(GREATEST("publishedAt", "supersededAt")) AS last FROM "KpiObservation"`;
  return `${String(row?.published ?? 0)}:${row?.last?.toISOString() ?? "-"}`;
}

/**
 * The dashboard's data, from Next's data cache. unstable_cache rather than "use cache": the
 * latter needs `cacheComponents`, which would make every page that reads the session or the
 * locale cookie (all of them, through the layout) restructure around Suspense. The hour is only
 * a backstop for the fiscal-year roll-over; publishing changes the key and expires the tag at once.
 */
const cachedDashboardData = unstable_cache((_version: string) => loadDashboardData(), ["kpi-dashboard-v2"], {
  tags: [KPI_CACHE_TAG],
  revalidate: 3600,
});

export async function getDashboardData(): Promise<DashboardData> {
  return cachedDashboardData(await publicationVersion());
}

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
const cachedKpiFeeds = unstable_cache(
  async (version: string): Promise<{ json: SerialisedFeed; csv: SerialisedFeed }> => {
    const data = await cachedDashboardData(version);
    return {
      json: serialised(JSON.stringify({ meta: apiMeta(data.kpis, data.asOfFiscalYear), data: data.kpis.map(toApiKpi) })),
      csv: serialised(kpisToCsv(data.kpis)),
    };
  },
  ["kpi-feeds-v2"],
  { tags: [KPI_CACHE_TAG], revalidate: 3600 },
);

export async function getKpiFeeds(): Promise<{ json: SerialisedFeed; csv: SerialisedFeed }> {
  return cachedKpiFeeds(await publicationVersion());
}

export async function getPublicKpi(code: string): Promise<{ kpi: PublicKpi; data: DashboardData } | null> {
  const data = await getDashboardData();
  const kpi = data.kpis.find((k) => k.code === code);
  return kpi ? { kpi, data } : null;
}
