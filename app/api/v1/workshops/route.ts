import { OPEN_DATA_LICENCE } from "@/lib/http/licence";
import { pageNumberOf } from "@/lib/http/page-number";
import { openDataJson } from "@/lib/http/open-data-response";
import { publicWorkshops } from "@/lib/workshops/exports";

export const dynamic = "force-dynamic";

/** Public open data: series, newest first and paginated, with their sessions and outcomes. No personal data. */
export async function GET(request: Request) {
  const page = pageNumberOf(request);
  const { series, total, pageCount } = await publicWorkshops(page);
  return openDataJson(request, { meta: { licence: OPEN_DATA_LICENCE, page, pageCount, total }, series });
}
