import "server-only";
import { cache } from "react";
import { db } from "../db";
import { countsByKey } from "../db/relation-counts";
import type { Prisma } from "../generated/prisma/client";

// Every query here leaves out hidden posts and merged cards (see board.ts).
const sessionSelect = {
  id: true, number: true, kind: true, state: true, stage: true, submissionsOpen: true, votesPerParticipant: true,
  joinCode: true, startsAt: true, endsAt: true, venueJa: true, venueEn: true, capacity: true, isDemo: true, seriesId: true,
  series: { select: { slug: true, titleJa: true, titleEn: true, year: true } },
  facilitators: { select: { id: true } },
} as const;

export async function findSessionByCode(code: string) {
  return db.workshopSession.findUnique({ where: { joinCode: code }, select: sessionSelect });
}

// Cached per request: the page and its metadata both ask.
export const findSession = cache(async function findSession(id: string) {
  return db.workshopSession.findUnique({ where: { id }, select: sessionSelect });
});

export type SessionSummary = NonNullable<Awaited<ReturnType<typeof findSession>>>;

export { getBoard, type Board, type BoardIdea } from "./board";
import { getBoard } from "./board";

/** Who took part, by affiliation: seed 002 asks how to widen participation, so it is measured. */
export async function participationByAffiliation(where: { sessionId?: string; seriesId?: string }) {
  const rows = await db.workshopParticipant.groupBy({
    by: ["affiliation"],
    where: where.sessionId ? { sessionId: where.sessionId } : { session: { seriesId: where.seriesId } },
    _count: { _all: true },
  });
  return rows.map((r) => ({ affiliation: r.affiliation, count: r._count._all })).sort((a, b) => b.count - a.count);
}

/** Reports still waiting for the facilitator, with the text reported (if still visible). */
export async function openReports(sessionId: string) {
  const board = await getBoard(sessionId);
  if (!board) return [];
  const texts = new Map<string, string>([
    ...board.cards.map((c) => [c.id, c.text] as const),
    ...board.ideas.map((i) => [i.id, i.title] as const),
    ...board.reflections.map((r) => [r.id, r.text] as const),
  ]);
  const reports = await db.moderationReport.findMany({
    where: { status: "OPEN", subjectId: { in: [...texts.keys()] } },
    select: { id: true, subjectType: true, subjectId: true, reason: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  });
  return reports.map((r) => ({ ...r, text: texts.get(r.subjectId) ?? "" }));
}

export async function listSeries() {
  return db.workshopSeries.findMany({
    select: {
      id: true, slug: true, titleJa: true, titleEn: true, year: true, isDemo: true,
      areas: { select: { nameJa: true, nameEn: true }, orderBy: { id: "asc" } },
      sessions: {
        select: { id: true, number: true, kind: true, state: true, startsAt: true, endsAt: true, venueJa: true, venueEn: true, joinCode: true, isDemo: true, facilitators: { select: { id: true } }, _count: { select: { participants: true } } },
        orderBy: { number: "asc" },
      },
    },
    orderBy: [{ year: "desc" }, { slug: "asc" }],
  });
}

export async function facilitatorChoices() {
  const users = await db.user.findMany({ where: { disabledAt: null }, select: { id: true, name: true, roles: true }, orderBy: { name: "asc" } });
  return users.filter((u) => u.roles.includes("FACILITATOR")).map(({ id, name }) => ({ id, name }));
}

export async function areaChoices() {
  return db.area.findMany({ select: { id: true, nameJa: true, nameEn: true }, orderBy: { id: "asc" } });
}

/** A series with each session's visible counts, for its public results page. */
export const findSeriesResults = cache(async function findSeriesResults(slug: string) {
  const series = await db.workshopSeries.findUnique({
    where: { slug },
    select: {
      id: true, slug: true, titleJa: true, titleEn: true, year: true, isDemo: true,
      sessions: {
        select: { id: true, number: true, kind: true, state: true, startsAt: true, endsAt: true, venueJa: true, venueEn: true },
        orderBy: { number: "asc" },
      },
    },
  });
  if (!series) return null;
  const [sessions, participation, projects] = await Promise.all([
    withVisibleCounts(series.sessions),
    participationByAffiliation({ seriesId: series.id }),
    listProjectsFromSeries(series),
  ]);
  return { ...series, sessions, participation, projects };
});

/** Each session with its participants and visible cards and ideas, counted per page (lib/db/relation-counts.ts). */
async function withVisibleCounts<T extends { id: string }>(sessions: T[]) {
  const sessionId = { in: sessions.map((session) => session.id) };
  const [participantRows, cardRows, ideaRows] = await Promise.all([
    db.workshopParticipant.groupBy({ by: ["sessionId"], where: { sessionId }, _count: { _all: true } }),
    db.issueCard.groupBy({ by: ["sessionId"], where: { sessionId, hiddenAt: null, mergedIntoId: null }, _count: { _all: true } }),
    db.workshopIdea.groupBy({ by: ["sessionId"], where: { sessionId, hiddenAt: null }, _count: { _all: true } }),
  ]);
  const participants = countsByKey(participantRows, "sessionId");
  const issueCards = countsByKey(cardRows, "sessionId");
  const ideas = countsByKey(ideaRows, "sessionId");
  return sessions.map((session) => ({
    ...session,
    _count: { participants: participants.get(session.id) ?? 0, issueCards: issueCards.get(session.id) ?? 0, ideas: ideas.get(session.id) ?? 0 },
  }));
}

/**
 * Published projects a series led to, the reverse of a project page's origin section: those grown
 * from ideas shortlisted in its sessions; and, for a series that really took place (not demo), the
 * initiatives of its areas that the prefecture's deck credits to the workshops, which have no
 * recorded idea, so the area is the link, as on the project's own page.
 */
function listProjectsFromSeries(series: { id: string; isDemo: boolean }) {
  const fromIdeas: Prisma.ProjectWhereInput = { ideas: { some: { idea: { workshopSession: { seriesId: series.id } } } } };
  const initiatives: Prisma.ProjectWhereInput = { kind: "INITIATIVE", ideas: { none: {} }, area: { workshopSeries: { some: { id: series.id } } } };
  return db.project.findMany({
    where: { publishedAt: { not: null }, OR: series.isDemo ? [fromIdeas] : [fromIdeas, initiatives] },
    orderBy: [{ publishedAt: "asc" }, { id: "asc" }],
    select: { slug: true, titleJa: true, titleEn: true, stage: true },
  });
}
