// Prisma's `_count` of a relation aggregates the whole related table, then joins it to the parents
// (prisma/orm#23669). Where the parents are one row found by its id, PostgreSQL pushes the id into
// the aggregate; for a page of parents it does not, and each request scans every cheer or vote
// ever made. Lists therefore count their own page's rows: one groupBy over the page's ids.

/** A groupBy's rows as a map from the grouped id to its count. An id with no rows counts 0 (absent). */
export function countsByKey<K extends string>(rows: readonly ({ [P in K]: string | null } & { _count: { _all: number } })[], key: K): Map<string, number> {
  return new Map(rows.flatMap((row) => (row[key] === null ? [] : [[row[key], row._count._all] as const])));
}
