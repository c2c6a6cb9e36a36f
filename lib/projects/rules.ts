// Project stages, need coverage and the co-creation KPI derivation. Pure: no I/O.
import { fiscalYearOf } from "../dates/fiscal-year";

export const PROJECT_STAGES = ["FORMING", "PLANNING", "PILOT", "RUNNING", "SCALING", "PAUSED", "ENDED"] as const;
export type ProjectStage = (typeof PROJECT_STAGES)[number];

// Forward one step at a time, or back to planning after a failed pilot; pausing and resuming are
// allowed from any active stage; ENDED is final.
const STAGE_TRANSITIONS: Record<ProjectStage, readonly ProjectStage[]> = {
  FORMING: ["PLANNING", "PAUSED", "ENDED"],
  PLANNING: ["PILOT", "RUNNING", "PAUSED", "ENDED"],
  PILOT: ["RUNNING", "PLANNING", "PAUSED", "ENDED"],
  RUNNING: ["SCALING", "PAUSED", "ENDED"],
  SCALING: ["RUNNING", "PAUSED", "ENDED"],
  PAUSED: ["FORMING", "PLANNING", "PILOT", "RUNNING", "SCALING", "ENDED"],
  ENDED: [],
};

export function canMoveProject(from: ProjectStage, to: ProjectStage): boolean {
  return STAGE_TRANSITIONS[from].includes(to);
}

export function nextProjectStages(from: ProjectStage): readonly ProjectStage[] {
  return STAGE_TRANSITIONS[from];
}

export type NeedStatus = "OPEN" | "PARTLY_MET" | "MET";

/**
 * A funding need is met when accepted pledges reach the amount sought; any other need is met by
 * one accepted offer (a key person, a partner). Amounts are integer yen.
 */
export function needStatusAfterOffers(need: { kind: string; amountJpy: number | null }, acceptedOffers: { amountJpy: number | null }[]): {
  status: NeedStatus;
  metAmountJpy: number;
} {
  const metAmountJpy = acceptedOffers.reduce((sum, offer) => sum + (offer.amountJpy ?? 0), 0);
  if (need.kind === "FUNDING" && need.amountJpy !== null && need.amountJpy > 0) {
    if (metAmountJpy >= need.amountJpy) return { status: "MET", metAmountJpy };
    return { status: metAmountJpy > 0 ? "PARTLY_MET" : "OPEN", metAmountJpy };
  }
  return { status: acceptedOffers.length > 0 ? "MET" : "OPEN", metAmountJpy };
}

/** The share of a project's needs that are met, counting a partly met need as half. */
export function needCoverage(needs: { status: NeedStatus }[]): number {
  if (needs.length === 0) return 1;
  const score = needs.reduce((sum, need) => sum + (need.status === "MET" ? 1 : need.status === "PARTLY_MET" ? 0.5 : 0), 0);
  return score / needs.length;
}

/**
 * 地域ビジョンから生まれた共創の取組件数（累計）: a project counts in the fiscal year (年度, JST) in
 * which it first reached RUNNING. Returns the cumulative count at the end of `fiscalYear`.
 */
export function cumulativeRunningCount(runningSince: readonly (Date | null)[], fiscalYear: number): number {
  return runningSince.filter((date) => date !== null && fiscalYearOf(date) <= fiscalYear).length;
}
