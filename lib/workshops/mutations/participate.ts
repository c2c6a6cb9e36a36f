import "server-only";
import { fail, ok, type ActionResult } from "../../actions/result";
import { recordAudit } from "../../audit/record";
import { db, type Tx } from "../../db";
import { isUniqueViolation } from "../../db/errors";
import type { PostType } from "../choices";
import type { IdeaInput, PicksInput } from "../schemas";
import { actorLabel, announce, requireAccepting, type ParticipantContext } from "./context";

/** Session 1: replaces the participant's picks (up to three goals) and their sentence. */
export async function submitPicks(participant: ParticipantContext, input: PicksInput): Promise<ActionResult<undefined>> {
  return db.$transaction(async (tx) => {
    const accepting = await requireAccepting(tx, participant.sessionId, "pick");
    if (!accepting.ok) return fail(accepting.error);
    await tx.sdgPick.deleteMany({ where: { participantId: participant.id } });
    await tx.sdgPick.createMany({ data: input.goals.map((goalNumber) => ({ sessionId: participant.sessionId, participantId: participant.id, goalNumber })) });
    if (input.reflection) {
      // A hidden sentence stays hidden when rewritten: moderation is the facilitator's call.
      await tx.sdgReflection.upsert({
        where: { participantId: participant.id },
        create: { participantId: participant.id, text: input.reflection },
        update: { text: input.reflection },
      });
    } else {
      await tx.sdgReflection.deleteMany({ where: { participantId: participant.id, hiddenAt: null } });
    }
    await announce(tx, participant.sessionId, "picks");
    return ok(undefined);
  });
}

/**
 * Runs `create` unless this participant already posted with this key. The unique index on
 * (participantId, clientKey) is what makes a retried POST safe; the lookup only spares the error.
 */
async function createOnce(
  find: () => Promise<{ id: string } | null>,
  create: () => Promise<ActionResult<{ id: string }>>,
): Promise<ActionResult<{ id: string; duplicate: boolean }>> {
  const earlier = await find();
  if (earlier) return ok({ id: earlier.id, duplicate: true });
  try {
    const result = await create();
    return result.ok ? ok({ id: result.data.id, duplicate: false }) : result;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const winner = await find();
    if (!winner) throw error;
    return ok({ id: winner.id, duplicate: true });
  }
}

/** Session 2: posts an issue card. */
export function postIssueCard(participant: ParticipantContext, input: { text: string; clientKey: string }) {
  return createOnce(
    () => db.issueCard.findUnique({ where: { participantId_clientKey: { participantId: participant.id, clientKey: input.clientKey } }, select: { id: true } }),
    () =>
      db.$transaction(async (tx) => {
        const accepting = await requireAccepting(tx, participant.sessionId, "card");
        if (!accepting.ok) return fail(accepting.error);
        const card = await tx.issueCard.create({
          data: { sessionId: participant.sessionId, participantId: participant.id, text: input.text, clientKey: input.clientKey },
          select: { id: true },
        });
        await announce(tx, participant.sessionId, "card");
        return ok(card);
      }),
  );
}

/** Session 2: a participant corrects their own card (never someone else's). */
export async function editIssueCard(participant: ParticipantContext, input: { cardId: string; text: string }): Promise<ActionResult<undefined>> {
  return db.$transaction(async (tx) => {
    const accepting = await requireAccepting(tx, participant.sessionId, "card");
    if (!accepting.ok) return fail(accepting.error);
    const card = await tx.issueCard.findFirst({ where: { id: input.cardId, sessionId: participant.sessionId, hiddenAt: null, mergedIntoId: null }, select: { participantId: true } });
    if (!card) return fail("workshopErrors.cardNotFound");
    if (card.participantId !== participant.id) return fail("workshopErrors.notYourPost");
    await tx.issueCard.update({ where: { id: input.cardId }, data: { text: input.text } });
    await announce(tx, participant.sessionId, "card");
    return ok(undefined);
  });
}

const visibleCard = (sessionId: string, id: string) => ({ id, sessionId, hiddenAt: null, mergedIntoId: null });

/** Session 2: links two cards cause → effect. Linking the same pair twice is a no-op. */
export async function linkIssueCards(participant: ParticipantContext, input: { fromCardId: string; toCardId: string }): Promise<ActionResult<undefined>> {
  try {
    return await db.$transaction(async (tx) => {
      const accepting = await requireAccepting(tx, participant.sessionId, "link");
      if (!accepting.ok) return fail(accepting.error);
      const found = await tx.issueCard.count({
        where: { OR: [visibleCard(participant.sessionId, input.fromCardId), visibleCard(participant.sessionId, input.toCardId)] },
      });
      if (found !== 2) return fail("workshopErrors.cardNotFound");
      await tx.issueLink.create({ data: { sessionId: participant.sessionId, participantId: participant.id, ...input } });
      await announce(tx, participant.sessionId, "link");
      return ok(undefined);
    });
  } catch (error) {
    if (isUniqueViolation(error)) return ok(undefined);
    throw error;
  }
}

/** Session 3: submits an idea that answers issue cards of the same series. */
export function postWorkshopIdea(participant: ParticipantContext, input: IdeaInput) {
  return createOnce(
    () => db.workshopIdea.findUnique({ where: { participantId_clientKey: { participantId: participant.id, clientKey: input.clientKey } }, select: { id: true } }),
    () =>
      db.$transaction(async (tx) => {
        const accepting = await requireAccepting(tx, participant.sessionId, "idea");
        if (!accepting.ok) return fail(accepting.error);
        const cards = await tx.issueCard.count({
          where: { id: { in: input.issueCardIds }, hiddenAt: null, mergedIntoId: null, session: { seriesId: accepting.session.seriesId } },
        });
        if (cards !== new Set(input.issueCardIds).size) return fail("workshopErrors.cardNotFound", { issueCardIds: ["workshopErrors.cardNotFound"] });
        const idea = await tx.workshopIdea.create({
          data: {
            sessionId: participant.sessionId,
            participantId: participant.id,
            title: input.title,
            description: input.description,
            needs: input.needs,
            clientKey: input.clientKey,
            issueCards: { connect: input.issueCardIds.map((id) => ({ id })) },
            sdgTags: { create: input.goals.map((goalNumber) => ({ goalNumber })) },
          },
          select: { id: true },
        });
        await announce(tx, participant.sessionId, "idea");
        return ok(idea);
      }),
  );
}

/** Whether a post of this type and id exists (visible or not) in the session. */
export async function postInSession(tx: Tx, sessionId: string, type: PostType, id: string): Promise<boolean> {
  switch (type) {
    case "ISSUE_CARD":
      return (await tx.issueCard.count({ where: { id, sessionId } })) === 1;
    case "WORKSHOP_IDEA":
      return (await tx.workshopIdea.count({ where: { id, sessionId } })) === 1;
    case "SDG_REFLECTION":
      return (await tx.sdgReflection.count({ where: { id, participant: { sessionId } } })) === 1;
  }
}

/** Anyone in the room may report a post; the facilitator decides (Gunma's anti-defamation ordinance). */
export async function reportPost(
  participant: ParticipantContext,
  input: { subjectType: PostType; subjectId: string; reason: string },
): Promise<ActionResult<undefined>> {
  return db.$transaction(async (tx) => {
    if (!(await postInSession(tx, participant.sessionId, input.subjectType, input.subjectId))) return fail("workshopErrors.postNotFound");
    const report = await tx.moderationReport.create({
      data: { subjectType: input.subjectType, subjectId: input.subjectId, reason: input.reason, reporterParticipantId: participant.id, reporterId: participant.userId },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: participant.userId,
      actorLabel: actorLabel(participant),
      action: "moderation_report.create",
      subjectType: input.subjectType,
      subjectId: input.subjectId,
      after: { reportId: report.id, reason: input.reason },
    });
    await announce(tx, participant.sessionId, "report");
    return ok(undefined);
  });
}
