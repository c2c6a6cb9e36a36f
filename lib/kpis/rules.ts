// Pure rules for recording values. No I/O.

/** More than this many times the KPI's largest baseline or target looks like a wrong unit (円 for 億円). */
export const SCALE_UP_FACTOR = 10;
/** Less than this fraction of it looks like the opposite mistake (兆円 for 億円). */
export const SCALE_DOWN_FACTOR = 1000;

/**
 * Whether a value is far enough from the KPI's printed numbers to ask "is the unit right?".
 * Staff may confirm and go on: a KPI can genuinely move a lot, but a silent ×10 000 cannot be undone
 * once the public has seen it.
 */
export function isScaleSuspect(value: number, references: readonly number[]): boolean {
  const reference = Math.max(0, ...references.map(Math.abs));
  if (reference === 0 || value === 0) return false;
  const magnitude = Math.abs(value);
  return magnitude > reference * SCALE_UP_FACTOR || magnitude < reference / SCALE_DOWN_FACTOR;
}

/** Fiscal years with no published value yet, from the plan's first year to the last completed one. */
export function dueFiscalYears(options: {
  firstFiscalYear: number;
  currentFiscalYear: number;
  publishedFiscalYears: readonly number[];
}): number[] {
  const have = new Set(options.publishedFiscalYears);
  const due: number[] = [];
  // The current year is not due until it has ended; statistics follow a year or more later.
  for (let fy = options.firstFiscalYear; fy < options.currentFiscalYear; fy++) if (!have.has(fy)) due.push(fy);
  return due;
}
