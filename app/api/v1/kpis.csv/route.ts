import { cachedResponse, LICENCE } from "@/lib/kpis/open-data";
import { getKpiFeeds } from "@/lib/kpis/public";

/** The tidy CSV of every published observation, UTF-8 with BOM for Excel. The licence is in the headers. */
export async function GET(request: Request) {
  const { csv } = await getKpiFeeds();
  return cachedResponse(
    request,
    csv.body,
    "text/csv; charset=utf-8; header=present",
    {
      "Content-Disposition": 'attachment; filename="gunma-sdgs-kpis.csv"',
      "X-License": `${LICENCE.id} (${LICENCE.compatibleWith} compatible) ${LICENCE.url}`,
    },
    csv.etag,
  );
}
