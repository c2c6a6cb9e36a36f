// How long a failed sign-in makes the next attempt wait. Pure, so the boundaries are unit-tested.
//
// Guessing is slowed per pair of (address typed, client address): a stranger's failures only slow
// the stranger. A looser ceiling on the address typed, counted over every client, catches guessing
// spread over many clients; it only takes away the pair's free attempts, so it slows but never
// stops anyone, and a client that has not failed for this account is never made to wait at all.

/** Failures are remembered this long: far longer than the longest wait, so waiting out the window does not reset the count. */
export const THROTTLE_WINDOW_MS = 24 * 60 * 60 * 1000;
/** Failures a pair may make before it has to wait (typos happen). */
export const FREE_PAIR_FAILURES = 5;
/** Failures on one account, from all clients together, after which every failing pair waits at once. */
export const ACCOUNT_CEILING = 50;
const BASE_DELAY_SECONDS = 15;
export const MAX_DELAY_SECONDS = 15 * 60;

export interface ThrottleState {
  /** This pair's failures within the window. */
  pairFailures: number;
  /** The account's failures within the window, from every client. */
  accountFailures: number;
  /** When this pair last failed, or null. */
  lastPairFailureAt: Date | null;
}

/** The wait this pair has earned since its last failure, in seconds: 0, then doubling up to 15 minutes. */
export function pairDelaySeconds(pairFailures: number, accountFailures: number): number {
  const free = accountFailures >= ACCOUNT_CEILING ? 0 : FREE_PAIR_FAILURES;
  if (pairFailures <= free) return 0;
  const doublings = Math.min(pairFailures - free - 1, 16);
  return Math.min(BASE_DELAY_SECONDS * 2 ** doublings, MAX_DELAY_SECONDS);
}

/** 0 when an attempt may go ahead now; otherwise the seconds to wait. */
export function secondsUntilNextAttempt(state: ThrottleState, now: Date): number {
  if (state.lastPairFailureAt === null) return 0;
  const delay = pairDelaySeconds(state.pairFailures, state.accountFailures);
  const waited = (now.getTime() - state.lastPairFailureAt.getTime()) / 1000;
  return Math.max(0, Math.ceil(delay - waited));
}
