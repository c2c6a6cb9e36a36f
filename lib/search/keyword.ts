// Keyword search over Japanese and English text, one home for the catalogue's projects and ideas.
// The GIN indexes on search_bigrams(…) (migration 20261206001144_catalogue_scale_indexes) find the
// rows that hold every two-character piece of the keyword; ILIKE then confirms the match. A
// two-character keyword is the common case in Japanese, which a trigram index cannot serve.
import { Prisma } from "../generated/prisma/client";

/** The columns of each search index, in the index's order: a query must name them the same way. */
export const KEYWORD_COLUMNS = {
  project: ["titleJa", "titleEn", "summaryJa", "summaryEn", "descriptionJa"],
  idea: ["title", "description"],
  workshopIdea: ["title", "description"],
} as const;

/** `%word%` for ILIKE, with the pattern characters a visitor typed matched literally. */
export const containsPattern = (q: string) => `%${q.replace(/[\\%_]/g, "\\$&")}%`;

/** Rows of `alias` (a table of `table`'s columns) whose text contains `q`, ignoring case. */
export function keywordMatch(table: keyof typeof KEYWORD_COLUMNS, alias: string, q: string): Prisma.Sql {
  const columns = KEYWORD_COLUMNS[table].map((column) => Prisma.raw(`${alias}."${column}"`));
  const pattern = containsPattern(q);
  const contains = Prisma.sql`(${Prisma.join(columns.map((column) => Prisma.sql`${column} ILIKE ${pattern}`), " OR ")})`;
  // A one-character keyword has no pieces to look up: it is matched by ILIKE alone.
  if ([...q].length < 2) return contains;
  return Prisma.sql`search_bigrams(${Prisma.join(columns)}) @> search_bigrams(${q}::text) AND ${contains}`;
}
