import { JSON_CONTENT_TYPE, openDataResponse } from "@/lib/http/open-data-response";
import { getKpiFeeds } from "@/lib/kpis/public";

/** Every KPI: indicator, series, baseline, milestones, published observations and grade. */
export async function GET(request: Request) {
  const { json } = await getKpiFeeds();
  return openDataResponse(request, json.body, JSON_CONTENT_TYPE, {}, json.etag);
}
