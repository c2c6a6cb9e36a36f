// Recognises the database errors that feature code turns into friendly answers. Driver adapters
// report the PostgreSQL SQLSTATE under meta.driverAdapterError.cause.originalCode.

interface ErrorWithCode {
  code?: unknown;
  message?: unknown;
  meta?: { driverAdapterError?: { cause?: { originalCode?: unknown; kind?: unknown } } };
}

function sqlState(error: unknown): string | undefined {
  const e = error as ErrorWithCode | null;
  const original = e?.meta?.driverAdapterError?.cause?.originalCode;
  if (typeof original === "string") return original;
  const match = typeof e?.message === "string" ? /\b(23[0-9A-Z]{3}|40001|40P01)\b/.exec(e.message) : null;
  return match?.[1];
}

/** A unique constraint rejected the row (Prisma P2002 / SQLSTATE 23505). */
export function isUniqueViolation(error: unknown): boolean {
  return (error as ErrorWithCode | null)?.code === "P2002" || sqlState(error) === "23505";
}

/** An exclusion constraint rejected the row (SQLSTATE 23P01), e.g. an overlapping booking. */
export function isExclusionViolation(error: unknown): boolean {
  return sqlState(error) === "23P01";
}

/** A CHECK constraint rejected the row (SQLSTATE 23514). */
export function isCheckViolation(error: unknown): boolean {
  return sqlState(error) === "23514";
}

/**
 * The database gave up on the transaction to let a concurrent one through: a serialization
 * failure (40001) or a deadlock (40P01). Nothing was written, and the same work may simply be tried
 * again. Two bookings racing for one slot can meet this way inside the exclusion constraint.
 */
export function isTransientConflict(error: unknown): boolean {
  const state = sqlState(error);
  return (error as ErrorWithCode | null)?.code === "P2034" || state === "40001" || state === "40P01";
}

/**
 * Every database connection stayed busy for longer than a request may wait: Prisma could not start
 * the transaction in time (P2028), or the pool gave no connection. Nothing was written; the person
 * can try again in a moment, and should be told so rather than shown a server error.
 */
export function isDatabaseBusy(error: unknown): boolean {
  const e = error as ErrorWithCode | null;
  const message = typeof e?.message === "string" ? e.message : "";
  return (e?.code === "P2028" && message.includes("Unable to start a transaction in the given time")) || message.includes("timeout exceeded when trying to connect");
}
