import "server-only";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { fail, type ActionResult } from "../actions/result";
import { can, type Actor } from "../auth/roles";
import { fiscalYearRange } from "../dates/fiscal-year";
import { createObservation } from "./mutations";

/**
 * KPIs the platform can count itself. "projects-running": the 累計 number of projects linked to the
 * KPI that had reached RUNNING by the end of the fiscal year (「地域ビジョンから生まれた共創の取組件数」).
 */
export async function computeDerivedValue(
  code: string,
  fiscalYear: number,
  client: Pick<Prisma.TransactionClient, "kpi" | "project"> = db,
): Promise<{ value: number; projects: number } | null> {
  const kpi = await client.kpi.findUnique({ where: { code }, select: { id: true, derivation: true } });
  if (kpi?.derivation !== "projects-running") return null;
  const { end } = fiscalYearRange(fiscalYear);
  const projects = await client.project.count({
    where: { runningSince: { lt: end }, isDemo: false, kpis: { some: { kpiId: kpi.id } } },
  });
  return { value: projects, projects };
}

/**
 * Drafts the derived value for a year. It is an ordinary draft marked `derived`: staff submit it
 * and another staff member approves it before it is published, as with any value.
 */
export async function draftDerivedObservation(
  actor: Actor | null,
  code: string,
  fiscalYear: number,
  now: Date = new Date(),
): Promise<ActionResult<{ id: string; version: number; value: number }>> {
  if (!can(actor, "kpi.observation.edit")) return fail(actor ? "errors.forbidden" : "errors.signInRequired");
  if (!Number.isInteger(fiscalYear) || fiscalYear < 2010 || fiscalYear > 2100) return fail("kpiStaff.errors.fiscalYear");
  const derived = await computeDerivedValue(code, fiscalYear);
  if (!derived) return fail("kpiStaff.errors.notDerived");
  const series = await db.kpiSeries.findFirstOrThrow({ where: { kpi: { code } }, orderBy: { sortOrder: "asc" }, select: { id: true } });
  const result = await createObservation(
    actor,
    {
      seriesId: String(series.id),
      fiscalYear: String(fiscalYear),
      value: String(derived.value),
      status: "FINAL",
      note: `湯けむりの取組データから算出（${fiscalYear}年度末までに「実施中」になった取組 ${derived.projects}件） / Counted from Yukemuri's project records`,
      // A count of what exists on the platform is its own evidence, however far from the plan's targets.
      confirmScale: "on",
    },
    { now, derived: true },
  );
  return result.ok ? { ok: true, data: { ...result.data, value: derived.value } } : result;
}
