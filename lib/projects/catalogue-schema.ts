import { z } from "../validation/zod";
import { pageNumberSchema } from "../http/page-number";
import { NEED_KINDS } from "../ideas/choices";
import { PROJECT_STAGES } from "./rules";

export const CATALOGUE_SORTS = ["newest", "cheered", "active"] as const;
export const CATALOGUE_PAGE_SIZE = 24;

// Filters arrive from the address bar: anything malformed is dropped rather than refused, so a
// mistyped or stale link still shows the catalogue.
const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

export const CATALOGUE_VIEWS = ["projects", "ideas"] as const;

export const catalogueQuerySchema = z.object({
  /** Projects (the default) or the ideas behind them, with what became of each. */
  show: z.enum(CATALOGUE_VIEWS).catch("projects").default("projects"),
  // Control characters become spaces: PostgreSQL refuses a NUL byte in a text parameter.
  q: optional(
    z
      .string()
      .transform((text) => text.replace(/[\u0000-\u001f\u007f]+/g, " ").trim())
      .pipe(z.string().min(1).max(100)),
  ),
  area: optional(z.string().regex(/^[a-z0-9-]{1,40}$/)),
  municipality: optional(z.coerce.number().int().positive().max(10_000)),
  sdg: optional(z.coerce.number().int().min(1).max(17)),
  stage: optional(z.enum(PROJECT_STAGES)),
  need: optional(z.enum(NEED_KINDS)),
  sort: z.enum(CATALOGUE_SORTS).catch("newest").default("newest"),
  page: pageNumberSchema,
});
export type CatalogueQuery = z.infer<typeof catalogueQuerySchema>;

/** URLSearchParams or Next's searchParams object to a query; repeated keys take the first. */
export function parseCatalogueQuery(params: URLSearchParams | Record<string, string | string[] | undefined>): CatalogueQuery {
  const entries =
    params instanceof URLSearchParams
      ? [...params.keys()].map((key) => [key, params.get(key)] as const)
      : Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value] as const);
  return catalogueQuerySchema.parse(Object.fromEntries(entries.filter(([, value]) => value !== undefined && value !== "")));
}
