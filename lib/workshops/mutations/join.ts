import "server-only";
import { fail, ok, type ActionResult } from "../../actions/result";
import { recordAudit } from "../../audit/record";
import type { CurrentUser } from "../../auth/session";
import { db } from "../../db";
import { isUniqueViolation } from "../../db/errors";
import { consume, RATE_LIMITS } from "../../security/rate-limit";
import { findParticipant } from "../participants";
import { seatsPerAddress } from "../rules/join-pace";
import type { JoinInput } from "../schemas";
import { announce, type ParticipantContext } from "./context";

/** Who is asking to join: their account, the participant their phone's signed cookie names, their address. */
export interface Joiner {
  user: Pick<CurrentUser, "id"> | null;
  cookieParticipantId: string | null;
  address: string;
}

function refusal(session: { state: string } | null | undefined): string | null {
  if (!session) return "workshopErrors.invalidCode";
  if (session.state === "CLOSED") return "workshopErrors.closed";
  if (session.state !== "OPEN") return "workshopErrors.notOpenYet";
  return null;
}

/**
 * Joins an open session. A phone that joined before (its cookie) or an account that did (from any
 * phone) gets its participant back, votes already placed included, so joining again never brings
 * a second vote budget. New seats are paced per address (rules/join-pace.ts) and never exceed
 * the capacity, however many phones press "join" at the same moment.
 */
export async function joinSession(sessionId: string, input: JoinInput, joiner: Joiner): Promise<ActionResult<{ participantId: string }>> {
  const session = await db.workshopSession.findUnique({ where: { id: sessionId }, select: { state: true, capacity: true } });
  const refused = refusal(session);
  if (refused || !session) return fail(refused ?? "workshopErrors.invalidCode");
  const returning = await findParticipant(sessionId, { participantId: joiner.cookieParticipantId, userId: joiner.user?.id ?? null });
  if (returning) return welcomeBack(returning, input.nickname);
  // Accounts are not paced: the unique (session, account) pair already gives each one seat.
  if (!joiner.user) {
    const pace = seatsPerAddress(session.capacity, RATE_LIMITS.workshopSeat.points);
    if (!(await consume("workshopSeat", `${sessionId}:${joiner.address}`, pace)).allowed) return fail("workshopErrors.joinBusy");
  }
  try {
    return await db.$transaction(async (tx) => {
      // Locking the session's row makes parallel joins take turns, so each one counts the seats
      // the previous ones took (PGlite's one connection runs transactions one at a time anyway).
      const [locked] = await tx.$queryRaw<{ state: string; capacity: number }[]>`
        SELECT state::text AS state, capacity FROM "WorkshopSession" WHERE id = ${sessionId} FOR UPDATE`;
      const refusedNow = refusal(locked);
      if (refusedNow || !locked) return fail(refusedNow ?? "workshopErrors.invalidCode");
      if ((await tx.workshopParticipant.count({ where: { sessionId } })) >= locked.capacity) return fail("workshopErrors.full");
      const participant = await tx.workshopParticipant.create({
        data: {
          sessionId,
          userId: joiner.user?.id ?? null,
          nickname: input.nickname,
          affiliation: input.affiliation,
          consentedAt: input.consent ? new Date() : null,
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        actorId: joiner.user?.id ?? null,
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
    if (joiner.user && isUniqueViolation(error)) {
      const existing = await db.workshopParticipant.findUniqueOrThrow({ where: { sessionId_userId: { sessionId, userId: joiner.user.id } } });
      return ok({ participantId: existing.id });
    }
    throw error;
  }
}

/** The participant someone already is; a nickname typed anew on the join form replaces the old one. */
async function welcomeBack(participant: ParticipantContext, nickname: string): Promise<ActionResult<{ participantId: string }>> {
  if (participant.nickname !== nickname) await db.workshopParticipant.update({ where: { id: participant.id }, data: { nickname } });
  return ok({ participantId: participant.id });
}
