import "server-only";
import { cache } from "react";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { CATALOGUE_PAGE_SIZE, type CatalogueQuery } from "./catalogue-schema";
import { countsByKey } from "../db/relation-counts";
import { keywordMatch } from "../search/keyword";
import { knownName, PUBLIC_NAME_SELECT, publicName } from "../users/public-name";

const projectCard = {
  id: true,
  slug: true,
  titleJa: true,
  titleEn: true,
  summaryJa: true,
  summaryEn: true,
  kind: true,
  stage: true,
  isDemo: true,
  runningSince: true,
  updatedAt: true,
  area: { select: { code: true, nameJa: true, nameEn: true } },
  municipality: { select: { id: true, nameJa: true, nameEn: true } },
  sdgTags: { select: { goalNumber: true, targetCode: true } },
  needs: { where: { status: { not: "MET" } }, select: { kind: true, status: true } },
  // The latest visible photo, so a card shows the project as it looks now.
  updates: {
    where: { hiddenAt: null, photos: { some: { altText: { not: null } } } },
    orderBy: { publishedAt: "desc" },
    take: 1,
    select: { photos: { where: { altText: { not: null } }, take: 1, select: { storageKey: true, altText: true } } },
  },
} satisfies Prisma.ProjectSelect;

type Cheered = { _count: { reactions: number } };
export type ProjectCard = Prisma.ProjectGetPayload<{ select: typeof projectCard }> & Cheered;

/** The projects with how many cheers each has (lib/db/relation-counts.ts says why not `_count`). */
async function withCheerCounts<T extends { id: string }>(projects: T[]): Promise<(T & Cheered)[]> {
  if (projects.length === 0) return [];
  const rows = await db.reaction.groupBy({ by: ["projectId"], where: { projectId: { in: projects.map((p) => p.id) } }, _count: { _all: true } });
  const counts = countsByKey(rows, "projectId");
  return projects.map((project) => ({ ...project, _count: { reactions: counts.get(project.id) ?? 0 } }));
}

/** Published projects whose text contains the keyword, found through the search index. */
async function projectIdsMatching(q: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`SELECT p.id FROM "Project" p WHERE p."publishedAt" IS NOT NULL AND ${keywordMatch("project", "p", q)}`;
  return rows.map((row) => row.id);
}

function projectWhere(query: CatalogueQuery, keywordIds: string[] | null): Prisma.ProjectWhereInput {
  const and: Prisma.ProjectWhereInput[] = [{ publishedAt: { not: null } }];
  if (query.area) and.push({ area: { code: query.area } });
  if (query.municipality) and.push({ municipalityId: query.municipality });
  if (query.sdg) and.push({ sdgTags: { some: { goalNumber: query.sdg } } });
  if (query.stage) and.push({ stage: query.stage });
  if (query.need) and.push({ needs: { some: { kind: query.need, status: { not: "MET" } } } });
  if (keywordIds) and.push({ id: { in: keywordIds } });
  return { AND: and };
}

const ORDER: Record<CatalogueQuery["sort"], Prisma.ProjectOrderByWithRelationInput[]> = {
  newest: [{ createdAt: "desc" }, { id: "asc" }],
  cheered: [{ reactions: { _count: "desc" } }, { createdAt: "desc" }, { id: "asc" }],
  active: [{ updatedAt: "desc" }, { id: "asc" }],
};

/** One page of the public catalogue (湯けむり未来図鑑), with the total for the filters. */
export async function listCatalogueProjects(query: CatalogueQuery): Promise<{ projects: ProjectCard[]; total: number; pageCount: number }> {
  const where = projectWhere(query, query.q ? await projectIdsMatching(query.q) : null);
  const [page, total] = await Promise.all([
    db.project.findMany({ where, orderBy: ORDER[query.sort], skip: (query.page - 1) * CATALOGUE_PAGE_SIZE, take: CATALOGUE_PAGE_SIZE, select: projectCard }),
    db.project.count({ where }),
  ]);
  return { projects: await withCheerCounts(page), total, pageCount: Math.max(1, Math.ceil(total / CATALOGUE_PAGE_SIZE)) };
}

/** The filter choices: areas with their municipalities. */
export function listAreasWithMunicipalities() {
  return db.area.findMany({
    orderBy: { id: "asc" },
    select: { code: true, nameJa: true, nameEn: true, municipalities: { orderBy: { id: "asc" }, select: { id: true, code: true, nameJa: true, nameEn: true } } },
  });
}

/** Everything a project's public page shows: its story from ideas and workshops to today. */
// Per request: the page and its metadata both ask for it.
export const getProjectStory = cache(async function getProjectStory(slug: string) {
  const story = await db.project.findFirst({
    where: { slug, publishedAt: { not: null } },
    select: {
      ...projectCard,
      descriptionJa: true,
      sourceNote: true,
      sourceNoteEn: true,
      publishedAt: true,
      // The area's workshop series: where initiatives listed in the prefecture's deck came from.
      area: {
        select: {
          code: true,
          nameJa: true,
          nameEn: true,
          workshopSeries: { where: { isDemo: false }, orderBy: { year: "asc" }, select: { slug: true, titleJa: true, titleEn: true, year: true } },
        },
      },
      ideas: {
        select: {
          idea: {
            select: {
              id: true,
              title: true,
              workshopAuthors: true,
              workshopSession: { select: { number: true, kind: true, series: { select: { slug: true, titleJa: true, titleEn: true, year: true } } } },
            },
          },
        },
      },
      stageChanges: { orderBy: { changedAt: "asc" }, select: { id: true, fromStage: true, toStage: true, changedAt: true, note: true } },
      members: {
        select: {
          id: true,
          role: true,
          // Only people who chose a public profile are named; the others are counted.
          user: { select: PUBLIC_NAME_SELECT },
          organisation: { select: { name: true, nameEn: true, type: true } },
        },
      },
      needs: {
        orderBy: { openedAt: "asc" },
        select: { id: true, kind: true, titleJa: true, descriptionJa: true, fundingRoute: true, amountJpy: true, metAmountJpy: true, status: true },
      },
      updates: {
        where: { hiddenAt: null },
        orderBy: { publishedAt: "desc" },
        take: 20,
        select: { id: true, body: true, publishedAt: true, photos: { select: { storageKey: true, altText: true } } },
      },
      kpis: { select: { kpi: { select: { code: true, nameJa: true, nameEn: true } } } },
    },
  });
  if (!story) return null;
  const [cheered] = await withCheerCounts([story]);
  return { ...cheered!, members: story.members.map(({ user, ...member }) => ({ ...member, person: member.organisation ? null : publicName(user) })) };
});
export type ProjectStory = NonNullable<Awaited<ReturnType<typeof getProjectStory>>>;

/** Offers on a project's needs, for its lead and staff. */
export async function listOffersForProject(projectId: string) {
  const rows = await db.supportOffer.findMany({
    where: { projectId },
    orderBy: { createdAt: "desc" },
    select: { id: true, needId: true, message: true, amountJpy: true, status: true, createdAt: true, user: { select: { name: true, deletedAt: true } } },
  });
  return rows.map(({ user, ...offer }) => ({ ...offer, from: knownName(user) }));
}

/** The project's lead (キーマン), who may manage it alongside staff. */
export async function projectLeadId(projectId: string): Promise<string | null> {
  const lead = await db.projectMember.findFirst({ where: { projectId, role: "LEAD", userId: { not: null } }, select: { userId: true } });
  return lead?.userId ?? null;
}

export async function hasCheered(userId: string, projectId: string): Promise<boolean> {
  return (await db.reaction.count({ where: { userId, projectId, kind: "CHEER" } })) > 0;
}

export async function isFollowing(userId: string, projectId: string): Promise<boolean> {
  return (await db.projectFollower.count({ where: { userId, projectId } })) > 0;
}

/** KPIs a project can be linked to, in the plan's order. */
export function listKpiChoices() {
  return db.kpi.findMany({ orderBy: { sortOrder: "asc" }, select: { code: true, nameJa: true, nameEn: true } });
}
