import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { db } from "../db";
import type { Role } from "./roles";
import { summariseUserAgent } from "./user-agent";

/** How long a session token lives unused (next-auth's maxAge). */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;
/** lastSeenAt is refreshed at most this often, so a busy page costs no write per request. */
const LAST_SEEN_RESOLUTION_MS = 5 * 60 * 1000;

type SessionWriter = Pick<Prisma.TransactionClient, "userSession">;

/** Records a new signed-in browser; its id goes into the session token. */
export async function startUserSession(userId: string, userAgent: string | null | undefined): Promise<string> {
  const session = await db.userSession.create({
    data: { userId, userAgent: summariseUserAgent(userAgent) },
    select: { id: true },
  });
  return session.id;
}

/** Ends one session (signing out). Someone else's session id changes nothing. */
export async function revokeUserSession(userId: string, sessionId: string, now = new Date()): Promise<void> {
  await db.userSession.updateMany({ where: { id: sessionId, userId, revokedAt: null }, data: { revokedAt: now } });
}

/** Ends every session of a person except `keep` (the browser asking), returning how many ended. */
export async function revokeOtherUserSessions(tx: SessionWriter, userId: string, keep: string | null, now = new Date()): Promise<number> {
  const result = await tx.userSession.updateMany({
    where: { userId, revokedAt: null, ...(keep ? { id: { not: keep } } : {}) },
    data: { revokedAt: now },
  });
  return result.count;
}

export interface LiveSession {
  userId: string;
  name: string;
  email: string;
  roles: Role[];
  emailConfirmed: boolean;
}

/**
 * The person behind a session token, if the session is still live: one lookup by primary key,
 * joined to the user, so a revoked session, a disabled or deleted account, or a role taken away
 * all take effect on the next request.
 */
export async function findLiveSession(sessionId: string, userId: string, now = new Date()): Promise<LiveSession | null> {
  const session = await db.userSession.findUnique({
    where: { id: sessionId },
    select: {
      userId: true,
      revokedAt: true,
      lastSeenAt: true,
      user: { select: { name: true, email: true, roles: true, emailConfirmedAt: true, disabledAt: true, deletedAt: true } },
    },
  });
  if (!session || session.userId !== userId || session.revokedAt !== null) return null;
  if (session.user.disabledAt !== null || session.user.deletedAt !== null) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > LAST_SEEN_RESOLUTION_MS) {
    await db.userSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { lastSeenAt: now } });
  }
  return { userId, name: session.user.name, email: session.user.email, roles: session.user.roles, emailConfirmed: session.user.emailConfirmedAt !== null };
}
