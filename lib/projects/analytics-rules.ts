// Seed 002's two questions, measured: how far ideas get, and how long each stage takes. Pure.
import type { ProjectStage } from "./rules";

const DAY_MS = 24 * 60 * 60 * 1000;

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export interface StageChange {
  projectId: string;
  toStage: ProjectStage;
  changedAt: Date;
}

/**
 * Median days spent in each stage. A project's time in a stage runs from the change into it to
 * the next change; the stage it is in now counts up to `now`. ENDED never ends, so it is left out.
 */
export function medianDaysPerStage(changes: readonly StageChange[], now: Date): Partial<Record<ProjectStage, number>> {
  const byProject = new Map<string, StageChange[]>();
  for (const change of changes) byProject.set(change.projectId, [...(byProject.get(change.projectId) ?? []), change]);
  const durations = new Map<ProjectStage, number[]>();
  for (const list of byProject.values()) {
    const ordered = [...list].sort((a, b) => a.changedAt.getTime() - b.changedAt.getTime());
    ordered.forEach((change, index) => {
      if (change.toStage === "ENDED") return;
      const until = ordered[index + 1]?.changedAt ?? now;
      const days = Math.max(0, (until.getTime() - change.changedAt.getTime()) / DAY_MS);
      durations.set(change.toStage, [...(durations.get(change.toStage) ?? []), days]);
    });
  }
  const result: Partial<Record<ProjectStage, number>> = {};
  for (const [stage, days] of durations) {
    const value = median(days);
    if (value !== null) result[stage] = Math.round(value * 10) / 10;
  }
  return result;
}

export interface FunnelIdea {
  status: string;
  projectStages: readonly ProjectStage[];
  projectsEverRunning: boolean;
}

/** Ideas → accepted → in a project → in a project that has run. Each step counts ideas. */
export function ideaFunnel(ideas: readonly FunnelIdea[]): { submitted: number; accepted: number; inProject: number; running: number } {
  return {
    submitted: ideas.length,
    accepted: ideas.filter((idea) => idea.status === "ACCEPTED").length,
    inProject: ideas.filter((idea) => idea.projectStages.length > 0).length,
    running: ideas.filter((idea) => idea.projectsEverRunning).length,
  };
}
