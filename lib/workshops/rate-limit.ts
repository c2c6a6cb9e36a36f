// A per-participant brake on posting: 60 phones hammering "submit" must not flood the board or
// the database. The memory store counts per app instance: with two instances behind one
// database a participant could get twice the budget, which is acceptable for a flood guard (the
// vote limit and idempotency are enforced by the database, not here).
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

const globalState = globalThis as typeof globalThis & { __yukemuriWorkshopLimiter?: RateLimiterMemory };

/** 20 writes per 10 seconds: more than anyone types, far less than a stuck button sends. */
const limiter = (globalState.__yukemuriWorkshopLimiter ??= new RateLimiterMemory({ keyPrefix: "workshop", points: 20, duration: 10 }));

/** Spends one point for this participant; false when they are over the limit. */
export async function takeParticipantToken(participantId: string): Promise<boolean> {
  try {
    await limiter.consume(participantId);
    return true;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return false;
    throw rejection;
  }
}
