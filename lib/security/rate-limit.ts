import "server-only";
// Rate limits on the doors people push hardest: sign-in, sign-up, mail sent on request, joining
// and posting in a workshop, accessibility feedback, and booking. rate-limiter-flexible keeps the counters in the database (the RateLimit
// table, through Prisma), so a limit holds across every app instance and survives a restart, on
// PGlite and PostgreSQL alike. If the database cannot be reached, a per-instance memory limiter
// stands in, so that a database outage never turns into "no limits at all".
import { RateLimiterMemory, RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "../db";
import { logger } from "../logging/logger";

interface LimitRule {
  /** How many in one window. */
  points: number;
  /** The window, in seconds. */
  duration: number;
}

export const RATE_LIMITS = {
  /** Failed sign-ins from one address over all accounts (each account+address pair is slowed separately: lib/auth/throttle.ts). */
  signInFailure: { points: 30, duration: 15 * 60 },
  /** New accounts from one address. */
  signUp: { points: 10, duration: 60 * 60 },
  /** Join attempts from one address, whatever the code: against guessing codes. A hall of phones
   * often shares one address, so this is generous; the seats one address takes in one session
   * are paced separately (workshopSeat). */
  workshopJoin: { points: 150, duration: 60 },
  /** New seats one address takes in one session. Scaled up with the session's capacity
   * (lib/workshops/rules/join-pace.ts); this is the floor, for small sessions. */
  workshopSeat: { points: 5, duration: 60 },
  /** Posts and votes by one participant: more than anyone types, far less than a stuck button. */
  workshopPost: { points: 20, duration: 10 },
  /** Accessibility feedback from one address: more than anyone has to say, far less than a script. */
  accessibilityFeedback: { points: 10, duration: 60 * 60 },
  /** Confirmation mails one account asks for again: enough for a lost mail, too few to flood an inbox. */
  confirmationMail: { points: 5, duration: 60 * 60 },
  /** Password reset requests from one address, whatever accounts they name. */
  passwordResetRequest: { points: 10, duration: 60 * 60 },
  /** Reset mails to one account: past this, requests are answered as usual but send nothing. */
  passwordResetMail: { points: 3, duration: 60 * 60 },
  /** Booking attempts by one member. */
  booking: { points: 30, duration: 10 * 60 },
  /** Comments by one account: a conversation's pace, not a script's. */
  comment: { points: 10, duration: 60 },
  /** Ideas by one account: a workshop's worth in an hour, not a flood. */
  ideaSubmit: { points: 30, duration: 60 * 60 },
  /** Offers of help by one account: each one mails a project's lead. */
  supportOffer: { points: 10, duration: 60 * 60 },
  /** Team invitations by one account: each one mails an address the inviter typed. */
  teamInvitation: { points: 20, duration: 60 * 60 },
  /** Event registrations by guests from one address: a family or a team, not a script filling the room. */
  eventGuestRegistration: { points: 10, duration: 60 * 60 },
  /** Reports by one account. */
  contentReport: { points: 20, duration: 60 * 60 },
} as const satisfies Record<string, LimitRule>;

export type LimitName = keyof typeof RATE_LIMITS;

const globalState = globalThis as typeof globalThis & { __yukemuriLimiters?: Map<string, RateLimiterPrisma> };
const limiters = (globalState.__yukemuriLimiters ??= new Map());

// One limiter per name and budget: a limit whose budget scales (seats per session) gets one per
// size in use, all sharing the name's key prefix, since their keys never overlap.
function limiterFor(name: LimitName, points: number): RateLimiterPrisma {
  const id = `${name}/${points}`;
  let limiter = limiters.get(id);
  if (!limiter) {
    const { duration } = RATE_LIMITS[name];
    limiter = new RateLimiterPrisma({
      storeClient: db,
      tableName: "rateLimit",
      keyPrefix: name,
      points,
      duration,
      insuranceLimiter: new RateLimiterMemory({ keyPrefix: `${name}-insurance`, points, duration }),
    });
    limiters.set(id, limiter);
  }
  return limiter;
}

export type LimitVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts one attempt under `name` for `key`; refused once the window's points are spent. `points`
 * overrides the declared budget for limits that scale with what they guard; one key must always
 * be consumed with the same budget.
 */
export async function consume(name: LimitName, key: string, points: number = RATE_LIMITS[name].points): Promise<LimitVerdict> {
  try {
    await limiterFor(name, points).consume(key);
    return { allowed: true };
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    // The limit's name only: its key is an address or an account, which logs do not keep.
    logger.warn({ event: "rate_limit.refused", limit: name }, "rate limit reached");
    return { allowed: false, retryAfterSeconds: Math.ceil(rejection.msBeforeNext / 1000) };
  }
}

/** Whether `key` still has points left, without spending one (for limits on failures only). */
export async function hasBudget(name: LimitName, key: string): Promise<LimitVerdict> {
  const state = await limiterFor(name, RATE_LIMITS[name].points).get(key);
  if (!state || state.consumedPoints < RATE_LIMITS[name].points) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.ceil(state.msBeforeNext / 1000) };
}
