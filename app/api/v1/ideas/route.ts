import { OPEN_DATA_LICENCE } from "@/lib/http/licence";
import { openDataJson } from "@/lib/http/open-data-response";
import { listPublicIdeas } from "@/lib/ideas/public-queries";
import { parseCatalogueQuery } from "@/lib/projects/catalogue-schema";

export const dynamic = "force-dynamic";

/** GET /api/v1/ideas: published ideas and what became of each, paginated, with the catalogue's filters. */
export async function GET(request: Request) {
  const query = parseCatalogueQuery(new URL(request.url).searchParams);
  const { ideas, total, pageCount } = await listPublicIdeas(query);
  return openDataJson(request, { meta: { licence: OPEN_DATA_LICENCE, page: query.page, pageCount, total, filters: query }, data: ideas });
}
