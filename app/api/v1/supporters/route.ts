import { openDataJson } from "@/lib/http/open-data-response";
import { supporterFigures } from "@/lib/supporters/figures";
import { supporterFiguresJson } from "@/lib/supporters/open-data";

export const dynamic = "force-dynamic";

/** Registered supporters (関係人口) by municipality, tie and residence, and their activities by month; cells under 5 suppressed. */
export async function GET(request: Request) {
  return openDataJson(request, supporterFiguresJson(await supporterFigures()));
}
