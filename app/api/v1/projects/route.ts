import { OPEN_DATA_LICENCE } from "@/lib/http/licence";
import { openDataJson } from "@/lib/http/open-data-response";
import { parseCatalogueQuery } from "@/lib/projects/catalogue-schema";
import { listCatalogueProjects } from "@/lib/projects/queries";

export const dynamic = "force-dynamic";

/** GET /api/v1/projects: the public catalogue, paginated, with the same filters as /zukan. */
export async function GET(request: Request) {
  const query = parseCatalogueQuery(new URL(request.url).searchParams);
  const { projects, total, pageCount } = await listCatalogueProjects(query);
  return openDataJson(request, {
    meta: { licence: OPEN_DATA_LICENCE, page: query.page, pageCount, total, filters: query },
    data: projects.map(({ id: _id, _count, needs, ...project }) => ({ ...project, cheers: _count.reactions, openNeeds: needs })),
  });
}
