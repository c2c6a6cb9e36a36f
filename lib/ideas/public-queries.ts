import "server-only";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { CATALOGUE_PAGE_SIZE, type CatalogueQuery } from "../projects/catalogue-schema";
import { keywordMatch } from "../search/keyword";
import { PUBLIC_NAME_SELECT, publicNameOrNull } from "../users/public-name";
import type { IdeaSource } from "./choices";

const sessionOrigin = {
  id: true,
  number: true,
  kind: true,
  state: true,
  series: { select: { slug: true, titleJa: true, titleEn: true, year: true, areas: { select: { code: true, nameJa: true, nameEn: true }, orderBy: { id: "asc" } } } },
} satisfies Prisma.WorkshopSessionSelect;

const pipelineSelect = {
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
  area: { select: { code: true, nameJa: true, nameEn: true } },
  municipality: { select: { code: true, nameJa: true, nameEn: true } },
  sdgTags: { select: { goalNumber: true, targetCode: true }, orderBy: { goalNumber: "asc" } },
  workshopSession: { select: sessionOrigin },
  lineageFrom: { select: { toIdeaId: true, kind: true } },
  projects: { select: { project: { select: { slug: true } } } },
} satisfies Prisma.IdeaSelect;

const workshopSelect = {
  id: true,
  title: true,
  description: true,
  needs: true,
  isDemo: true,
  sdgTags: { select: { goalNumber: true, targetCode: true }, orderBy: { goalNumber: "asc" } },
  session: { select: { ...sessionOrigin, closedAt: true, endsAt: true } },
} satisfies Prisma.WorkshopIdeaSelect;

const and = (conditions: Prisma.Sql[]) => Prisma.join(conditions, " AND ");

/** Published, visible pipeline ideas (alias i) matching the filters. */
function pipelineConditions(query: CatalogueQuery): Prisma.Sql {
  const where = [Prisma.sql`i."publishedAt" IS NOT NULL`, Prisma.sql`i."hiddenAt" IS NULL`];
  if (query.area) where.push(Prisma.sql`i."areaId" = (SELECT a.id FROM "Area" a WHERE a.code = ${query.area})`);
  if (query.municipality) where.push(Prisma.sql`i."municipalityId" = ${query.municipality}`);
  if (query.sdg) where.push(Prisma.sql`EXISTS (SELECT 1 FROM "SdgTag" t WHERE t."ideaId" = i.id AND t."goalNumber" = ${query.sdg})`);
  if (query.need) where.push(Prisma.sql`${query.need} = ANY (i."needs"::text[])`);
  if (query.q) where.push(keywordMatch("idea", "i", query.q));
  return and(where);
}

/**
 * Workshop ideas (alias w, session s) that a session's public results page shows: the session
 * has ended (CLOSED) and no facilitator hid the idea. One that was shortlisted is listed once, as
 * its pipeline Idea, when that is published; if staff hid that Idea, the workshop idea goes too.
 * A series serves its areas, so an area or a municipality in one of them matches its ideas.
 */
function workshopConditions(query: CatalogueQuery): Prisma.Sql {
  const where = [
    Prisma.sql`s.state = 'CLOSED'`,
    Prisma.sql`w."hiddenAt" IS NULL`,
    Prisma.sql`NOT EXISTS (SELECT 1 FROM "Idea" p WHERE p."workshopIdeaId" = w.id AND (p."publishedAt" IS NOT NULL OR p."hiddenAt" IS NOT NULL))`,
  ];
  if (query.area) {
    where.push(Prisma.sql`EXISTS (SELECT 1 FROM "_AreaToWorkshopSeries" sa JOIN "Area" a ON a.id = sa."A" WHERE sa."B" = s."seriesId" AND a.code = ${query.area})`);
  }
  if (query.municipality) {
    where.push(Prisma.sql`EXISTS (SELECT 1 FROM "_AreaToWorkshopSeries" sa JOIN "Municipality" m ON m."areaId" = sa."A" WHERE sa."B" = s."seriesId" AND m.id = ${query.municipality})`);
  }
  if (query.sdg) where.push(Prisma.sql`EXISTS (SELECT 1 FROM "SdgTag" t WHERE t."workshopIdeaId" = w.id AND t."goalNumber" = ${query.sdg})`);
  if (query.need) where.push(Prisma.sql`${query.need} = ANY (w."needs"::text[])`);
  if (query.q) where.push(keywordMatch("workshopIdea", "w", query.q));
  return and(where);
}

/**
 * Both kinds in one list, newest first: a pipeline idea by when it was published, a workshop
 * idea by when its session ended. Only (source, id, listed_at) travel through the UNION; the page's
 * rows are then read by id, so a page costs the same however many ideas there are.
 */
function listed(query: CatalogueQuery): Prisma.Sql {
  return Prisma.sql`
    SELECT 'pipeline' AS source, i.id, i."publishedAt" AS listed_at FROM "Idea" i WHERE ${pipelineConditions(query)}
    UNION ALL
    SELECT 'workshop' AS source, w.id, COALESCE(s."closedAt", s."endsAt") AS listed_at
      FROM "WorkshopIdea" w JOIN "WorkshopSession" s ON s.id = w."sessionId"
      WHERE ${workshopConditions(query)}`;
}

async function countListed(query: CatalogueQuery): Promise<number> {
  const [row] = await db.$queryRaw<{ total: number }[]>`SELECT COUNT(*)::int AS total FROM (${listed(query)}) AS listed`;
  return row?.total ?? 0;
}

/**
 * Public ideas for the 未来図鑑's アイデア tab and the open API, whatever became of them:
 * residents must be able to see what happened to an idea, declined ones included, and what the
 * workshops produced. Authors are named only when they chose a public profile; workshop
 * nicknames are never published.
 */
export async function listPublicIdeas(query: CatalogueQuery) {
  // One pass over the matches gives the page and, on each of its rows, the total.
  const page = await db.$queryRaw<{ source: IdeaSource; id: string; total: number }[]>`
    SELECT source, id, (COUNT(*) OVER ())::int AS total FROM (${listed(query)}) AS listed
    ORDER BY listed_at DESC, source ASC, id ASC
    LIMIT ${CATALOGUE_PAGE_SIZE} OFFSET ${(query.page - 1) * CATALOGUE_PAGE_SIZE}`;
  // Past the last page no row carries the total.
  const total = page[0]?.total ?? (query.page > 1 ? await countListed(query) : 0);
  const idsOf = (source: IdeaSource) => page.filter((row) => row.source === source).map((row) => row.id);
  const [pipeline, workshop] = await Promise.all([
    idsOf("pipeline").length > 0 ? db.idea.findMany({ where: { id: { in: idsOf("pipeline") } }, select: pipelineSelect }) : [],
    idsOf("workshop").length > 0 ? db.workshopIdea.findMany({ where: { id: { in: idsOf("workshop") } }, select: workshopSelect }) : [],
  ]);
  const byKey = new Map<string, PublicIdea>([
    ...pipeline.map((idea) => [`pipeline:${idea.id}`, fromPipeline(idea)] as const),
    ...workshop.map((idea) => [`workshop:${idea.id}`, fromWorkshop(idea)] as const),
  ]);
  // A row removed between the two reads is left out rather than shown half.
  const ideas = page.flatMap((row) => byKey.get(`${row.source}:${row.id}`) ?? []);
  return { ideas, total, pageCount: Math.max(1, Math.ceil(total / CATALOGUE_PAGE_SIZE)) };
}

type PipelineRow = Prisma.IdeaGetPayload<{ select: typeof pipelineSelect }>;
type WorkshopRow = Prisma.WorkshopIdeaGetPayload<{ select: typeof workshopSelect }>;
type SessionOrigin = Prisma.WorkshopSessionGetPayload<{ select: typeof sessionOrigin }>;

/** One idea as the tab and the API show it; fields that only the pipeline has are null for workshop ideas. */
export interface PublicIdea {
  source: IdeaSource;
  id: string;
  title: string;
  description: string;
  status: PipelineRow["status"] | null;
  declineReason: PipelineRow["declineReason"];
  answer: string | null;
  answerPublishedAt: Date | null;
  needs: PipelineRow["needs"];
  /** When it became public: published by staff, or the end of its workshop session. */
  publishedAt: Date;
  isDemo: boolean;
  author: ReturnType<typeof publicNameOrNull>;
  area: { code: string; nameJa: string; nameEn: string } | null;
  municipality: { code: string; nameJa: string; nameEn: string } | null;
  sdgTags: { goalNumber: number; targetCode: string | null }[];
  /** The workshop session it came from, with its series and areas; null for ideas submitted on the site. */
  workshopSession: SessionOrigin | null;
  mergedInto: string | null;
  projects: string[];
}

function fromPipeline({ author, answer, answerPublishedAt, lineageFrom, projects, publishedAt, ...idea }: PipelineRow): PublicIdea {
  return {
    source: "pipeline",
    ...idea,
    // The query lists published ideas only.
    publishedAt: publishedAt!,
    author: publicNameOrNull(author),
    answer: answerPublishedAt ? answer : null,
    answerPublishedAt,
    mergedInto: lineageFrom.find((l) => l.kind === "MERGED")?.toIdeaId ?? null,
    projects: projects.map((p) => p.project.slug),
  };
}

function fromWorkshop({ session: { closedAt, endsAt, ...session }, ...idea }: WorkshopRow): PublicIdea {
  const [area] = session.series.areas;
  return {
    source: "workshop",
    ...idea,
    status: null,
    declineReason: null,
    answer: null,
    answerPublishedAt: null,
    publishedAt: closedAt ?? endsAt,
    author: null,
    area: area ?? null,
    municipality: null,
    workshopSession: session,
    mergedInto: null,
    projects: [],
  };
}
