import "server-only";
import { db } from "../db";
import { ideaFunnel, medianDaysPerStage } from "./analytics-rules";

/** Everything the staff analytics page shows, computed from the live data. */
export async function loadCocreationAnalytics(now = new Date()) {
  const [ideas, changes, openNeeds, participants] = await Promise.all([
    db.idea.findMany({
      select: { status: true, projects: { select: { project: { select: { stage: true, runningSince: true } } } } },
    }),
    db.projectStageChange.findMany({ select: { projectId: true, toStage: true, changedAt: true } }),
    db.projectNeed.findMany({
      where: { status: { not: "MET" } },
      orderBy: { openedAt: "asc" },
      take: 20,
      select: { id: true, kind: true, titleJa: true, status: true, openedAt: true, project: { select: { slug: true, titleJa: true, titleEn: true } } },
    }),
    db.workshopParticipant.findMany({
      select: { affiliation: true, session: { select: { series: { select: { year: true, areas: { select: { code: true, nameJa: true, nameEn: true } } } } } } },
    }),
  ]);

  const funnel = ideaFunnel(
    ideas.map((idea) => ({
      status: idea.status,
      projectStages: idea.projects.map((p) => p.project.stage),
      projectsEverRunning: idea.projects.some((p) => p.project.runningSince !== null),
    })),
  );

  // Participation by year and affiliation, and by area: who the workshops reach.
  const byYear = new Map<number, Record<string, number>>();
  const byArea = new Map<string, { nameJa: string; nameEn: string; count: number }>();
  for (const participant of participants) {
    const { year, areas } = participant.session.series;
    const row = byYear.get(year) ?? {};
    row[participant.affiliation] = (row[participant.affiliation] ?? 0) + 1;
    byYear.set(year, row);
    for (const area of areas) {
      const entry = byArea.get(area.code) ?? { nameJa: area.nameJa, nameEn: area.nameEn, count: 0 };
      entry.count += 1;
      byArea.set(area.code, entry);
    }
  }

  return {
    funnel,
    medianDays: medianDaysPerStage(changes, now),
    openNeeds: openNeeds.map((need) => ({ ...need, daysOpen: Math.floor((now.getTime() - need.openedAt.getTime()) / 86_400_000) })),
    participationByYear: [...byYear.entries()].sort(([a], [b]) => a - b).map(([year, counts]) => ({ year, ...counts })),
    participationByArea: [...byArea.entries()].map(([code, entry]) => ({ code, ...entry })).sort((a, b) => b.count - a.count),
    participantCount: participants.length,
  };
}
export type CocreationAnalytics = Awaited<ReturnType<typeof loadCocreationAnalytics>>;
