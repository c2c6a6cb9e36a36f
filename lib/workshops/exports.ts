import "server-only";
import { db } from "../db";
import { countsByKey } from "../db/relation-counts";
import { getBoard } from "./queries";
import { csvFile } from "../csv/write";

export const CSV_HEADER = ["type", "id", "text", "detail", "votes_or_count", "sdgs", "root_cause"] as const;

/** Everything visible on a session's board, one row per pick tally, sentence, card, link and idea. */
export async function sessionCsv(sessionId: string): Promise<string | null> {
  const board = await getBoard(sessionId);
  if (!board) return null;
  const text = new Map(board.cards.map((c) => [c.id, c.text]));
  const rows: unknown[][] = [
    ...board.tally.filter((t) => t.count > 0).map((t) => ["sdg_pick", t.goal, `SDG ${t.goal}`, "", t.count, t.goal, ""]),
    ...board.reflections.map((r) => ["reflection", r.id, r.text, "", "", "", ""]),
    ...board.cards.map((c) => ["issue_card", c.id, c.text, "", "", "", board.rootCauses.includes(c.id) ? "yes" : ""]),
    ...board.links.map((l) => ["issue_link", l.id, `${text.get(l.from) ?? ""} → ${text.get(l.to) ?? ""}`, `${l.from} → ${l.to}`, "", "", ""]),
    ...board.ideas.map((i) => ["idea", i.id, i.title, i.description, i.votes, i.goals.join(" "), ""]),
  ];
  return csvFile(CSV_HEADER, rows);
}

/** Series per page of GET /api/v1/workshops: each brings its sessions, their ideas and votes. */
export const WORKSHOP_SERIES_PAGE_SIZE = 20;

/**
 * GET /api/v1/workshops: series, newest first, with their sessions and public outcomes. Counts
 * and the top ideas only: no nicknames, no accounts, no free-text sentences, and nothing hidden
 * by a facilitator.
 */
export async function publicWorkshops(page = 1) {
  const [rows, total] = await Promise.all([listSeriesPage(page), db.workshopSeries.count()]);
  return { series: rows, total, pageCount: Math.max(1, Math.ceil(total / WORKSHOP_SERIES_PAGE_SIZE)) };
}

async function listSeriesPage(page: number) {
  const series = await db.workshopSeries.findMany({
    select: {
      slug: true, titleJa: true, titleEn: true, year: true, isDemo: true,
      areas: { select: { code: true, nameJa: true, nameEn: true }, orderBy: { id: "asc" } },
      sessions: {
        select: {
          id: true, number: true, kind: true, state: true, startsAt: true, endsAt: true, venueJa: true, venueEn: true, capacity: true, isDemo: true,
          issueCards: { where: { hiddenAt: null, mergedIntoId: null }, select: { id: true } },
          ideas: { where: { hiddenAt: null }, select: { id: true, title: true, shortlistedAt: true } },
        },
        orderBy: { number: "asc" },
      },
    },
    orderBy: [{ year: "desc" }, { slug: "asc" }],
    skip: (page - 1) * WORKSHOP_SERIES_PAGE_SIZE,
    take: WORKSHOP_SERIES_PAGE_SIZE,
  });
  const sessionIds = series.flatMap((s) => s.sessions.map((session) => session.id));
  const ideaIds = series.flatMap((s) => s.sessions.flatMap((session) => session.ideas.map((idea) => idea.id)));
  // Counted per page rather than with `_count` (lib/db/relation-counts.ts).
  const [participantRows, pickRows, voteRows] = await Promise.all([
    db.workshopParticipant.groupBy({ by: ["sessionId"], where: { sessionId: { in: sessionIds } }, _count: { _all: true } }),
    db.sdgPick.groupBy({ by: ["sessionId"], where: { sessionId: { in: sessionIds } }, _count: { _all: true } }),
    db.vote.groupBy({ by: ["workshopIdeaId"], where: { workshopIdeaId: { in: ideaIds } }, _count: { _all: true } }),
  ]);
  const participants = countsByKey(participantRows, "sessionId");
  const sdgPicks = countsByKey(pickRows, "sessionId");
  const votes = countsByKey(voteRows, "workshopIdeaId");
  return series.map((s) => ({
    ...s,
    sessions: s.sessions.map(({ issueCards, ideas, ...session }) => ({
      ...session,
      outcomes: {
        participants: participants.get(session.id) ?? 0,
        sdgPicks: sdgPicks.get(session.id) ?? 0,
        issueCards: issueCards.length,
        ideas: ideas.length,
        votes: ideas.reduce((sum, i) => sum + (votes.get(i.id) ?? 0), 0),
        topIdeas: ideas
          .map((i) => ({ title: i.title, votes: votes.get(i.id) ?? 0, shortlisted: i.shortlistedAt !== null }))
          .sort((a, b) => b.votes - a.votes)
          .slice(0, 3),
      },
    })),
  }));
}
