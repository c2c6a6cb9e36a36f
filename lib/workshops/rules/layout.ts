// A small layered ("Sugiyama-style") layout for the issue map: causes on the left, effects to the
// right. No graph-layout package is a dependency, and this graph is small (tens of cards), so a
// longest-path layering plus one barycentre pass is enough and stays deterministic for tests.
import type { Link } from "./root-causes";

export interface Placed {
  id: string;
  layer: number;
  row: number;
}

export function layerGraph(ids: readonly string[], links: readonly Link[]): Placed[] {
  const known = new Set(ids);
  const edges = links.filter((l) => known.has(l.from) && known.has(l.to) && l.from !== l.to);
  // Drop back edges found by a depth-first search so that cycles do not make layering loop.
  const out = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const e of edges) out.get(e.from)!.push(e.to);
  const state = new Map<string, 1 | 2>();
  const acyclic: Link[] = [];
  const visit = (id: string) => {
    state.set(id, 1);
    for (const to of out.get(id)!) {
      if (state.get(to) === 1) continue;
      acyclic.push({ from: id, to });
      if (!state.has(to)) visit(to);
    }
    state.set(id, 2);
  };
  for (const id of ids) if (!state.has(id)) visit(id);

  const preds = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const e of acyclic) preds.get(e.to)!.push(e.from);
  const layer = new Map<string, number>();
  const layerOf = (id: string): number => {
    const cached = layer.get(id);
    if (cached !== undefined) return cached;
    layer.set(id, 0); // guards against re-entry; the graph is acyclic by now
    const value = Math.max(-1, ...preds.get(id)!.map(layerOf)) + 1;
    layer.set(id, value);
    return value;
  };
  ids.forEach(layerOf);

  const byLayer = new Map<number, string[]>();
  for (const id of ids) {
    const l = layer.get(id)!;
    byLayer.set(l, [...(byLayer.get(l) ?? []), id]);
  }
  const row = new Map<string, number>();
  for (const l of [...byLayer.keys()].sort((a, b) => a - b)) {
    const members = byLayer.get(l)!;
    const centre = (id: string) => {
      const rows = preds.get(id)!.map((p) => row.get(p)).filter((r): r is number => r !== undefined);
      return rows.length === 0 ? Number.POSITIVE_INFINITY : rows.reduce((s, r) => s + r, 0) / rows.length;
    };
    const sorted = members
      .map((id, index) => ({ id, index, centre: centre(id) }))
      .sort((a, b) => a.centre - b.centre || a.index - b.index);
    sorted.forEach((m, r) => row.set(m.id, r));
  }
  return ids.map((id) => ({ id, layer: layer.get(id)!, row: row.get(id)! }));
}
