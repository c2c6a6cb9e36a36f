import { jsonWithEtag, OPEN_DATA_LICENCE } from "@/lib/api/json";
import { publicWorkshops } from "@/lib/workshops/exports";

export const dynamic = "force-dynamic";

/** Public open data: series, sessions and their outcomes. No personal data. */
export async function GET(request: Request) {
  const series = await publicWorkshops();
  return jsonWithEtag(request, { meta: { licence: OPEN_DATA_LICENCE }, series });
}
