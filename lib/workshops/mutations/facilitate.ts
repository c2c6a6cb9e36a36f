import "server-only";
import { randomInt } from "node:crypto";
import { fail, ok, type ActionResult } from "../../actions/result";
import { recordAudit } from "../../audit/record";
import type { CurrentUser } from "../../auth/session";
import { db, type Tx } from "../../db";
import { isUniqueViolation } from "../../db/errors";
import { generateUniqueJoinCode } from "../rules/join-code";
import { isStageOf, STAGES } from "../rules/stages";
import type { PostType } from "../choices";
import { announce } from "./context";

type Actor = Pick<CurrentUser, "id">;

async function audited(tx: Tx, actor: Actor, action: string, subjectType: string, subjectId: string, before: object | null, after: object | null) {
  await recordAudit(tx, { actorId: actor.id, action, subjectType, subjectId, before: before ?? undefined, after: after ?? undefined });
}

/** Opens a session: a fresh join code (unique by index), submissions open, the first stage. */
export async function openSession(actor: Actor, sessionId: string): Promise<ActionResult<{ joinCode: string }>> {
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        const session = await tx.workshopSession.findUniqueOrThrow({ where: { id: sessionId }, select: { state: true, joinCode: true, kind: true } });
        if (session.state === "CLOSED") return fail("workshopErrors.closed");
        if (session.state === "OPEN" && session.joinCode) return ok({ joinCode: session.joinCode });
        const taken = new Set((await tx.workshopSession.findMany({ where: { joinCode: { not: null } }, select: { joinCode: true } })).map((s) => s.joinCode!));
        const joinCode = generateUniqueJoinCode(randomInt, taken);
        const stage = STAGES[session.kind][0]!;
        await tx.workshopSession.update({ where: { id: sessionId }, data: { state: "OPEN", joinCode, stage, submissionsOpen: true, openedAt: new Date() } });
        await audited(tx, actor, "workshop_session.open", "WorkshopSession", sessionId, { state: session.state }, { state: "OPEN", joinCode, stage });
        await announce(tx, sessionId, "session");
        return ok({ joinCode });
      });
    } catch (error) {
      // Another session took the same code between our read and our write: draw again.
      if (!isUniqueViolation(error)) throw error;
    }
  }
  return fail("errors.unexpected");
}

async function updateOpenSession(
  actor: Actor,
  sessionId: string,
  action: string,
  change: (session: { kind: "SDG_CARD_GAME" | "ISSUE_STRUCTURE" | "IDEATION"; stage: string | null; submissionsOpen: boolean }) => { data: { stage?: string; submissionsOpen?: boolean } } | { error: string },
): Promise<ActionResult<undefined>> {
  return db.$transaction(async (tx) => {
    const session = await tx.workshopSession.findUniqueOrThrow({ where: { id: sessionId }, select: { state: true, kind: true, stage: true, submissionsOpen: true } });
    if (session.state !== "OPEN") return fail("workshopErrors.closed");
    const decided = change(session);
    if ("error" in decided) return fail(decided.error);
    await tx.workshopSession.update({ where: { id: sessionId }, data: decided.data });
    await audited(tx, actor, action, "WorkshopSession", sessionId, { stage: session.stage, submissionsOpen: session.submissionsOpen }, decided.data);
    await announce(tx, sessionId, "session");
    return ok(undefined);
  });
}

export function setStage(actor: Actor, sessionId: string, stage: string) {
  return updateOpenSession(actor, sessionId, "workshop_session.stage", (s) => (isStageOf(s.kind, stage) ? { data: { stage } } : { error: "errors.invalidChoice" }));
}

export function setSubmissionsOpen(actor: Actor, sessionId: string, open: boolean) {
  return updateOpenSession(actor, sessionId, open ? "workshop_session.submissions_open" : "workshop_session.submissions_close", () => ({ data: { submissionsOpen: open } }));
}

/** Ends the session. The code stays with it, so /w/CODE explains that the session is over. */
export async function closeSession(actor: Actor, sessionId: string): Promise<ActionResult<undefined>> {
  return db.$transaction(async (tx) => {
    const session = await tx.workshopSession.findUniqueOrThrow({ where: { id: sessionId }, select: { state: true } });
    if (session.state === "CLOSED") return ok(undefined);
    await tx.workshopSession.update({ where: { id: sessionId }, data: { state: "CLOSED", submissionsOpen: false, closedAt: new Date() } });
    await audited(tx, actor, "workshop_session.close", "WorkshopSession", sessionId, { state: session.state }, { state: "CLOSED" });
    await announce(tx, sessionId, "session");
    return ok(undefined);
  });
}

/** Hides a post from every screen and closes the reports about it (kept in the database for the record). */
export async function hidePost(actor: Actor, sessionId: string, type: PostType, id: string): Promise<ActionResult<undefined>> {
  return db.$transaction(async (tx) => {
    const now = new Date();
    const where = { id, hiddenAt: null };
    const changed =
      type === "ISSUE_CARD"
        ? await tx.issueCard.updateMany({ where: { ...where, sessionId }, data: { hiddenAt: now } })
        : type === "WORKSHOP_IDEA"
          ? await tx.workshopIdea.updateMany({ where: { ...where, sessionId }, data: { hiddenAt: now } })
          : await tx.sdgReflection.updateMany({ where: { ...where, participant: { sessionId } }, data: { hiddenAt: now } });
    if (changed.count === 0) return fail("workshopErrors.postNotFound");
    // Dots on a hidden idea go back to their owners, who can no longer see it to move them.
    const released = type === "WORKSHOP_IDEA" ? (await tx.vote.deleteMany({ where: { workshopIdeaId: id } })).count : 0;
    await tx.moderationReport.updateMany({
      where: { subjectType: type, subjectId: id, status: "OPEN" },
      data: { status: "HIDDEN", resolvedById: actor.id, resolvedAt: now },
    });
    await audited(tx, actor, "workshop_post.hide", type, id, { hiddenAt: null }, { hiddenAt: now.toISOString(), votesReleased: released });
    await announce(tx, sessionId, "hide");
    return ok(undefined);
  });
}

/**
 * Merges a duplicate card into another: its links and answering ideas move to the kept card
 * (dropping the self-links and repeats this would make), and it leaves the board.
 */
export async function mergeIssueCards(actor: Actor, sessionId: string, cardId: string, intoCardId: string): Promise<ActionResult<undefined>> {
  return db.$transaction(async (tx) => {
    const cards = await tx.issueCard.findMany({
      where: { id: { in: [cardId, intoCardId] }, sessionId, hiddenAt: null, mergedIntoId: null },
      select: { id: true, ideas: { select: { id: true } } },
    });
    if (cards.length !== 2) return fail("workshopErrors.cardNotFound");
    const links = await tx.issueLink.findMany({ where: { sessionId }, select: { id: true, fromCardId: true, toCardId: true } });
    const key = (from: string, to: string) => `${from}→${to}`;
    const kept = new Set(links.filter((l) => l.fromCardId !== cardId && l.toCardId !== cardId).map((l) => key(l.fromCardId, l.toCardId)));
    for (const link of links.filter((l) => l.fromCardId === cardId || l.toCardId === cardId)) {
      const from = link.fromCardId === cardId ? intoCardId : link.fromCardId;
      const to = link.toCardId === cardId ? intoCardId : link.toCardId;
      if (from === to || kept.has(key(from, to))) {
        await tx.issueLink.delete({ where: { id: link.id } });
      } else {
        kept.add(key(from, to));
        await tx.issueLink.update({ where: { id: link.id }, data: { fromCardId: from, toCardId: to } });
      }
    }
    const ideas = cards.find((c) => c.id === cardId)!.ideas;
    if (ideas.length > 0) await tx.issueCard.update({ where: { id: intoCardId }, data: { ideas: { connect: ideas } } });
    await tx.issueCard.update({ where: { id: cardId }, data: { mergedIntoId: intoCardId } });
    await audited(tx, actor, "issue_card.merge", "IssueCard", cardId, { mergedIntoId: null }, { mergedIntoId: intoCardId });
    await announce(tx, sessionId, "merge");
    return ok(undefined);
  });
}

/** The facilitator links two cards cause → effect (participants can too); a repeat is a no-op. */
export async function linkCardsAsFacilitator(actor: Actor, sessionId: string, fromCardId: string, toCardId: string): Promise<ActionResult<undefined>> {
  try {
    return await db.$transaction(async (tx) => {
      const visible = await tx.issueCard.count({ where: { id: { in: [fromCardId, toCardId] }, sessionId, hiddenAt: null, mergedIntoId: null } });
      if (visible !== 2) return fail("workshopErrors.cardNotFound");
      const link = await tx.issueLink.create({ data: { sessionId, fromCardId, toCardId }, select: { id: true } });
      await audited(tx, actor, "issue_link.create", "IssueLink", link.id, null, { fromCardId, toCardId });
      await announce(tx, sessionId, "link");
      return ok(undefined);
    });
  } catch (error) {
    if (isUniqueViolation(error)) return ok(undefined);
    throw error;
  }
}

/** Groups ideas of the session under a label; an idea belongs to one cluster at a time. */
export async function clusterIdeas(actor: Actor, sessionId: string, label: string, ideaIds: string[]): Promise<ActionResult<{ id: string }>> {
  return db.$transaction(async (tx) => {
    const ids = [...new Set(ideaIds)];
    if ((await tx.workshopIdea.count({ where: { id: { in: ids }, sessionId, hiddenAt: null } })) !== ids.length) return fail("workshopErrors.ideaNotFound");
    const cluster = await tx.ideaCluster.create({ data: { sessionId, label }, select: { id: true } });
    await tx.workshopIdea.updateMany({ where: { id: { in: ids } }, data: { clusterId: cluster.id } });
    await audited(tx, actor, "idea_cluster.create", "IdeaCluster", cluster.id, null, { label, ideaIds: ids });
    await announce(tx, sessionId, "cluster");
    return ok(cluster);
  });
}

/**
 * Sends an idea into the pipeline as an Idea with its provenance: the workshop session, the
 * in-room idea, its author's nickname (and account, if any), its issue cards and SDG tags.
 * Shortlisting twice returns the same Idea (Idea.workshopIdeaId is unique).
 */
export async function shortlistIdea(actor: Actor, sessionId: string, workshopIdeaId: string): Promise<ActionResult<{ ideaId: string }>> {
  try {
    return await db.$transaction(async (tx) => {
      const idea = await tx.workshopIdea.findFirst({
        where: { id: workshopIdeaId, sessionId, hiddenAt: null },
        select: {
          title: true, description: true, needs: true, isDemo: true,
          participant: { select: { nickname: true, userId: true } },
          issueCards: { where: { hiddenAt: null }, select: { id: true } },
          sdgTags: { select: { goalNumber: true, targetCode: true } },
          pipelineIdea: { select: { id: true } },
          session: { select: { series: { select: { areas: { select: { id: true }, orderBy: { id: "asc" }, take: 1 } } } } },
        },
      });
      if (!idea) return fail("workshopErrors.ideaNotFound");
      if (idea.pipelineIdea) return ok({ ideaId: idea.pipelineIdea.id });
      const now = new Date();
      const created = await tx.idea.create({
        data: {
          title: idea.title,
          description: idea.description,
          needs: idea.needs,
          areaId: idea.session.series.areas[0]?.id ?? null,
          authorId: idea.participant?.userId ?? null,
          workshopSessionId: sessionId,
          workshopIdeaId,
          workshopAuthors: idea.participant ? [idea.participant.nickname] : [],
          isDemo: idea.isDemo,
          issueCards: { connect: idea.issueCards },
          sdgTags: { create: idea.sdgTags },
        },
        select: { id: true },
      });
      await tx.workshopIdea.update({ where: { id: workshopIdeaId }, data: { shortlistedAt: now } });
      await audited(tx, actor, "workshop_idea.shortlist", "WorkshopIdea", workshopIdeaId, null, { ideaId: created.id });
      await announce(tx, sessionId, "shortlist");
      return ok({ ideaId: created.id });
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const existing = await db.idea.findUniqueOrThrow({ where: { workshopIdeaId }, select: { id: true } });
    return ok({ ideaId: existing.id });
  }
}
