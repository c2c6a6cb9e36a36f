import "server-only";
import { db } from "../db";
import { layerGraph, type Placed } from "./rules/layout";
import { likelyRootCauses, rankRootCauses } from "./rules/root-causes";
import { tallyVotes, votesLeft } from "./rules/votes";
import type { SessionKind } from "./rules/stages";

// Every query here leaves out hidden posts and merged cards: a post a facilitator hid must not
// reach any screen, export or API (Gunma's ordinance against online defamation).
const visibleCard = { hiddenAt: null, mergedIntoId: null } as const;

const sessionSelect = {
  id: true, number: true, kind: true, state: true, stage: true, submissionsOpen: true, votesPerParticipant: true,
  joinCode: true, startsAt: true, venueJa: true, venueEn: true, capacity: true, isDemo: true, seriesId: true,
  series: { select: { titleJa: true, titleEn: true, year: true } },
  facilitators: { select: { id: true } },
} as const;

export async function findSessionByCode(code: string) {
  return db.workshopSession.findUnique({ where: { joinCode: code }, select: sessionSelect });
}

export async function findSession(id: string) {
  return db.workshopSession.findUnique({ where: { id }, select: sessionSelect });
}

export type SessionSummary = NonNullable<Awaited<ReturnType<typeof findSession>>>;

export interface BoardIdea {
  id: string;
  title: string;
  description: string;
  needs: string[];
  goals: number[];
  issueCardIds: string[];
  clusterId: string | null;
  shortlisted: boolean;
  votes: number;
  myVotes: number;
  mine: boolean;
}

export interface Board {
  session: { id: string; number: number; kind: SessionKind; state: string; stage: string | null; submissionsOpen: boolean; votesPerParticipant: number; participants: number };
  tally: { goal: number; count: number }[];
  reflections: { id: string; text: string; mine: boolean }[];
  cards: { id: string; text: string; mine: boolean }[];
  links: { id: string; from: string; to: string }[];
  rootCauses: string[];
  layout: Placed[];
  /** Session 3: the issue cards of the whole series an idea may answer. */
  seriesCards: { id: string; text: string }[];
  ideas: BoardIdea[];
  clusters: { id: string; label: string }[];
  me: { id: string; nickname: string; picks: number[]; reflection: string; votesLeft: number } | null;
}

/** What the projector, the phones and the results pages show of a session; null if there is none. */
export async function getBoard(sessionId: string, viewerId: string | null = null): Promise<Board | null> {
  const session = await db.workshopSession.findUnique({
    where: { id: sessionId },
    select: { id: true, number: true, kind: true, state: true, stage: true, submissionsOpen: true, votesPerParticipant: true, seriesId: true, _count: { select: { participants: true } } },
  });
  if (!session) return null;
  const [picks, reflections, cards, links, ideas, clusters, seriesCards, me] = await Promise.all([
    db.sdgPick.groupBy({ by: ["goalNumber"], where: { sessionId }, _count: { _all: true } }),
    db.sdgReflection.findMany({ where: { participant: { sessionId }, hiddenAt: null }, select: { id: true, text: true, participantId: true }, orderBy: { createdAt: "asc" } }),
    db.issueCard.findMany({ where: { sessionId, ...visibleCard }, select: { id: true, text: true, participantId: true }, orderBy: { createdAt: "asc" } }),
    db.issueLink.findMany({ where: { sessionId, fromCard: visibleCard, toCard: visibleCard }, select: { id: true, fromCardId: true, toCardId: true }, orderBy: { createdAt: "asc" } }),
    db.workshopIdea.findMany({
      where: { sessionId, hiddenAt: null },
      select: {
        id: true, title: true, description: true, needs: true, clusterId: true, shortlistedAt: true, participantId: true,
        sdgTags: { select: { goalNumber: true }, orderBy: { goalNumber: "asc" } },
        issueCards: { where: visibleCard, select: { id: true } },
        votes: { select: { participantId: true } },
      },
      orderBy: { createdAt: "asc" },
    }),
    db.ideaCluster.findMany({ where: { sessionId }, select: { id: true, label: true }, orderBy: { createdAt: "asc" } }),
    session.kind === "IDEATION"
      ? db.issueCard.findMany({ where: { session: { seriesId: session.seriesId }, ...visibleCard }, select: { id: true, text: true }, orderBy: { createdAt: "asc" } })
      : Promise.resolve([]),
    viewerId
      ? db.workshopParticipant.findFirst({
          where: { id: viewerId, sessionId },
          select: { id: true, nickname: true, sdgPicks: { select: { goalNumber: true }, orderBy: { goalNumber: "asc" } }, reflection: { select: { text: true } }, _count: { select: { votes: true } } },
        })
      : Promise.resolve(null),
  ]);
  const countByGoal = new Map(picks.map((p) => [p.goalNumber, p._count._all]));
  const cardIds = cards.map((c) => c.id);
  const edges = links.map((l) => ({ from: l.fromCardId, to: l.toCardId }));
  const tally = new Map(tallyVotes(ideas.map((i) => i.id), ideas.flatMap((i) => i.votes.map(() => i.id))).map((t) => [t.ideaId, t.votes]));
  return {
    session: { id: session.id, number: session.number, kind: session.kind, state: session.state, stage: session.stage, submissionsOpen: session.submissionsOpen, votesPerParticipant: session.votesPerParticipant, participants: session._count.participants },
    tally: Array.from({ length: 17 }, (_, i) => ({ goal: i + 1, count: countByGoal.get(i + 1) ?? 0 })),
    reflections: reflections.map((r) => ({ id: r.id, text: r.text, mine: r.participantId === viewerId })),
    cards: cards.map((c) => ({ id: c.id, text: c.text, mine: c.participantId === viewerId })),
    links: links.map((l) => ({ id: l.id, from: l.fromCardId, to: l.toCardId })),
    rootCauses: likelyRootCauses(rankRootCauses(cardIds, edges)),
    layout: layerGraph(cardIds, edges),
    seriesCards,
    ideas: ideas.map((i) => ({
      id: i.id,
      title: i.title,
      description: i.description,
      needs: i.needs,
      goals: i.sdgTags.map((t) => t.goalNumber),
      issueCardIds: i.issueCards.map((c) => c.id),
      clusterId: i.clusterId,
      shortlisted: i.shortlistedAt !== null,
      votes: tally.get(i.id) ?? 0,
      myVotes: viewerId ? i.votes.filter((v) => v.participantId === viewerId).length : 0,
      mine: viewerId !== null && i.participantId === viewerId,
    })),
    clusters,
    me: me && {
      id: me.id,
      nickname: me.nickname,
      picks: me.sdgPicks.map((p) => p.goalNumber),
      reflection: me.reflection?.text ?? "",
      // Counted over all the participant's dots: a dot on an idea hidden later is still spent
      // until it is moved, which the vote action permits.
      votesLeft: votesLeft(Array.from({ length: me._count.votes }, () => ""), session.votesPerParticipant),
    },
  };
}

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
        select: { id: true, number: true, kind: true, state: true, startsAt: true, venueJa: true, venueEn: true, joinCode: true, isDemo: true, facilitators: { select: { id: true } }, _count: { select: { participants: true } } },
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

/** The 17 goals with their official colours, for pickers and charts. */
export async function sdgGoals() {
  return db.sdgGoal.findMany({ select: { number: true, nameJa: true, nameEn: true, colour: true }, orderBy: { number: "asc" } });
}
