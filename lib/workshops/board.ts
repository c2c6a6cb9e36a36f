import "server-only";
import { db } from "../db";
import { composeBoard, type Board, type ViewerMarks } from "./board-view";
import { layerGraph } from "./rules/layout";
import { likelyRootCauses, rankRootCauses } from "./rules/root-causes";
import { tallyVotes, votesLeft } from "./rules/votes";

export type { Board, BoardIdea, BoardEvent, ViewerMarks } from "./board-view";

// Every query here leaves out hidden posts and merged cards: a post a facilitator hid must not
// reach any screen, export or API (Gunma's ordinance against online defamation).
const visibleCard = { hiddenAt: null, mergedIntoId: null } as const;

/**
 * A session's board as of one moment: the board everyone sees, with nothing marked as anyone's,
 * and each participant's marks. Built once per change and shared by every stream of the session,
 * so a thousand phones cost one build and no query each.
 */
export interface SharedBoard {
  board: Board;
  viewers: ReadonlyMap<string, ViewerMarks>;
}

function marksFor(participant: { id: string; nickname: string }, votesPerParticipant: number): ViewerMarks {
  return { mine: [], myVotes: {}, me: { id: participant.id, nickname: participant.nickname, picks: [], reflection: "", votesLeft: votesPerParticipant } };
}

export async function loadSharedBoard(sessionId: string): Promise<SharedBoard | null> {
  const session = await db.workshopSession.findUnique({
    where: { id: sessionId },
    select: { id: true, number: true, kind: true, state: true, stage: true, submissionsOpen: true, votesPerParticipant: true, seriesId: true },
  });
  if (!session) return null;
  const [participants, picks, reflections, cards, links, ideas, votes, clusters, seriesCards] = await Promise.all([
    db.workshopParticipant.findMany({ where: { sessionId }, select: { id: true, nickname: true } }),
    db.sdgPick.findMany({ where: { sessionId }, select: { participantId: true, goalNumber: true }, orderBy: { goalNumber: "asc" } }),
    // Hidden reflections too: their author still sees their own text in the form.
    db.sdgReflection.findMany({ where: { participant: { sessionId } }, select: { id: true, text: true, participantId: true, hiddenAt: true }, orderBy: { createdAt: "asc" } }),
    db.issueCard.findMany({ where: { sessionId, ...visibleCard }, select: { id: true, text: true, participantId: true }, orderBy: { createdAt: "asc" } }),
    db.issueLink.findMany({ where: { sessionId, fromCard: visibleCard, toCard: visibleCard }, select: { id: true, fromCardId: true, toCardId: true }, orderBy: { createdAt: "asc" } }),
    db.workshopIdea.findMany({
      where: { sessionId, hiddenAt: null },
      select: {
        id: true, title: true, description: true, needs: true, clusterId: true, shortlistedAt: true, participantId: true,
        sdgTags: { select: { goalNumber: true }, orderBy: { goalNumber: "asc" } },
        issueCards: { where: visibleCard, select: { id: true } },
      },
      orderBy: { createdAt: "asc" },
    }),
    // Every dot of the session's participants: each counts against its voter's budget.
    db.vote.findMany({ where: { participant: { sessionId } }, select: { participantId: true, workshopIdeaId: true } }),
    db.ideaCluster.findMany({ where: { sessionId }, select: { id: true, label: true }, orderBy: { createdAt: "asc" } }),
    session.kind === "IDEATION"
      ? db.issueCard.findMany({ where: { session: { seriesId: session.seriesId }, ...visibleCard }, select: { id: true, text: true }, orderBy: { createdAt: "asc" } })
      : Promise.resolve([]),
  ]);

  const viewers = new Map(participants.map((p) => [p.id, marksFor(p, session.votesPerParticipant)]));
  const countByGoal = new Map<number, number>();
  for (const pick of picks) {
    countByGoal.set(pick.goalNumber, (countByGoal.get(pick.goalNumber) ?? 0) + 1);
    viewers.get(pick.participantId)?.me.picks.push(pick.goalNumber);
  }
  for (const r of reflections) {
    const marks = viewers.get(r.participantId);
    if (!marks) continue;
    marks.me.reflection = r.text;
    if (!r.hiddenAt) marks.mine.push(r.id);
  }
  for (const post of [...cards, ...ideas]) if (post.participantId) viewers.get(post.participantId)?.mine.push(post.id);
  const dotsPlaced = new Map<string, number>();
  for (const v of votes) {
    dotsPlaced.set(v.participantId, (dotsPlaced.get(v.participantId) ?? 0) + 1);
    const marks = viewers.get(v.participantId);
    if (marks) marks.myVotes[v.workshopIdeaId] = (marks.myVotes[v.workshopIdeaId] ?? 0) + 1;
  }
  for (const [id, marks] of viewers) marks.me.votesLeft = votesLeft(Array.from({ length: dotsPlaced.get(id) ?? 0 }, () => ""), session.votesPerParticipant);

  const cardIds = cards.map((c) => c.id);
  const edges = links.map((l) => ({ from: l.fromCardId, to: l.toCardId }));
  const ideaIds = new Set(ideas.map((i) => i.id));
  const tally = new Map(tallyVotes([...ideaIds], votes.filter((v) => ideaIds.has(v.workshopIdeaId)).map((v) => v.workshopIdeaId)).map((t) => [t.ideaId, t.votes]));
  const board: Board = {
    session: { id: session.id, number: session.number, kind: session.kind, state: session.state, stage: session.stage, submissionsOpen: session.submissionsOpen, votesPerParticipant: session.votesPerParticipant, participants: participants.length },
    tally: Array.from({ length: 17 }, (_, i) => ({ goal: i + 1, count: countByGoal.get(i + 1) ?? 0 })),
    reflections: reflections.filter((r) => !r.hiddenAt).map((r) => ({ id: r.id, text: r.text, mine: false })),
    cards: cards.map((c) => ({ id: c.id, text: c.text, mine: false })),
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
      myVotes: 0,
      mine: false,
    })),
    clusters,
    me: null,
  };
  return { board, viewers };
}

/**
 * One viewer's marks. A phone that joined after the board was built is not in it yet and has
 * posted nothing on it; it gets its own part from the database until the next build.
 */
export async function viewerMarks(shared: SharedBoard, viewerId: string | null): Promise<ViewerMarks | null> {
  if (!viewerId) return null;
  const known = shared.viewers.get(viewerId);
  if (known) return known;
  const session = shared.board.session;
  const participant = await db.workshopParticipant.findFirst({ where: { id: viewerId, sessionId: session.id }, select: { id: true, nickname: true } });
  return participant && marksFor(participant, session.votesPerParticipant);
}

/** One viewer's board: the shared part with "mine" marked, and their own picks and dots. */
export async function boardFor(shared: SharedBoard, viewerId: string | null): Promise<Board> {
  return composeBoard({ board: shared.board, viewer: await viewerMarks(shared, viewerId) });
}

/** What the projector, the phones and the results pages show of a session; null if there is none. */
export async function getBoard(sessionId: string, viewerId: string | null = null): Promise<Board | null> {
  const shared = await loadSharedBoard(sessionId);
  return shared && boardFor(shared, viewerId);
}
