import "server-only";
import type { Tx } from "../../db";
import { publish } from "../../realtime";
import { allowsActivity, type Activity } from "../rules/stages";


/** A participant, as resolved from the signed cookie or the signed-in account. */
export interface ParticipantContext {
  id: string;
  sessionId: string;
  nickname: string;
  userId: string | null;
}

export const sessionTopic = (sessionId: string) => `workshop-session:${sessionId}`;

export function announce(tx: Tx, sessionId: string, kind: string): Promise<void> {
  return publish(tx, { topic: sessionTopic(sessionId), kind });
}

export const actorLabel = (participant: Pick<ParticipantContext, "id">) => `participant:${participant.id}`;

/**
 * The session, if it takes this kind of post now: open, submissions open, and the right session
 * of the three. Read inside the write's transaction, so a post racing "close submissions" loses.
 */
export async function requireAccepting(
  tx: Tx,
  sessionId: string,
  activity: Activity,
): Promise<{ ok: true; session: { id: string; seriesId: string; votesPerParticipant: number } } | { ok: false; error: string }> {
  const session = await tx.workshopSession.findUnique({
    where: { id: sessionId },
    select: { id: true, seriesId: true, kind: true, state: true, submissionsOpen: true, votesPerParticipant: true },
  });
  if (!session) return { ok: false, error: "workshopErrors.notFound" };
  if (session.state !== "OPEN") return { ok: false, error: "workshopErrors.closed" };
  if (!session.submissionsOpen) return { ok: false, error: "workshopErrors.submissionsClosed" };
  if (!allowsActivity(session.kind, activity)) return { ok: false, error: "workshopErrors.wrongSession" };
  return { ok: true, session };
}
