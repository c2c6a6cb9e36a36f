import "server-only";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { CATALOGUE_PAGE_SIZE, type CatalogueQuery } from "../projects/catalogue-schema";
import { PUBLIC_NAME_SELECT, publicNameOrNull } from "../users/public-name";

/**
 * Published ideas for the open API, whatever became of them: residents must be able to see
 * what happened to an idea, declined ones included. Authors are named only when they chose a
 * public profile; workshop nicknames are never published.
 */
export async function listPublicIdeas(query: CatalogueQuery) {
  const and: Prisma.IdeaWhereInput[] = [{ publishedAt: { not: null } }, { hiddenAt: null }];
  if (query.area) and.push({ area: { code: query.area } });
  if (query.municipality) and.push({ municipalityId: query.municipality });
  if (query.sdg) and.push({ sdgTags: { some: { goalNumber: query.sdg } } });
  if (query.need) {
    // Prisma's `has` on an enum array reaches PGlite as a malformed array literal
    // (pglite-prisma-adapter 0.7), so the match is made in SQL, identically on both databases.
    const matching = await db.$queryRaw<{ id: string }[]>`SELECT id FROM "Idea" WHERE ${query.need} = ANY ("needs"::text[])`;
    and.push({ id: { in: matching.map((row) => row.id) } });
  }
  if (query.q) and.push({ OR: [{ title: { contains: query.q, mode: "insensitive" } }, { description: { contains: query.q, mode: "insensitive" } }] });
  const where = { AND: and };
  const [rows, total] = await Promise.all([
    db.idea.findMany({
      where,
      orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
      skip: (query.page - 1) * CATALOGUE_PAGE_SIZE,
      take: CATALOGUE_PAGE_SIZE,
      select: {
        id: true,
        title: true,
        description: true,
        status: true,
        declineReason: true,
        answer: true,
        answerPublishedAt: true,
        needs: true,
        publishedAt: true,
        isDemo: true,
        author: { select: PUBLIC_NAME_SELECT },
        area: { select: { code: true } },
        municipality: { select: { code: true, nameJa: true } },
        sdgTags: { select: { goalNumber: true, targetCode: true } },
        workshopSession: { select: { number: true, series: { select: { slug: true } } } },
        lineageFrom: { select: { toIdeaId: true, kind: true } },
        projects: { select: { project: { select: { slug: true } } } },
      },
    }),
    db.idea.count({ where }),
  ]);
  const ideas = rows.map(({ author, answer, answerPublishedAt, lineageFrom, projects, ...idea }) => ({
    ...idea,
    author: publicNameOrNull(author),
    answer: answerPublishedAt ? answer : null,
    answerPublishedAt,
    mergedInto: lineageFrom.find((l) => l.kind === "MERGED")?.toIdeaId ?? null,
    projects: projects.map((p) => p.project.slug),
  }));
  return { ideas, total, pageCount: Math.max(1, Math.ceil(total / CATALOGUE_PAGE_SIZE)) };
}
