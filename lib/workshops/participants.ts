import "server-only";
import { cookies } from "next/headers";
import { getCurrentUser } from "../auth/session";
import { db } from "../db";
import type { ParticipantContext } from "./mutations/context";
import { PARTICIPANT_COOKIE_MAX_AGE, participantCookieName, signParticipant, verifyParticipant } from "./participant-token";

const select = { id: true, sessionId: true, nickname: true, userId: true } as const;

/** Who is posting in this session: the signed participant cookie, else the signed-in account's participant. */
export async function resolveParticipant(sessionId: string): Promise<ParticipantContext | null> {
  const jar = await cookies();
  const fromCookie = verifyParticipant(jar.get(participantCookieName(sessionId))?.value, sessionId);
  if (fromCookie) {
    const participant = await db.workshopParticipant.findFirst({ where: { id: fromCookie, sessionId }, select });
    if (participant) return participant;
  }
  const user = await getCurrentUser();
  if (!user) return null;
  return db.workshopParticipant.findUnique({ where: { sessionId_userId: { sessionId, userId: user.id } }, select });
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
    secure: (process.env.NEXTAUTH_URL ?? "").startsWith("https://"),
  });
}
