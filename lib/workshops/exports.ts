import "server-only";
import { db } from "../db";
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

/**
 * GET /api/v1/workshops: series, sessions and public outcomes. Counts and the top ideas only:
 * no nicknames, no accounts, no free-text sentences, and nothing hidden by a facilitator.
 */
export async function publicWorkshops() {
  const series = await db.workshopSeries.findMany({
    select: {
      slug: true, titleJa: true, titleEn: true, year: true, isDemo: true,
      areas: { select: { code: true, nameJa: true, nameEn: true }, orderBy: { id: "asc" } },
      sessions: {
        select: {
          id: true, number: true, kind: true, state: true, startsAt: true, endsAt: true, venueJa: true, venueEn: true, capacity: true, isDemo: true,
          _count: { select: { participants: true, sdgPicks: true } },
          issueCards: { where: { hiddenAt: null, mergedIntoId: null }, select: { id: true } },
          ideas: { where: { hiddenAt: null }, select: { title: true, shortlistedAt: true, _count: { select: { votes: true } } } },
        },
        orderBy: { number: "asc" },
      },
    },
    orderBy: [{ year: "asc" }, { slug: "asc" }],
  });
  return series.map((s) => ({
    ...s,
    sessions: s.sessions.map(({ issueCards, ideas, _count, ...session }) => ({
      ...session,
      outcomes: {
        participants: _count.participants,
        sdgPicks: _count.sdgPicks,
        issueCards: issueCards.length,
        ideas: ideas.length,
        votes: ideas.reduce((sum, i) => sum + i._count.votes, 0),
        topIdeas: ideas
          .map((i) => ({ title: i.title, votes: i._count.votes, shortlisted: i.shortlistedAt !== null }))
          .sort((a, b) => b.votes - a.votes)
          .slice(0, 3),
      },
    })),
  }));
}
