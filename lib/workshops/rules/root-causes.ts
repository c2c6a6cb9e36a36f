// Which issue cards are likely root causes? A card whose effects spread furthest downstream
// (most cards reachable along cause → effect links) has the most outgoing influence. Cycles are
// common on a wall of sticky notes ("few jobs → young people leave → fewer jobs"), so reach is a
// visited-set search rather than a topological order, and a card never counts itself.

export interface Link {
  from: string;
  to: string;
}

export interface CauseRank {
  cardId: string;
  /** Distinct cards reachable downstream, excluding the card itself. */
  reach: number;
  outDegree: number;
  inDegree: number;
}

export function rankRootCauses(cardIds: readonly string[], links: readonly Link[]): CauseRank[] {
  const known = new Set(cardIds);
  const next = new Map<string, Set<string>>(cardIds.map((id) => [id, new Set()]));
  const inDegree = new Map<string, number>(cardIds.map((id) => [id, 0]));
  for (const { from, to } of links) {
    if (!known.has(from) || !known.has(to) || from === to) continue;
    const targets = next.get(from)!;
    if (targets.has(to)) continue;
    targets.add(to);
    inDegree.set(to, (inDegree.get(to) ?? 0) + 1);
  }
  const reachOf = (start: string): number => {
    const seen = new Set<string>([start]);
    const queue = [start];
    while (queue.length > 0) {
      for (const to of next.get(queue.shift()!) ?? []) {
        if (!seen.has(to)) {
          seen.add(to);
          queue.push(to);
        }
      }
    }
    return seen.size - 1;
  };
  const order = new Map(cardIds.map((id, index) => [id, index]));
  return cardIds
    .map((cardId) => ({ cardId, reach: reachOf(cardId), outDegree: next.get(cardId)!.size, inDegree: inDegree.get(cardId)! }))
    .sort((a, b) => b.reach - a.reach || b.outDegree - a.outDegree || a.inDegree - b.inDegree || order.get(a.cardId)! - order.get(b.cardId)!);
}

/** The cards to highlight: the top `limit` by reach, and only those that influence something. */
export function likelyRootCauses(ranking: readonly CauseRank[], limit = 3): string[] {
  return ranking.filter((r) => r.reach > 0).slice(0, limit).map((r) => r.cardId);
}
