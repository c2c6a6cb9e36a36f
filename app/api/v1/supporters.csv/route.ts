import { openDataResponse } from "@/lib/http/open-data-response";
import { CSV_CONTENT_TYPE, csvHeaders } from "@/lib/kpis/open-data";
import { supporterFigures } from "@/lib/supporters/figures";
import { supporterFiguresCsv } from "@/lib/supporters/open-data";

export const dynamic = "force-dynamic";

/** The same figures as a tidy CSV (UTF-8 with BOM), one row per cell. */
export async function GET(request: Request) {
  return openDataResponse(request, supporterFiguresCsv(await supporterFigures()), CSV_CONTENT_TYPE, csvHeaders("gunma-supporters.csv"));
}
