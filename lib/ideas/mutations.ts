import "server-only";
import { fail, ok, type ActionResult } from "../actions/result";
import { recordAudit } from "../audit/record";
import type { Actor } from "../auth/roles";
import { db } from "../db";
import { consume } from "../security/rate-limit";
import { isUniqueViolation } from "../db/errors";
import { notify } from "../notifications/notify";
import { canMoveIdea, isOpenIdea, type IdeaStatus } from "./rules";
import type { ReviewIdeaInput, SplitIdeaInput, SubmitIdeaInput } from "./schemas";

/**
 * A signed-in person submits an idea. Retrying with the same clientKey returns the first idea
 * instead of a second one (the database's unique (authorId, clientKey) decides).
 */
export async function submitIdea(author: Actor, input: SubmitIdeaInput): Promise<ActionResult<{ id: string }>> {
  if (!(await consume("ideaSubmit", author.id)).allowed) return fail("errors.rateLimited");
  const municipality = input.municipalityId
    ? await db.municipality.findUnique({ where: { id: input.municipalityId }, select: { id: true, areaId: true } })
    : null;
  if (input.municipalityId && !municipality) return fail("errors.checkFields", { municipalityId: ["errors.invalidChoice"] });
  const targets = await db.sdgTarget.findMany({ where: { code: { in: input.sdgTargets } }, select: { code: true, goalNumber: true } });
  if (targets.length !== input.sdgTargets.length) return fail("errors.checkFields", { sdgTargets: ["errors.sdgTargetInvalid"] });
  const cards = await db.issueCard.count({ where: { id: { in: input.issueCardIds }, hiddenAt: null } });
  if (cards !== input.issueCardIds.length) return fail("errors.checkFields", { issueCardIds: ["errors.invalidChoice"] });
  // A target implies its goal; a goal chosen without a target is tagged at goal level.
  const tags = [
    ...targets.map((target) => ({ goalNumber: target.goalNumber, targetCode: target.code })),
    ...input.sdgGoals.filter((goal) => !targets.some((target) => target.goalNumber === goal)).map((goalNumber) => ({ goalNumber, targetCode: null })),
  ];
  try {
    const id = await db.$transaction(async (tx) => {
      const idea = await tx.idea.create({
        data: {
          title: input.title,
          description: input.description,
          authorId: author.id,
          municipalityId: municipality?.id ?? null,
          areaId: municipality?.areaId ?? null,
          needs: input.needs,
          clientKey: input.clientKey ?? null,
          sdgTags: { create: tags },
          issueCards: { connect: input.issueCardIds.map((id) => ({ id })) },
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        actorId: author.id,
        action: "idea.submit",
        subjectType: "Idea",
        subjectId: idea.id,
        after: { title: input.title, municipalityId: municipality?.id ?? null, sdgGoals: input.sdgGoals, sdgTargets: input.sdgTargets, needs: input.needs },
      });
      return idea.id;
    });
    return ok({ id });
  } catch (error) {
    if (input.clientKey && isUniqueViolation(error)) {
      const first = await db.idea.findUnique({ where: { authorId_clientKey: { authorId: author.id, clientKey: input.clientKey } }, select: { id: true } });
      if (first) return ok({ id: first.id });
    }
    throw error;
  }
}

/**
 * Staff move an idea through the pipeline. Merging keeps provenance (IdeaLineage), and moving to
 * review makes it public. An answer written here stays a draft until publishAnswer.
 */
export async function reviewIdea(reviewer: Actor, input: ReviewIdeaInput, now = new Date()): Promise<ActionResult<{ status: IdeaStatus }>> {
  return db.$transaction(async (tx) => {
    // Lock the row: two reviewers deciding at once must not both win.
    await tx.$queryRaw`SELECT id FROM "Idea" WHERE id = ${input.ideaId} FOR UPDATE`;
    const idea = await tx.idea.findUnique({
      where: { id: input.ideaId },
      select: { id: true, status: true, authorId: true, title: true, publishedAt: true, hiddenAt: true },
    });
    if (!idea || idea.hiddenAt) return fail("errors.notFound");
    if (!canMoveIdea(idea.status, input.to)) return fail("errors.invalidTransition");
    if (input.to === "MERGED") {
      if (input.mergeIntoId === idea.id) return fail("errors.checkFields", { mergeIntoId: ["errors.cannotMergeIntoItself"] });
      const target = await tx.idea.findUnique({ where: { id: input.mergeIntoId }, select: { status: true } });
      if (!target || target.status === "MERGED" || target.status === "DECLINED") {
        return fail("errors.checkFields", { mergeIntoId: ["errors.invalidChoice"] });
      }
      await tx.ideaLineage.create({ data: { fromIdeaId: idea.id, toIdeaId: input.mergeIntoId as string, kind: "MERGED" } });
    }
    const answered = input.answer !== undefined;
    await tx.idea.update({
      where: { id: idea.id },
      data: {
        status: input.to,
        reviewerId: reviewer.id,
        declineReason: input.to === "DECLINED" ? input.declineReason : null,
        publishedAt: idea.publishedAt ?? (input.to === "DECLINED" ? null : now),
        ...(answered ? { answer: input.answer, answerPublishedAt: null } : {}),
      },
    });
    await recordAudit(tx, {
      actorId: reviewer.id,
      action: `idea.${input.to.toLowerCase()}`,
      subjectType: "Idea",
      subjectId: idea.id,
      before: { status: idea.status },
      after: { status: input.to, declineReason: input.declineReason ?? null, mergeIntoId: input.mergeIntoId ?? null, answer: input.answer ?? null },
    });
    return ok({ status: input.to });
  });
}

/** Publishes the written answer: the author sees it on their ideas page and is told. */
export async function publishAnswer(staff: Actor, ideaId: string, now = new Date()): Promise<ActionResult<undefined>> {
  return db.$transaction(async (tx) => {
    const idea = await tx.idea.findUnique({ where: { id: ideaId }, select: { id: true, title: true, status: true, authorId: true, answer: true, answerPublishedAt: true } });
    if (!idea) return fail("errors.notFound");
    if (!idea.answer) return fail("errors.noAnswer");
    if (idea.answerPublishedAt) return fail("errors.alreadyDecided");
    await tx.idea.update({ where: { id: idea.id }, data: { answerPublishedAt: now } });
    if (idea.authorId) {
      await notify(tx, { userId: idea.authorId, kind: "idea.answered", payload: { ideaId: idea.id, title: idea.title, status: idea.status } });
    }
    await recordAudit(tx, { actorId: staff.id, action: "idea.answer_publish", subjectType: "Idea", subjectId: idea.id, after: { answer: idea.answer } });
    return ok(undefined);
  });
}

/**
 * Splits a second proposal out of an open idea into a new idea under review, keeping the author,
 * place, SDGs, issue cards and workshop provenance, and recording "split from" in IdeaLineage.
 */
export async function splitIdea(staff: Actor, input: SplitIdeaInput, now = new Date()): Promise<ActionResult<{ id: string }>> {
  return db.$transaction(async (tx) => {
    const idea = await tx.idea.findUnique({
      where: { id: input.ideaId },
      select: {
        id: true,
        status: true,
        authorId: true,
        areaId: true,
        municipalityId: true,
        needs: true,
        workshopSessionId: true,
        workshopAuthors: true,
        isDemo: true,
        hiddenAt: true,
        sdgTags: { select: { goalNumber: true, targetCode: true } },
        issueCards: { select: { id: true } },
      },
    });
    if (!idea || idea.hiddenAt) return fail("errors.notFound");
    if (!isOpenIdea(idea.status)) return fail("errors.invalidTransition");
    const split = await tx.idea.create({
      data: {
        title: input.title,
        description: input.description,
        status: "UNDER_REVIEW",
        authorId: idea.authorId,
        areaId: idea.areaId,
        municipalityId: idea.municipalityId,
        needs: idea.needs,
        workshopSessionId: idea.workshopSessionId,
        workshopAuthors: idea.workshopAuthors,
        isDemo: idea.isDemo,
        reviewerId: staff.id,
        publishedAt: now,
        sdgTags: { create: idea.sdgTags.map((tag) => ({ goalNumber: tag.goalNumber, targetCode: tag.targetCode })) },
        issueCards: { connect: idea.issueCards },
      },
      select: { id: true },
    });
    await tx.ideaLineage.create({ data: { fromIdeaId: idea.id, toIdeaId: split.id, kind: "SPLIT" } });
    await recordAudit(tx, { actorId: staff.id, action: "idea.split", subjectType: "Idea", subjectId: idea.id, after: { splitInto: split.id, title: input.title } });
    return ok({ id: split.id });
  });
}
