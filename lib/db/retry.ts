import { isTransientConflict } from "./errors";

/** Tries after the first: enough for a handful of requests racing for one row, few enough to answer fast. */
export const CONFLICT_RETRIES = 3;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs a transaction again when the database aborted it for a concurrent one (a deadlock or a
 * serialization failure), after a short random pause so the contenders do not collide again in
 * step. `work` must be a whole transaction with no effect outside it. When every try conflicts,
 * the last error is thrown for the caller to answer.
 */
export async function retryOnConflict<T>(work: () => Promise<T>, retries = CONFLICT_RETRIES): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= retries || !isTransientConflict(error)) throw error;
      await pause(5 + Math.random() * 20 * (attempt + 1));
    }
  }
}
