const MAX_FAILURES_BEFORE_LOCK = 5;
const BASE_LOCK_MS = 15 * 60 * 1000;
const MAX_LOCK_MS = 24 * 60 * 60 * 1000;

/** How long an account stays locked after this many failed sign-ins in a row: doubling, up to a day. */
export function lockDurationMs(failedCount: number): number {
  if (failedCount < MAX_FAILURES_BEFORE_LOCK) return 0;
  return Math.min(BASE_LOCK_MS * 2 ** (failedCount - MAX_FAILURES_BEFORE_LOCK), MAX_LOCK_MS);
}
