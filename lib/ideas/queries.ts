import "server-only";
import { db } from "../db";

/** Municipalities grouped by area, for the idea form's select. */
export function listMunicipalityChoices() {
  return db.area.findMany({
    orderBy: { id: "asc" },
    select: { code: true, nameJa: true, nameEn: true, municipalities: { orderBy: { id: "asc" }, select: { id: true, nameJa: true, nameEn: true } } },
  });
}

/** A person's own ideas, with the published answer where there is one. */
export async function listMyIdeas(authorId: string) {
  const ideas = await db.idea.findMany({
    where: { authorId },
    orderBy: { createdAt: "desc" },
    select: { id: true, title: true, status: true, answer: true, answerPublishedAt: true, createdAt: true },
  });
  return ideas.map(({ answer, answerPublishedAt, ...idea }) => ({ ...idea, answer: answerPublishedAt ? answer : null }));
}

/** Ideas waiting for staff, oldest first, and accepted ideas not yet in a project. */
export async function listReviewQueue() {
  const [open, accepted] = await Promise.all([
    db.idea.findMany({
      where: { status: { in: ["SUBMITTED", "UNDER_REVIEW"] }, hiddenAt: null },
      orderBy: { createdAt: "asc" },
      take: 100,
      select: {
        id: true,
        title: true,
        description: true,
        status: true,
        needs: true,
        createdAt: true,
        author: { select: { name: true } },
        workshopAuthors: true,
        municipality: { select: { nameJa: true } },
        sdgTags: { select: { goalNumber: true } },
      },
    }),
    db.idea.findMany({
      where: { status: "ACCEPTED", projects: { none: {} } },
      orderBy: { updatedAt: "asc" },
      take: 100,
      select: { id: true, title: true, description: true },
    }),
  ]);
  return { open, accepted };
}
export type ReviewQueue = Awaited<ReturnType<typeof listReviewQueue>>;
