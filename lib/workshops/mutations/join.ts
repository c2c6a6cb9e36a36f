import "server-only";
import { fail, ok, type ActionResult } from "../../actions/result";
import { recordAudit } from "../../audit/record";
import type { CurrentUser } from "../../auth/session";
import { db } from "../../db";
import { isUniqueViolation } from "../../db/errors";
import type { JoinInput } from "../schemas";
import { announce } from "./context";

/**
 * Joins an open session. Someone signed in joins with their account, once per session (a second
 * join returns the first participant, so a new phone keeps the same identity).
 */
export async function joinSession(
  sessionId: string,
  input: JoinInput,
  user: Pick<CurrentUser, "id"> | null,
): Promise<ActionResult<{ participantId: string }>> {
  if (user) {
    const existing = await db.workshopParticipant.findUnique({ where: { sessionId_userId: { sessionId, userId: user.id } }, select: { id: true } });
    if (existing) return ok({ participantId: existing.id });
  }
  try {
    return await db.$transaction(async (tx) => {
      const session = await tx.workshopSession.findUnique({ where: { id: sessionId }, select: { state: true, capacity: true } });
      if (!session) return fail("workshopErrors.invalidCode");
      if (session.state === "CLOSED") return fail("workshopErrors.closed");
      if (session.state !== "OPEN") return fail("workshopErrors.notOpenYet");
      // A soft cap: the hall's capacity, with room for a few late arrivals counted twice in a race.
      if ((await tx.workshopParticipant.count({ where: { sessionId } })) >= session.capacity) return fail("workshopErrors.full");
      const participant = await tx.workshopParticipant.create({
        data: {
          sessionId,
          userId: user?.id ?? null,
          nickname: input.nickname,
          affiliation: input.affiliation,
          consentedAt: input.consent ? new Date() : null,
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        actorId: user?.id ?? null,
        actorLabel: `participant:${participant.id}`,
        action: "workshop_participant.join",
        subjectType: "WorkshopSession",
        subjectId: sessionId,
        after: { participantId: participant.id, affiliation: input.affiliation, consent: input.consent },
      });
      await announce(tx, sessionId, "participant");
      return ok({ participantId: participant.id });
    });
  } catch (error) {
    // The same account joined from two phones at once: both get the one participant.
    if (user && isUniqueViolation(error)) {
      const existing = await db.workshopParticipant.findUniqueOrThrow({ where: { sessionId_userId: { sessionId, userId: user.id } } });
      return ok({ participantId: existing.id });
    }
    throw error;
  }
}
