// Goal and pillar summaries: counts per grade and coverage, never one colour or score. Pure.
import { countGrades, type Grade } from "./grading";

interface Graded {
  code: string;
  pillar: "ECONOMY" | "SOCIETY" | "ENVIRONMENT";
  sdgGoals: readonly number[];
  grade: { grade: Parameters<typeof countGrades>[0][number] };
}

export type Rollup = ReturnType<typeof countGrades> & { codes: string[] };

function rollup(kpis: readonly Graded[]): Rollup {
  return { ...countGrades(kpis.map((k) => k.grade.grade)), codes: kpis.map((k) => k.code) };
}

/** One summary per goal 1–17; a KPI linked to several goals counts under each. */
export function rollupByGoal(kpis: readonly Graded[]): Map<number, Rollup> {
  const result = new Map<number, Rollup>();
  for (let goal = 1; goal <= 17; goal++) result.set(goal, rollup(kpis.filter((k) => k.sdgGoals.includes(goal))));
  return result;
}

export const PILLARS = ["ECONOMY", "SOCIETY", "ENVIRONMENT"] as const;
export type PillarValue = (typeof PILLARS)[number];

export function rollupByPillar(kpis: readonly Graded[]): Map<PillarValue, Rollup> {
  return new Map(PILLARS.map((p) => [p, rollup(kpis.filter((k) => k.pillar === p))]));
}

export function rollupAll(kpis: readonly Graded[]): Rollup {
  return rollup(kpis);
}

/** The numbers of the headline 「33指標中 達成6・順調5・…」: the total and one count per grade. */
export function headlineValues(rollup: Rollup): { total: number } & Record<Grade, number> {
  const { total, ACHIEVED, ON_TRACK, MODERATE, OFF_TRACK, NO_DATA } = rollup;
  return { total, ACHIEVED, ON_TRACK, MODERATE, OFF_TRACK, NO_DATA };
}
