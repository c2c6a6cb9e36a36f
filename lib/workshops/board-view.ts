// The live board as the screens receive it. The server sends every stream of a session the same
// board, built and serialised once per change, and beside it the few marks that belong to one
// viewer; the phone puts the two together. Shared with the browser, so nothing here reads the
// database.
import type { Placed } from "./rules/layout";
import type { SessionKind } from "./rules/stages";

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

/** What only one participant sees on a board: what they posted, their dots and their own part. */
export interface ViewerMarks {
  /** Ids of the reflections, cards and ideas they posted (ids are unique across the three). */
  mine: string[];
  /** Their dots per idea id; ideas without one are left out. */
  myVotes: Record<string, number>;
  me: NonNullable<Board["me"]>;
}

/** One event of the live stream: the board as everyone sees it, and the viewer's marks if they take part. */
export interface BoardEvent {
  board: Board;
  viewer: ViewerMarks | null;
}

/** The board one viewer sees: the shared board with their posts, dots and own part marked. */
export function composeBoard({ board, viewer }: BoardEvent): Board {
  if (!viewer) return board;
  const mine = new Set(viewer.mine);
  return {
    ...board,
    reflections: board.reflections.map((r) => ({ ...r, mine: mine.has(r.id) })),
    cards: board.cards.map((c) => ({ ...c, mine: mine.has(c.id) })),
    ideas: board.ideas.map((i) => ({ ...i, mine: mine.has(i.id), myVotes: viewer.myVotes[i.id] ?? 0 })),
    me: viewer.me,
  };
}
