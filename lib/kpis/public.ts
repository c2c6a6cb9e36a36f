import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "../db";
import { fiscalYearOf } from "../dates/fiscal-year";
import { assessKpis, type PublicKpi } from "./assessment";

/** Every cached read of KPI data carries this tag; publishing a value expires it. */
export const KPI_CACHE_TAG = "kpis";

export interface SdgGoalInfo {
  number: number;
  nameJa: string;
  nameEn: string;
  colour: string;
}

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
    db.sdgGoal.findMany({ orderBy: { number: "asc" }, select: { number: true, nameJa: true, nameEn: true, colour: true } }),
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

export async function getPublicKpi(code: string): Promise<{ kpi: PublicKpi; data: DashboardData } | null> {
  const data = await getDashboardData();
  const kpi = data.kpis.find((k) => k.code === code);
  return kpi ? { kpi, data } : null;
}
