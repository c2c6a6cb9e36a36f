import "server-only";
import { createHash } from "node:crypto";
import { db } from "../db";
import { fail, ok, type ActionResult } from "../actions/result";
import { recordAudit } from "../audit/record";
import { can, type Actor } from "../auth/roles";
import { isUniqueViolation } from "../db/errors";
import { fiscalYearOf } from "../dates/fiscal-year";
import { decodeImport, parseImport, type ImportRow } from "./import-parse";
import { isScaleSuspect } from "./rules";
import { observationSchema } from "./schemas";

export interface PreviewRow {
  line: number;
  code: string;
  seriesKey: string;
  fiscalYear: number;
  value: string;
  status: string;
  change: "new" | "correction" | "unchanged";
  previous: string | null;
}

export interface RowError {
  line: number;
  field: string;
  error: string;
}

export interface ImportPreview {
  encoding: "UTF-8" | "Shift_JIS";
  /** The file as UTF-8, sent back with the "apply" step so the same content is checked again. */
  text: string;
  rows: PreviewRow[];
  errors: RowError[];
}

interface Planned extends PreviewRow {
  seriesId: number;
  version: number;
  note: string | null;
  evidenceUrl: string | null;
}

type Checked = { ok: true; preview: ImportPreview; planned: Planned[] } | { ok: false; error: string; line?: number };

/** Every row checked against the same rules as the form, plus duplicates within the file. */
async function check(bytes: Uint8Array, now: Date): Promise<Checked> {
  const decoded = decodeImport(bytes);
  if (!decoded.ok) return decoded;
  const parsed = parseImport(decoded.text);
  if (!parsed.ok) return parsed;

  const series = await db.kpiSeries.findMany({
    select: {
      id: true,
      key: true,
      baselineValue: true,
      kpi: { select: { code: true } },
      milestones: { select: { value: true } },
      observations: { select: { fiscalYear: true, version: true, state: true, supersededAt: true, value: true, status: true } },
    },
  });
  const byKey = new Map(series.map((s) => [`${s.kpi.code}\u0000${s.key}`, s]));
  const schema = observationSchema(fiscalYearOf(now));
  const seen = new Map<string, number>();
  const errors: RowError[] = [];
  const planned: Planned[] = [];

  for (const row of parsed.rows) {
    const rowErrors = checkRow(row, byKey, schema, seen, planned);
    errors.push(...rowErrors);
  }
  const preview: ImportPreview = { encoding: decoded.encoding, text: decoded.text, rows: planned.map(toPreview), errors };
  return { ok: true, preview, planned };

  function checkRow(
    row: ImportRow,
    keys: typeof byKey,
    rowSchema: typeof schema,
    seenKeys: typeof seen,
    out: Planned[],
  ): RowError[] {
    const s = keys.get(`${row.code}\u0000${row.seriesKey}`);
    if (!s) return [{ line: row.line, field: "indicator_id", error: "kpiImport.errors.unknownSeries" }];
    const result = rowSchema.safeParse({
      seriesId: String(s.id),
      fiscalYear: row.fiscalYear,
      value: row.value,
      status: row.status,
      note: row.note,
      evidenceUrl: row.evidenceUrl,
    });
    if (!result.success) {
      return result.error.issues.map((issue) => ({ line: row.line, field: String(issue.path[0] ?? ""), error: issue.message }));
    }
    const input = result.data;
    const key = `${s.id}:${input.fiscalYear}`;
    const duplicateOf = seenKeys.get(key);
    if (duplicateOf !== undefined) return [{ line: row.line, field: "fiscal_year", error: "kpiImport.errors.duplicate" }];
    seenKeys.set(key, row.line);
    const versions = s.observations.filter((o) => o.fiscalYear === input.fiscalYear);
    if (versions.some((o) => o.state !== "PUBLISHED")) return [{ line: row.line, field: "fiscal_year", error: "kpiStaff.errors.pendingExists" }];
    const references = [s.baselineValue, ...s.milestones.map((m) => m.value)].flatMap((d) => (d === null ? [] : [Number(d)]));
    if (isScaleSuspect(Number(input.value), references)) return [{ line: row.line, field: "value", error: "kpiStaff.errors.scaleSuspect" }];
    const current = versions.find((o) => o.state === "PUBLISHED" && o.supersededAt === null);
    const same = current && Number(current.value) === Number(input.value) && current.status === input.status;
    out.push({
      line: row.line,
      code: row.code,
      seriesKey: row.seriesKey,
      fiscalYear: input.fiscalYear,
      value: input.value,
      status: input.status,
      change: !current ? "new" : same ? "unchanged" : "correction",
      previous: current ? String(current.value) : null,
      seriesId: s.id,
      version: Math.max(0, ...versions.map((o) => o.version)) + 1,
      note: input.note ?? null,
      evidenceUrl: input.evidenceUrl ?? null,
    });
    return [];
  }
}

const toPreview = ({ line, code, seriesKey, fiscalYear, value, status, change, previous }: Planned): PreviewRow => ({
  line,
  code,
  seriesKey,
  fiscalYear,
  value,
  status,
  change,
  previous,
});

/** Checks a file and shows what would change. Writes nothing. */
export async function previewImport(actor: Actor | null, bytes: Uint8Array, now: Date = new Date()): Promise<ActionResult<ImportPreview>> {
  if (!can(actor, "kpi.import")) return fail(actor ? "errors.forbidden" : "errors.signInRequired");
  const checked = await check(bytes, now);
  if (!checked.ok) return fail(checked.error);
  return ok(checked.preview);
}

/**
 * Applies a file all or nothing: if any row is invalid, nothing is written. Each new or changed
 * value becomes a submitted version by the importer, so another staff member approves it (four
 * eyes) before it is published. Unchanged rows are skipped.
 */
export async function applyImport(
  actor: Actor | null,
  bytes: Uint8Array,
  now: Date = new Date(),
): Promise<ActionResult<{ created: number; unchanged: number }>> {
  if (!can(actor, "kpi.import")) return fail(actor ? "errors.forbidden" : "errors.signInRequired");
  const checked = await check(bytes, now);
  if (!checked.ok) return fail(checked.error);
  if (checked.preview.errors.length > 0) return fail("kpiImport.errors.rowsInvalid");
  const changes = checked.planned.filter((p) => p.change !== "unchanged");
  const digest = createHash("sha256").update(bytes).digest("hex");
  try {
    await db.$transaction(
      async (tx) => {
        for (const p of changes) {
          const row = await tx.kpiObservation.create({
            data: {
              seriesId: p.seriesId,
              fiscalYear: p.fiscalYear,
              version: p.version,
              value: p.value,
              status: p.status as "PRELIMINARY" | "FINAL" | "ESTIMATE" | "REVISED",
              state: "SUBMITTED",
              note: p.note,
              evidenceUrl: p.evidenceUrl,
              createdById: actor!.id,
              submittedById: actor!.id,
              submittedAt: now,
            },
            select: { id: true },
          });
          await recordAudit(tx, {
            actorId: actor!.id,
            action: "kpi_observation.import",
            subjectType: "KpiObservation",
            subjectId: row.id,
            after: { state: "SUBMITTED", value: p.value, status: p.status, version: p.version, fiscalYear: p.fiscalYear, line: p.line, file: digest },
          });
        }
        await recordAudit(tx, {
          actorId: actor!.id,
          action: "kpi_import.apply",
          subjectType: "KpiImport",
          subjectId: digest,
          after: { rows: checked.planned.length, created: changes.length, encoding: checked.preview.encoding },
        });
      },
      { timeout: 60_000 },
    );
  } catch (error) {
    // Someone entered a value for one of these years since the check: the whole file waits.
    if (isUniqueViolation(error)) return fail("kpiStaff.errors.stateChanged");
    throw error;
  }
  return ok({ created: changes.length, unchanged: checked.planned.length - changes.length });
}
