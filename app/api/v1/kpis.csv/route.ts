import { openDataResponse } from "@/lib/http/open-data-response";
import { CSV_CONTENT_TYPE, csvHeaders } from "@/lib/kpis/open-data";
import { getKpiFeeds } from "@/lib/kpis/public";

/** The tidy CSV of every published observation, UTF-8 with BOM for Excel. The licence is in the headers. */
export async function GET(request: Request) {
  const { csv } = await getKpiFeeds();
  return openDataResponse(request, csv.body, CSV_CONTENT_TYPE, csvHeaders("gunma-sdgs-kpis.csv"), csv.etag);
}
