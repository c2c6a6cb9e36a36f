import "server-only";
import { fiscalYearRange } from "../dates/fiscal-year";
import type { Prisma } from "../generated/prisma/client";

/** The derivation key of 地域ビジョンから生まれた共創の取組件数（累計） (prisma/seed/kpis.ts). */
export const PROJECTS_RUNNING = "projects-running";

/**
 * Recomputes the co-creation KPI's value for a fiscal year from the projects (cumulative count of
 * projects that had reached RUNNING by the year's end) and leaves it as a derived DRAFT for staff
 * to submit and approve. A draft is updated in place; a value already in the workflow is never
 * overwritten: a new draft version follows it.
 */
export async function refreshCocreationKpiDraft(tx: Prisma.TransactionClient, fiscalYear: number, actorId: string | null): Promise<void> {
  const series = await tx.kpiSeries.findFirst({
    where: { kpi: { derivation: PROJECTS_RUNNING } },
    orderBy: { sortOrder: "asc" },
    select: { id: true },
  });
  if (!series) return;
  const value = await tx.project.count({ where: { runningSince: { not: null, lt: fiscalYearRange(fiscalYear).end } } });
  const latest = await tx.kpiObservation.findFirst({
    where: { seriesId: series.id, fiscalYear },
    orderBy: { version: "desc" },
    select: { id: true, version: true, state: true, value: true },
  });
  if (latest && Number(latest.value.toString()) === value) return;
  if (latest?.state === "DRAFT") {
    await tx.kpiObservation.update({ where: { id: latest.id }, data: { value: String(value), derived: true } });
    return;
  }
  await tx.kpiObservation.create({
    data: {
      seriesId: series.id,
      fiscalYear,
      version: (latest?.version ?? 0) + 1,
      value: String(value),
      status: "PRELIMINARY",
      state: "DRAFT",
      derived: true,
      createdById: actorId,
      note: "プロジェクトの段階（実施中）から自動集計 / Computed from projects that reached the running stage",
    },
  });
}
