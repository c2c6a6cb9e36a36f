import "server-only";
import { db, type Tx } from "../db";
import { fail, ok, type ActionResult } from "../actions/result";
import { recordAudit } from "../audit/record";
import { refuse } from "../auth/gate";
import { can, type Action, type Actor } from "../auth/roles";
import { isCheckViolation, isUniqueViolation } from "../db/errors";
import { fiscalYearOf } from "../dates/fiscal-year";
import type { Prisma } from "../generated/prisma/client";
import { assessKpis } from "./assessment";
import { isScaleSuspect } from "./rules";
import { observationSchema } from "./schemas";
import { fieldErrorsOf } from "../validation/text";
import { checkEvidence, storeEvidence } from "../uploads/evidence";

type State = "DRAFT" | "SUBMITTED" | "APPROVED" | "PUBLISHED";

const SUBJECT = "KpiObservation";

const snapshot = (o: { state: string; value: Prisma.Decimal | string; status: string; version: number; fiscalYear: number }) => ({
  state: o.state,
  value: String(o.value),
  status: o.status,
  version: o.version,
  fiscalYear: o.fiscalYear,
});

/**
 * Records an actual value as a draft. If a value for that series and year is already published,
 * this is a correction: it becomes the next version, and the published one stays until the
 * correction itself is published. Only one unpublished version may be open per series and year.
 */
export async function createObservation(
  actor: Actor | null,
  raw: Record<string, unknown>,
  options: { now?: Date; derived?: boolean; evidenceFile?: { bytes: Uint8Array; name: string } } = {},
): Promise<ActionResult<{ id: string; version: number }>> {
  if (!can(actor, "kpi.observation.edit")) return refuse(actor);
  const parsed = observationSchema(fiscalYearOf(options.now ?? new Date())).safeParse(raw);
  const evidence = options.evidenceFile ? await checkEvidence(options.evidenceFile.bytes, options.evidenceFile.name) : null;
  if (!parsed.success || (evidence && !evidence.ok)) {
    const fieldErrors = parsed.success ? {} : fieldErrorsOf(parsed.error);
    if (evidence && !evidence.ok) fieldErrors.evidenceFile = [evidence.error];
    return fail("errors.checkFields", fieldErrors);
  }
  const input = parsed.data;

  const series = await db.kpiSeries.findUnique({
    where: { id: input.seriesId },
    select: { id: true, baselineValue: true, milestones: { select: { value: true } } },
  });
  if (!series) return fail("errors.checkFields", { seriesId: ["errors.invalidChoice"] });
  const references = [series.baselineValue, ...series.milestones.map((m) => m.value)].flatMap((d) => (d === null ? [] : [Number(d)]));
  if (!input.confirmScale && isScaleSuspect(Number(input.value), references)) {
    return fail("kpiStaff.errors.scaleSuspect", { value: ["kpiStaff.errors.scaleSuspect"] });
  }

  try {
    const created = await db.$transaction(async (tx) => {
      const versions = await tx.kpiObservation.findMany({
        where: { seriesId: input.seriesId, fiscalYear: input.fiscalYear },
        select: { version: true, state: true },
        orderBy: { version: "desc" },
      });
      if (versions.some((v) => v.state !== "PUBLISHED")) return null;
      const evidenceUploadId =
        evidence?.ok ? await storeEvidence(tx, evidence, actor!.id) : null;
      const row = await tx.kpiObservation.create({
        data: {
          seriesId: input.seriesId,
          fiscalYear: input.fiscalYear,
          version: (versions[0]?.version ?? 0) + 1,
          value: input.value,
          status: input.status,
          evidenceUrl: input.evidenceUrl ?? null,
          evidenceUploadId,
          note: input.note ?? null,
          derived: options.derived ?? false,
          createdById: actor!.id,
        },
        select: { id: true, version: true, state: true, value: true, status: true, fiscalYear: true },
      });
      await recordAudit(tx, {
        actorId: actor!.id,
        action: "kpi_observation.create",
        subjectType: SUBJECT,
        subjectId: row.id,
        after: { ...snapshot(row), seriesId: input.seriesId, evidenceUrl: input.evidenceUrl ?? null, evidenceUploadId, note: input.note ?? null },
      });
      return row;
    });
    if (!created) return fail("kpiStaff.errors.pendingExists");
    return ok({ id: created.id, version: created.version });
  } catch (error) {
    // Two people saved the same year at once: the second loses the version number race.
    if (isUniqueViolation(error)) return fail("kpiStaff.errors.stateChanged");
    throw error;
  }
}

interface Transition {
  action: Action;
  from: State;
  to: State;
  audit: string;
  /** Extra columns to set, and an optional check before the move. */
  apply: (actor: Actor, now: Date) => Prisma.KpiObservationUpdateManyMutationInput;
  ownerOf?: (o: { submittedById: string | null }) => string | null;
  /** Four eyes: whoever entered the value may not approve it either, even if someone else submitted it. */
  notBy?: (o: { createdById: string | null }) => string | null;
  refusal?: string;
  after?: (tx: Tx, o: { id: string; seriesId: number; fiscalYear: number }, actor: Actor, now: Date) => Promise<void>;
}

const TRANSITIONS = {
  submit: {
    action: "kpi.observation.edit",
    from: "DRAFT",
    to: "SUBMITTED",
    audit: "kpi_observation.submit",
    apply: (actor, now) => ({ submittedById: actor.id, submittedAt: now }),
  },
  approve: {
    action: "kpi.observation.approve",
    from: "SUBMITTED",
    to: "APPROVED",
    audit: "kpi_observation.approve",
    apply: (actor, now) => ({ approvedById: actor.id, approvedAt: now }),
    ownerOf: (o) => o.submittedById,
    notBy: (o) => o.createdById,
    refusal: "kpiStaff.errors.fourEyes",
  },
  returnToDraft: {
    action: "kpi.observation.approve",
    from: "SUBMITTED",
    to: "DRAFT",
    audit: "kpi_observation.return",
    apply: () => ({ submittedById: null, submittedAt: null }),
    ownerOf: (o) => o.submittedById,
    refusal: "kpiStaff.errors.fourEyes",
  },
  // The submitter takes their own submission back to draft (to correct it, or because it was
  // sent too early); nobody else may, and approvers return it with returnToDraft instead.
  withdraw: {
    action: "kpi.observation.withdraw",
    from: "SUBMITTED",
    to: "DRAFT",
    audit: "kpi_observation.withdraw",
    apply: () => ({ submittedById: null, submittedAt: null }),
    ownerOf: (o) => o.submittedById,
    refusal: "errors.forbidden",
  },
  publish: {
    action: "kpi.observation.publish",
    from: "APPROVED",
    to: "PUBLISHED",
    audit: "kpi_observation.publish",
    apply: (actor, now) => ({ publishedById: actor.id, publishedAt: now }),
    after: async (tx, o, _actor, now) => {
      const kpi = await tx.kpiSeries.findUniqueOrThrow({ where: { id: o.seriesId }, select: { kpi: { select: { id: true, code: true } } } });
      await storeGrades(tx, kpi.kpi.id, kpi.kpi.code, fiscalYearOf(now));
    },
  },
} satisfies Record<string, Transition>;

export type TransitionName = keyof typeof TRANSITIONS;

/**
 * Moves a value one step through draft → submitted → approved → published (or back to draft, by
 * a reviewer or by its submitter), with its audit row.
 */
export async function transitionObservation(
  actor: Actor | null,
  name: TransitionName,
  id: string,
  now: Date = new Date(),
): Promise<ActionResult<{ id: string; kpiCode: string }>> {
  const t: Transition = TRANSITIONS[name];
  // Every step is staff work; whether this person may take this step on this value is checked
  // once the value is loaded (four eyes needs its submitter).
  if (!can(actor, "kpi.observation.edit")) return refuse(actor);
  const row = await db.kpiObservation.findUnique({
    where: { id },
    select: { id: true, seriesId: true, fiscalYear: true, state: true, submittedById: true, createdById: true, series: { select: { kpi: { select: { code: true } } } } },
  });
  if (!row) return fail("kpiStaff.errors.notFound");
  // The state first: a step pressed twice (or on a stale page) says the value has moved on, rather
  // than judging the person against a submitter the first press already cleared.
  if (row.state !== t.from) return fail("kpiStaff.errors.stateChanged");
  if (!can(actor, t.action, { ownerId: t.ownerOf?.(row) ?? null })) return fail(t.refusal ?? "errors.forbidden");
  if (t.notBy && t.notBy(row) === actor!.id) return fail(t.refusal ?? "errors.forbidden");

  try {
    const moved = await db.$transaction(async (tx) => {
      if (t.to === "PUBLISHED") {
        // The partial unique index allows one current published value per series and year, so
        // the version being corrected steps aside first, in the same transaction.
        const previous = await tx.kpiObservation.findMany({
          where: { seriesId: row.seriesId, fiscalYear: row.fiscalYear, state: "PUBLISHED", supersededAt: null },
          select: { id: true, version: true },
        });
        for (const p of previous) {
          await tx.kpiObservation.update({ where: { id: p.id }, data: { supersededAt: now } });
          await recordAudit(tx, {
            actorId: actor!.id,
            action: "kpi_observation.supersede",
            subjectType: SUBJECT,
            subjectId: p.id,
            before: { supersededAt: null },
            after: { supersededAt: now.toISOString(), supersededBy: row.id },
          });
        }
      }
      // Conditional on the state read above, so two people pressing at once cannot both move it;
      // and, where the rule is about the submitter, on the submitter it was checked against.
      const { count } = await tx.kpiObservation.updateMany({
        where: { id, state: t.from, ...(t.ownerOf ? { submittedById: row.submittedById } : {}) },
        data: { state: t.to, ...t.apply(actor!, now) },
      });
      if (count !== 1) return false;
      const after = await tx.kpiObservation.findUniqueOrThrow({
        where: { id },
        select: { state: true, value: true, status: true, version: true, fiscalYear: true },
      });
      await recordAudit(tx, {
        actorId: actor!.id,
        action: t.audit,
        subjectType: SUBJECT,
        subjectId: id,
        before: { state: t.from },
        after: snapshot(after),
      });
      await t.after?.(tx, row, actor!, now);
      return true;
    });
    if (!moved) return fail("kpiStaff.errors.stateChanged");
    return ok({ id, kpiCode: row.series.kpi.code });
  } catch (error) {
    // The database's own four-eyes CHECK is the last line if the rule above were ever bypassed.
    if (isCheckViolation(error)) return fail("kpiStaff.errors.fourEyes");
    if (isUniqueViolation(error)) return fail("kpiStaff.errors.stateChanged");
    throw error;
  }
}

/** Stores the KPI's grade and each series' grade with the inputs that produced them. */
export async function storeGrades(tx: Tx, kpiId: number, code: string, asOfFiscalYear: number): Promise<void> {
  const [kpi] = await assessKpis(tx, asOfFiscalYear, code);
  if (!kpi) return;
  const seriesIds = await tx.kpiSeries.findMany({ where: { kpiId }, select: { id: true, key: true } });
  const idOf = new Map(seriesIds.map((s) => [s.key, s.id]));
  await tx.kpiGrade.createMany({
    data: [
      { kpiId, seriesId: null, grade: kpi.grade.grade, inputs: { ...kpi.grade, asOfFiscalYear } },
      ...kpi.series.map((s) => ({
        kpiId,
        seriesId: idOf.get(s.key) ?? null,
        grade: s.grade.grade,
        inputs: { reason: s.grade.reason, stale: s.grade.stale, ...s.grade.inputs } as Prisma.InputJsonValue,
      })),
    ],
  });
}
