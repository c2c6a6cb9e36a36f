import { jsonNotFound, JSON_CONTENT_TYPE, openDataResponse } from "@/lib/http/open-data-response";
import { apiMeta, CSV_CONTENT_TYPE, csvHeaders, toApiKpi, kpisToCsv } from "@/lib/kpis/open-data";
import { getPublicKpi } from "@/lib/kpis/public";

const CODE = /^[a-z0-9-]{1,100}$/;

/**
 * One KPI by its code, e.g. /api/v1/kpis/ghg-emissions; with ?format=csv, the same tidy CSV as
 * /api/v1/kpis.csv for this KPI alone. Any other format is answered as JSON, as a missing one is.
 */
export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const found = CODE.test(code) ? await getPublicKpi(code) : null;
  if (!found) return jsonNotFound(`No KPI with the code ${JSON.stringify(code.slice(0, 100))}`);
  if (new URL(request.url).searchParams.get("format") === "csv") {
    return openDataResponse(request, kpisToCsv([found.kpi]), CSV_CONTENT_TYPE, csvHeaders(`gunma-sdgs-kpi-${found.kpi.code}.csv`));
  }
  const body = JSON.stringify({ meta: apiMeta([found.kpi], found.data.asOfFiscalYear), data: toApiKpi(found.kpi) });
  return openDataResponse(request, body, JSON_CONTENT_TYPE);
}
