/** The error next-auth passes to the sign-in form when an address has failed too often. */
export const SIGN_IN_RATE_LIMITED = "RateLimited";

/** The error for an account+address pair that must wait; it carries the seconds to wait. */
const WAIT_PREFIX = "Wait:";

export function signInWaitError(seconds: number): string {
  return `${WAIT_PREFIX}${Math.max(1, Math.ceil(seconds))}`;
}

/** The seconds in a wait error, or null for any other error. */
export function waitSecondsOf(error: string | null | undefined): number | null {
  if (!error?.startsWith(WAIT_PREFIX)) return null;
  const seconds = Number(error.slice(WAIT_PREFIX.length));
  return Number.isInteger(seconds) && seconds > 0 && seconds <= 24 * 60 * 60 ? seconds : null;
}
