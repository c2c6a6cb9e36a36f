import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/roles";
import { applyImport, previewImport } from "@/lib/kpis/import";
import { transitionObservation } from "@/lib/kpis/mutations";
import { seedKpis } from "@/prisma/seed/kpis";
import { seedSdgs } from "@/prisma/seed/sdgs";
import { createTestUser } from "./factories";

const NOW = new Date("2026-11-26T03:00:00Z");
const HEADER = "indicator_id,series_id,fiscal_year,value,obs_status,footnote,evidence_url";
const utf8 = (s: string) => new TextEncoder().encode(s);
// "in-migrants,total,2024,1180,確報,県統計課「移住者調査」による" in Shift_JIS (see tests/unit/kpi-import-parse.test.ts).
const SHIFT_JIS = Uint8Array.from(
  "696e64696361746f725f69642c7365726965735f69642c66697363616c5f796561722c76616c75652c6f62735f7374617475732c666f6f746e6f74650d0a696e2d6d696772616e74732c746f74616c2c323032342c313138302c8a6d95f12c8ca7939d8c7689db817588da8f5a8ed292b28db8817682c982e682e90d0a"
    .match(/../g)!
    .map((b) => parseInt(b, 16)),
);

let staffA: Actor;
let staffB: Actor;
let validRows: string[];

const fingerprint = async () => ({
  observations: await db.kpiObservation.findMany({ orderBy: { id: "asc" } }),
  audit: await db.auditLog.count(),
});

beforeAll(async () => {
  await seedSdgs(db);
  await seedKpis(db);
  const a = await createTestUser(["STAFF"]);
  const b = await createTestUser(["STAFF"]);
  staffA = { id: a.id, roles: a.roles };
  staffB = { id: b.id, roles: b.roles };
  // 499 distinct series × year rows, each at the scale of its KPI (its first printed number).
  const series = await db.kpiSeries.findMany({
    orderBy: { id: "asc" },
    select: { key: true, baselineValue: true, kpi: { select: { code: true } }, milestones: { select: { value: true } } },
  });
  validRows = [];
  for (let fy = 2010; fy <= 2025 && validRows.length < 499; fy++) {
    for (const s of series) {
      if (validRows.length === 499) break;
      const value = Number(s.baselineValue ?? s.milestones.find((m) => m.value !== null)?.value ?? 1);
      validRows.push(`${s.kpi.code},${s.key},${fy},${value},FINAL,import test,`);
    }
  }
});

describe("CSV import", () => {
  test("row 500 of 500 is invalid → nothing changes, and the error names the line", async () => {
    const file = utf8([HEADER, ...validRows, "in-migrants,total,2026,abc,FINAL,,"].join("\r\n"));
    const before = await fingerprint();
    const preview = await previewImport(staffA, file, NOW);
    if (!preview.ok) throw new Error(preview.error);
    expect(preview.data.rows).toHaveLength(499);
    expect(preview.data.errors).toEqual([{ line: 501, field: "value", error: "kpiStaff.errors.valueNotNumber" }]);
    expect(await applyImport(staffA, file, NOW)).toEqual({ ok: false, error: "kpiImport.errors.rowsInvalid" });
    expect(await fingerprint()).toEqual(before);
  });

  test("a valid file applies all at once as submissions, which another staff member approves", async () => {
    const file = utf8([HEADER, ...validRows, "in-migrants,total,2026,1180,PRELIMINARY,,"].join("\n"));
    const result = await applyImport(staffA, file, NOW);
    expect(result).toEqual({ ok: true, data: { created: 500, unchanged: 0 } });
    expect(await db.kpiObservation.count({ where: { state: "SUBMITTED", submittedById: staffA.id } })).toBe(500);
    expect(await db.auditLog.count({ where: { action: "kpi_observation.import", actorId: staffA.id } })).toBe(500);
    const one = await db.kpiObservation.findFirstOrThrow({ where: { fiscalYear: 2026, series: { kpi: { code: "in-migrants" } } } });
    expect(await transitionObservation(staffA, "approve", one.id, NOW)).toEqual({ ok: false, error: "kpiStaff.errors.fourEyes" });
    expect(await transitionObservation(staffB, "approve", one.id, NOW)).toMatchObject({ ok: true });
    expect(await transitionObservation(staffB, "publish", one.id, NOW)).toMatchObject({ ok: true });
  });

  test("the preview tells new values, corrections and unchanged ones apart; unchanged rows are skipped", async () => {
    const file = utf8(`${HEADER}\nin-migrants,total,2026,1180,PRELIMINARY,,\n`);
    expect(await previewImport(staffA, file, NOW)).toMatchObject({ ok: true, data: { rows: [{ change: "unchanged", previous: "1180" }] } });
    expect(await applyImport(staffA, file, NOW)).toEqual({ ok: true, data: { created: 0, unchanged: 1 } });
    const sjis = await previewImport(staffA, SHIFT_JIS, NOW);
    expect(sjis).toMatchObject({ ok: true, data: { encoding: "Shift_JIS", rows: [{ code: "in-migrants", fiscalYear: 2024, value: "1180", status: "FINAL", change: "new" }] } });
  });

  test.each<[string, string, { field: string; error: string }[]]>([
    ["a duplicate row", "ghg-emissions,total,2026,13000,FINAL,,\nghg-emissions,total,2026,13100,FINAL,,", [{ field: "fiscal_year", error: "kpiImport.errors.duplicate" }]],
    ["a future fiscal year", "ghg-emissions,total,2027,13000,FINAL,,", [{ field: "fiscalYear", error: "kpiStaff.errors.futureFiscalYear" }]],
    ["a formula as the value", 'ghg-emissions,total,2026,"=HYPERLINK(""http://evil.example"",""x"")",FINAL,,', [{ field: "value", error: "kpiStaff.errors.valueNotNumber" }]],
    ["the wrong unit scale (t for 千t)", "ghg-emissions,total,2026,13000000,FINAL,,", [{ field: "value", error: "kpiStaff.errors.scaleSuspect" }]],
    ["an unknown KPI", "no-such-kpi,total,2026,1,FINAL,,", [{ field: "indicator_id", error: "kpiImport.errors.unknownSeries" }]],
    ["a script in the footnote", "ghg-emissions,total,2026,13000,FINAL,<script>alert(1)</script>,", [{ field: "note", error: "errors.markupNotAllowed" }]],
    ["a javascript: evidence URL", "ghg-emissions,total,2026,13000,FINAL,,javascript:alert(1)", [{ field: "evidenceUrl", error: "kpiStaff.errors.evidenceUrl" }]],
    ["a value already in progress", "in-migrants,total,2010,962,FINAL,,", [{ field: "fiscal_year", error: "kpiStaff.errors.pendingExists" }]],
  ])("refuses %s, writing nothing", async (_label, rows, errors) => {
    const file = utf8(`${HEADER}\n${rows}\n`);
    const before = await fingerprint();
    const preview = await previewImport(staffA, file, NOW);
    if (!preview.ok) throw new Error(preview.error);
    expect(preview.data.errors.map(({ field, error }) => ({ field, error }))).toEqual(expect.arrayContaining(errors));
    expect(await applyImport(staffA, file, NOW)).toEqual({ ok: false, error: "kpiImport.errors.rowsInvalid" });
    expect(await fingerprint()).toEqual(before);
  });

  test("a 50 MB file is refused before it is read", async () => {
    const before = await fingerprint();
    expect(await applyImport(staffA, new Uint8Array(50 * 1024 * 1024).fill(0x31), NOW)).toEqual({ ok: false, error: "kpiImport.errors.tooLarge" });
    expect(await fingerprint()).toEqual(before);
  });

  test.each([
    ["anonymous", null, "errors.signInRequired"],
    ["resident", ["RESIDENT"], "errors.forbidden"],
    ["facilitator", ["FACILITATOR"], "errors.forbidden"],
  ] as const)("%s may neither preview nor import", async (_who, roles, error) => {
    const user = roles ? await createTestUser([...roles]) : null;
    const actor = user ? { id: user.id, roles: user.roles } : null;
    const file = utf8(`${HEADER}\nghg-emissions,total,2026,13000,FINAL,,\n`);
    const before = await fingerprint();
    expect(await previewImport(actor, file, NOW)).toEqual({ ok: false, error });
    expect(await applyImport(actor, file, NOW)).toEqual({ ok: false, error });
    expect(await fingerprint()).toEqual(before);
  });
});
