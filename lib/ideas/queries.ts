import "server-only";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";

/**
 * How many ideas each list of the review page shows, oldest first. Each open idea's form offers
 * the others as merge targets, so the page grows with the square of this number.
 */
export const REVIEW_QUEUE_SIZE = 20;

/** A person's own ideas, with the published answer where there is one. */
export async function listMyIdeas(authorId: string) {
  const ideas = await db.idea.findMany({
    where: { authorId },
    orderBy: { createdAt: "desc" },
    select: { id: true, title: true, status: true, answer: true, answerPublishedAt: true, createdAt: true },
  });
  return ideas.map(({ answer, answerPublishedAt, ...idea }) => ({ ...idea, answer: answerPublishedAt ? answer : null }));
}

/** The oldest ideas waiting for staff (with how many wait), accepted ideas not yet in a project, and answers not yet published. */
export async function listReviewQueue() {
  const openWhere = { status: { in: ["SUBMITTED", "UNDER_REVIEW"] }, hiddenAt: null } satisfies Prisma.IdeaWhereInput;
  const [open, openTotal, accepted, unpublishedAnswers] = await Promise.all([
    db.idea.findMany({
      where: openWhere,
      orderBy: { createdAt: "asc" },
      take: REVIEW_QUEUE_SIZE,
      select: {
        id: true,
        title: true,
        description: true,
        status: true,
        needs: true,
        createdAt: true,
        author: { select: { name: true, deletedAt: true } },
        workshopAuthors: true,
        municipality: { select: { nameJa: true } },
        sdgTags: { select: { goalNumber: true } },
      },
    }),
    db.idea.count({ where: openWhere }),
    db.idea.findMany({
      where: { status: "ACCEPTED", projects: { none: {} } },
      orderBy: { updatedAt: "asc" },
      take: REVIEW_QUEUE_SIZE,
      select: { id: true, title: true, description: true },
    }),
    db.idea.findMany({
      where: { answer: { not: null }, answerPublishedAt: null },
      orderBy: { updatedAt: "asc" },
      take: REVIEW_QUEUE_SIZE,
      select: { id: true, title: true, status: true, answer: true },
    }),
  ]);
  return { open, openTotal, accepted, unpublishedAnswers };
}
export type ReviewQueue = Awaited<ReturnType<typeof listReviewQueue>>;

/**
 * Issue cards from each area's finished workshops, for an idea to say which issues it answers.
 * Hidden and merged-away cards are left out; the newest sessions come first. Demo cards carry
 * their label in their text (prisma/seed/workshop-demo.ts).
 */
export async function listIssueCardChoices(perArea = 30) {
  const cards = await db.issueCard.findMany({
    where: { hiddenAt: null, mergedIntoId: null, session: { state: "CLOSED" } },
    orderBy: [{ session: { startsAt: "desc" } }, { createdAt: "asc" }],
    take: 1_000,
    select: { id: true, text: true, isDemo: true, session: { select: { series: { select: { areas: { select: { code: true } } } } } } },
  });
  const byArea = new Map<string, { id: string; text: string; isDemo: boolean }[]>();
  for (const card of cards) {
    for (const area of card.session.series.areas) {
      const list = byArea.get(area.code) ?? [];
      if (list.length < perArea) list.push({ id: card.id, text: card.text, isDemo: card.isDemo });
      byArea.set(area.code, list);
    }
  }
  return Object.fromEntries(byArea);
}
