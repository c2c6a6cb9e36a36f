/** The error next-auth passes to the sign-in form when an address has failed too often. */
export const SIGN_IN_RATE_LIMITED = "RateLimited";
