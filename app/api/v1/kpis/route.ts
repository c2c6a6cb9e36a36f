import { cachedResponse } from "@/lib/kpis/open-data";
import { getKpiFeeds } from "@/lib/kpis/public";

/** Every KPI: indicator, series, baseline, milestones, published observations and grade. */
export async function GET(request: Request) {
  const { json } = await getKpiFeeds();
  return cachedResponse(request, json.body, "application/json; charset=utf-8", {}, json.etag);
}
