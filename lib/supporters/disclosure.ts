// Small-cell suppression for the public supporter figures: no count under 5 is published, so no
// one can be picked out ("the one supporter in 上野村 who lives abroad"). Pure, unit-tested.

/** The smallest count that is published; anything from 1 to 4 is shown as "fewer than 5". */
export const SUPPRESS_BELOW = 5;

/** A published count, or null for 1–4. Zero is published: it reveals no one. */
export type Cell = number | null;

/**
 * The table's counts with every count from 1 to SUPPRESS_BELOW − 1 hidden. When exactly one count
 * would be hidden, the smallest other non-zero count is hidden too: otherwise the hidden one could
 * be worked out from a published total minus the rest.
 */
export function suppressTable(counts: readonly number[]): Cell[] {
  const small = (n: number) => n > 0 && n < SUPPRESS_BELOW;
  const hidden = new Set(counts.flatMap((n, i) => (small(n) ? [i] : [])));
  if (hidden.size === 1) {
    let partner = -1;
    counts.forEach((n, i) => {
      if (n > 0 && !hidden.has(i) && (partner < 0 || n < counts[partner]!)) partner = i;
    });
    if (partner >= 0) hidden.add(partner);
  }
  return counts.map((n, i) => (hidden.has(i) ? null : n));
}

/** A single published total: hidden when it is 1–4. */
export function suppressTotal(count: number): Cell {
  return count > 0 && count < SUPPRESS_BELOW ? null : count;
}
