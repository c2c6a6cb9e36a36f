// Dot voting: each participant holds a fixed number of dots, may stack several on one idea, and
// may move a dot from one idea to another. Pure: the mutation layer applies the plan under a lock.

export type VoteOperation =
  | { kind: "add"; ideaId: string }
  | { kind: "remove"; ideaId: string }
  | { kind: "move"; fromIdeaId: string; toIdeaId: string };

export type VoteDecision =
  | { ok: true; add: string[]; remove: string[] }
  | { ok: false; error: "noVotesLeft" | "noVoteToRemove" | "sameIdea" };

/** The votes a participant has placed, as idea ids (one entry per dot). */
export function votesLeft(placed: readonly string[], limit: number): number {
  return Math.max(0, limit - placed.length);
}

export function planVote(placed: readonly string[], limit: number, operation: VoteOperation): VoteDecision {
  switch (operation.kind) {
    case "add":
      return votesLeft(placed, limit) > 0 ? { ok: true, add: [operation.ideaId], remove: [] } : { ok: false, error: "noVotesLeft" };
    case "remove":
      return placed.includes(operation.ideaId)
        ? { ok: true, add: [], remove: [operation.ideaId] }
        : { ok: false, error: "noVoteToRemove" };
    case "move":
      if (operation.fromIdeaId === operation.toIdeaId) return { ok: false, error: "sameIdea" };
      // A move never changes the total, so it is allowed even when every dot is placed.
      return placed.includes(operation.fromIdeaId)
        ? { ok: true, add: [operation.toIdeaId], remove: [operation.fromIdeaId] }
        : { ok: false, error: "noVoteToRemove" };
  }
}

/** Dots per idea, most first; ties keep the order in which ideas were given. */
export function tallyVotes(ideaIds: readonly string[], votes: readonly string[]): { ideaId: string; votes: number }[] {
  const counts = new Map(ideaIds.map((id) => [id, 0]));
  for (const id of votes) if (counts.has(id)) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts].map(([ideaId, n]) => ({ ideaId, votes: n })).sort((a, b) => b.votes - a.votes);
}

/**
 * Votes have no row to key a retry on, so the phone sends how many of its dots it saw on the idea
 * it takes a dot from or gives one to (`seen`). Compared under the participant's row lock, that
 * tells a retry of a step already applied ("done": answer success, change nothing) from a new step
 * ("apply"), and from a phone whose view is out of date ("stale").
 */
export function retryState(placed: readonly string[], operation: VoteOperation, seen: number | undefined): "apply" | "done" | "stale" {
  if (seen === undefined) return "apply";
  const idea = operation.kind === "move" ? operation.fromIdeaId : operation.ideaId;
  const mine = placed.filter((id) => id === idea).length;
  if (mine === seen) return "apply";
  const afterwards = operation.kind === "add" ? seen + 1 : seen - 1;
  return mine === afterwards ? "done" : "stale";
}
