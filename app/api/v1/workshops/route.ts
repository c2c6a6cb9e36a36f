import { OPEN_DATA_LICENCE } from "@/lib/http/licence";
import { openDataJson } from "@/lib/http/open-data-response";
import { publicWorkshops } from "@/lib/workshops/exports";

export const dynamic = "force-dynamic";

/** Public open data: series, sessions and their outcomes. No personal data. */
export async function GET(request: Request) {
  const series = await publicWorkshops();
  return openDataJson(request, { meta: { licence: OPEN_DATA_LICENCE }, series });
}
