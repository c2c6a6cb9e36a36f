import { apiMeta, cachedResponse, toApiKpi } from "@/lib/kpis/open-data";
import { getDashboardData } from "@/lib/kpis/public";

/** Every KPI: indicator, series, baseline, milestones, published observations and grade. */
export async function GET(request: Request) {
  const data = await getDashboardData();
  const body = JSON.stringify({
    meta: apiMeta(data.kpis, data.asOfFiscalYear),
    data: data.kpis.map(toApiKpi),
  });
  return cachedResponse(request, body, "application/json; charset=utf-8");
}
