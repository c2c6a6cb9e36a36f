import "server-only";
import { cookies } from "next/headers";
import { getCurrentUser } from "../auth/session";
import { db } from "../db";
import type { ParticipantContext } from "./mutations/context";
import { PARTICIPANT_COOKIE_MAX_AGE, participantCookieName, signParticipant, verifyParticipant } from "./participant-token";
import { setting } from "../env";

const select = { id: true, sessionId: true, nickname: true, userId: true } as const;

/** The participant id this phone's cookie names for this session, if the signature holds. */
export async function participantIdFromCookie(sessionId: string): Promise<string | null> {
  const jar = await cookies();
  return verifyParticipant(jar.get(participantCookieName(sessionId))?.value, sessionId);
}

/**
 * The participant someone already is in this session: the one their phone's signed cookie names,
 * else their account's. The cookie comes first, as the phone is what took part.
 */
export async function findParticipant(sessionId: string, who: { participantId: string | null; userId: string | null }): Promise<ParticipantContext | null> {
  if (who.participantId) {
    const participant = await db.workshopParticipant.findFirst({ where: { id: who.participantId, sessionId }, select });
    if (participant) return participant;
  }
  if (!who.userId) return null;
  return db.workshopParticipant.findUnique({ where: { sessionId_userId: { sessionId, userId: who.userId } }, select });
}

/** Who is posting in this session: the signed participant cookie, else the signed-in account's participant. */
export async function resolveParticipant(sessionId: string): Promise<ParticipantContext | null> {
  const fromCookie = await participantIdFromCookie(sessionId);
  if (fromCookie) {
    const participant = await findParticipant(sessionId, { participantId: fromCookie, userId: null });
    if (participant) return participant;
  }
  const user = await getCurrentUser();
  return user ? findParticipant(sessionId, { participantId: null, userId: user.id }) : null;
}

/** Sets the participant cookie, so the same phone rejoins as the same participant. */
export async function rememberParticipant(sessionId: string, participantId: string): Promise<void> {
  const jar = await cookies();
  jar.set(participantCookieName(sessionId), signParticipant(participantId, sessionId), {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    maxAge: PARTICIPANT_COOKIE_MAX_AGE,
    // As next-auth decides: a hall's laptop served over plain http on the LAN must still work.
    secure: (setting("NEXTAUTH_URL") ?? "").startsWith("https://"),
  });
}
