import "server-only";
import { db } from "../db";
import { layerGraph, type Placed } from "./rules/layout";
import { likelyRootCauses, rankRootCauses } from "./rules/root-causes";
import type { SessionKind } from "./rules/stages";
import { tallyVotes, votesLeft } from "./rules/votes";

// Every query here leaves out hidden posts and merged cards: a post a facilitator hid must not
// reach any screen, export or API (Gunma's ordinance against online defamation).
const visibleCard = { hiddenAt: null, mergedIntoId: null } as const;

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

/** The part of a board that is the same for every viewer; it keeps author ids to mark "mine". */
export type SharedBoard = NonNullable<Awaited<ReturnType<typeof loadSharedBoard>>>;

export async function loadSharedBoard(sessionId: string) {
  const session = await db.workshopSession.findUnique({
    where: { id: sessionId },
    select: { id: true, number: true, kind: true, state: true, stage: true, submissionsOpen: true, votesPerParticipant: true, seriesId: true, _count: { select: { participants: true } } },
  });
  if (!session) return null;
  const [picks, reflections, cards, links, ideas, clusters, seriesCards] = await Promise.all([
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
  ]);
  const cardIds = cards.map((c) => c.id);
  const edges = links.map((l) => ({ from: l.fromCardId, to: l.toCardId }));
  return {
    session,
    picks,
    reflections,
    cards,
    links,
    ideas,
    clusters,
    seriesCards,
    rootCauses: likelyRootCauses(rankRootCauses(cardIds, edges)),
    layout: layerGraph(cardIds, edges),
  };
}

async function loadViewer(sessionId: string, viewerId: string | null) {
  if (!viewerId) return null;
  return db.workshopParticipant.findFirst({
    where: { id: viewerId, sessionId },
    select: { id: true, nickname: true, sdgPicks: { select: { goalNumber: true }, orderBy: { goalNumber: "asc" } }, reflection: { select: { text: true } }, _count: { select: { votes: true } } },
  });
}

/** One viewer's board: the shared part with "mine" marked, and their own picks and dots. */
export async function boardFor(shared: SharedBoard, viewerId: string | null): Promise<Board> {
  const { session, ideas } = shared;
  const me = await loadViewer(session.id, viewerId);
  const countByGoal = new Map(shared.picks.map((p) => [p.goalNumber, p._count._all]));
  const tally = new Map(tallyVotes(ideas.map((i) => i.id), ideas.flatMap((i) => i.votes.map(() => i.id))).map((t) => [t.ideaId, t.votes]));
  return {
    session: { id: session.id, number: session.number, kind: session.kind, state: session.state, stage: session.stage, submissionsOpen: session.submissionsOpen, votesPerParticipant: session.votesPerParticipant, participants: session._count.participants },
    tally: Array.from({ length: 17 }, (_, i) => ({ goal: i + 1, count: countByGoal.get(i + 1) ?? 0 })),
    reflections: shared.reflections.map((r) => ({ id: r.id, text: r.text, mine: r.participantId === viewerId })),
    cards: shared.cards.map((c) => ({ id: c.id, text: c.text, mine: c.participantId === viewerId })),
    links: shared.links.map((l) => ({ id: l.id, from: l.fromCardId, to: l.toCardId })),
    rootCauses: shared.rootCauses,
    layout: shared.layout,
    seriesCards: shared.seriesCards,
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
    clusters: shared.clusters,
    me: me && {
      id: me.id,
      nickname: me.nickname,
      picks: me.sdgPicks.map((p) => p.goalNumber),
      reflection: me.reflection?.text ?? "",
      votesLeft: votesLeft(Array.from({ length: me._count.votes }, () => ""), session.votesPerParticipant),
    },
  };
}

/** What the projector, the phones and the results pages show of a session; null if there is none. */
export async function getBoard(sessionId: string, viewerId: string | null = null): Promise<Board | null> {
  const shared = await loadSharedBoard(sessionId);
  return shared && boardFor(shared, viewerId);
}
