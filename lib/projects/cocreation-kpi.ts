import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { computeDerivedValue } from "../kpis/derived";

/** The derivation key of 地域ビジョンから生まれた共創の取組件数（累計） (prisma/seed/kpis.ts). */
export const PROJECTS_RUNNING = "projects-running";

/** The co-creation KPI, which every project born on the platform counts towards. */
export function findCocreationKpi(tx: Pick<Prisma.TransactionClient, "kpi">) {
  return tx.kpi.findFirst({ where: { derivation: PROJECTS_RUNNING }, select: { id: true, code: true } });
}

/**
 * Recomputes the co-creation KPI's value for a fiscal year with the KPI module's own count
 * (lib/kpis/derived.ts), inside the transaction that moved a project, and leaves it as a derived
 * DRAFT for staff to submit and approve. A draft is updated in place; a value already in the
 * workflow is never overwritten: a new draft version follows it.
 */
export async function refreshCocreationKpiDraft(tx: Prisma.TransactionClient, fiscalYear: number, actorId: string | null): Promise<void> {
  const kpi = await findCocreationKpi(tx);
  if (!kpi) return;
  const [derived, series] = await Promise.all([
    computeDerivedValue(kpi.code, fiscalYear, tx),
    tx.kpiSeries.findFirst({ where: { kpiId: kpi.id }, orderBy: { sortOrder: "asc" }, select: { id: true } }),
  ]);
  if (!derived || !series) return;
  const latest = await tx.kpiObservation.findFirst({
    where: { seriesId: series.id, fiscalYear },
    orderBy: { version: "desc" },
    select: { id: true, version: true, state: true, value: true },
  });
  if (latest && Number(latest.value.toString()) === derived.value) return;
  if (latest?.state === "DRAFT") {
    await tx.kpiObservation.update({ where: { id: latest.id }, data: { value: String(derived.value), derived: true } });
    return;
  }
  await tx.kpiObservation.create({
    data: {
      seriesId: series.id,
      fiscalYear,
      version: (latest?.version ?? 0) + 1,
      value: String(derived.value),
      status: "PRELIMINARY",
      state: "DRAFT",
      derived: true,
      createdById: actorId,
      note: `湯けむりの取組データから自動集計（${fiscalYear}年度末までに「実施中」になった取組 ${derived.projects}件） / Counted from Yukemuri's project records`,
    },
  });
}
