import "server-only";
import { fail, ok, type ActionResult } from "../../actions/result";
import { db } from "../../db";
import { planVote, retryState, votesLeft, type VoteOperation } from "../rules/votes";
import { announce, requireAccepting, type ParticipantContext } from "./context";

/**
 * Applies one dot-voting step. The participant's row is locked first (SELECT … FOR UPDATE), so
 * parallel requests from one phone queue up and each sees the dots the previous one placed: the
 * limit holds under concurrency on PostgreSQL, and on PGlite, whose one connection runs
 * transactions one at a time anyway.
 */
export async function vote(participant: ParticipantContext, operation: VoteOperation & { seen?: number }): Promise<ActionResult<{ left: number }>> {
  return db.$transaction(async (tx) => {
    const accepting = await requireAccepting(tx, participant.sessionId, "vote");
    if (!accepting.ok) return fail(accepting.error);
    await tx.$queryRaw`SELECT id FROM "WorkshopParticipant" WHERE id = ${participant.id} FOR UPDATE`;
    const targets = operation.kind === "move" ? [operation.toIdeaId] : operation.kind === "add" ? [operation.ideaId] : [];
    if (targets.length > 0) {
      const visible = await tx.workshopIdea.count({ where: { id: { in: targets }, sessionId: participant.sessionId, hiddenAt: null } });
      if (visible !== targets.length) return fail("workshopErrors.ideaNotFound");
    }
    const placed = (await tx.vote.findMany({ where: { participantId: participant.id }, select: { workshopIdeaId: true } })).map((v) => v.workshopIdeaId);
    const retry = retryState(placed, operation, operation.seen);
    if (retry === "done") return ok({ left: votesLeft(placed, accepting.session.votesPerParticipant) });
    if (retry === "stale") return fail("workshopErrors.voteChanged");
    const plan = planVote(placed, accepting.session.votesPerParticipant, operation);
    if (!plan.ok) return fail(`workshopErrors.${plan.error}`);
    for (const ideaId of plan.remove) {
      const one = await tx.vote.findFirstOrThrow({ where: { participantId: participant.id, workshopIdeaId: ideaId }, select: { id: true } });
      await tx.vote.delete({ where: { id: one.id } });
    }
    for (const ideaId of plan.add) await tx.vote.create({ data: { participantId: participant.id, workshopIdeaId: ideaId } });
    await announce(tx, participant.sessionId, "vote");
    return ok({ left: votesLeft([...placed, ...plan.add].slice(plan.remove.length), accepting.session.votesPerParticipant) });
  });
}
