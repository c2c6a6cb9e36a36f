import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import type { Actor, Role } from "@/lib/auth/roles";
import { assessKpis } from "@/lib/kpis/assessment";
import { createObservation, transitionObservation, type TransitionName } from "@/lib/kpis/mutations";
import { getKpiForStaff, listKpisForStaff } from "@/lib/kpis/queries";
import { seedKpis } from "@/prisma/seed/kpis";
import { seedSdgs } from "@/prisma/seed/sdgs";
import { createTestUser } from "./factories";

const NOW = new Date("2026-11-26T03:00:00Z"); // FY2026
const CODE = "women-in-management"; // baseline 16.1 (FY2017) → 33 (FY2025)

let seriesId: number;
let staffA: Actor;
let staffB: Actor;
let admin: Actor;

const actorOf = async (roles: Role[]): Promise<Actor> => {
  const u = await createTestUser(roles);
  return { id: u.id, roles: u.roles };
};

const input = (overrides: Record<string, unknown> = {}) => ({
  seriesId: String(seriesId),
  fiscalYear: "2024",
  value: "24.5",
  status: "PRELIMINARY",
  evidenceUrl: "https://www.pref.gunma.jp/site/example.html",
  note: "県男女共同参画課の調査による",
  ...overrides,
});

/** Everything a refused call must leave untouched. */
const fingerprint = async () => ({
  observations: await db.kpiObservation.findMany({ orderBy: { id: "asc" } }),
  audit: await db.auditLog.count(),
  grades: await db.kpiGrade.count(),
});

async function walk(actor: Actor, id: string, ...steps: TransitionName[]) {
  for (const step of steps) {
    const result = await transitionObservation(actor, step, id, NOW);
    expect(result, step).toMatchObject({ ok: true });
  }
}

beforeAll(async () => {
  await seedSdgs(db);
  await seedKpis(db);
  const kpi = await db.kpi.findUniqueOrThrow({ where: { code: CODE }, select: { series: { select: { id: true } } } });
  seriesId = kpi.series[0]!.id;
  staffA = await actorOf(["STAFF"]);
  staffB = await actorOf(["STAFF"]);
  admin = await actorOf(["ADMIN"]);
});

describe("draft → submitted → approved → published", () => {
  test("staff A submits, staff B approves, the value is public and graded, every step audited", async () => {
    const created = await createObservation(staffA, input(), { now: NOW });
    if (!created.ok) throw new Error(created.error);
    expect(created.data.version).toBe(1);
    const id = created.data.id;

    await walk(staffA, id, "submit");
    const before = await fingerprint();
    expect(await transitionObservation(staffA, "approve", id, NOW)).toEqual({ ok: false, error: "kpiStaff.errors.fourEyes" });
    expect(await fingerprint()).toEqual(before);

    await walk(staffB, id, "approve");
    await walk(staffA, id, "publish");

    const row = await db.kpiObservation.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ state: "PUBLISHED", createdById: staffA.id, submittedById: staffA.id, approvedById: staffB.id, publishedById: staffA.id });
    const audit = await db.auditLog.findMany({ where: { subjectId: id }, orderBy: { id: "asc" }, select: { action: true, actorId: true } });
    expect(audit).toEqual([
      { action: "kpi_observation.create", actorId: staffA.id },
      { action: "kpi_observation.submit", actorId: staffA.id },
      { action: "kpi_observation.approve", actorId: staffB.id },
      { action: "kpi_observation.publish", actorId: staffA.id },
    ]);

    const [kpi] = await assessKpis(db, 2026, CODE);
    expect(kpi!.series[0]!.observations).toMatchObject([{ fiscalYear: 2024, value: 24.5, version: 1, isDemo: false }]);
    expect(kpi!.grade.grade).toBe("OFF_TRACK"); // 16.1 → 33 by FY2025: 30.89 expected in FY2024, pace 0.57
    const stored = await db.kpiGrade.findMany({ where: { kpi: { code: CODE } }, select: { seriesId: true, grade: true, inputs: true } });
    expect(stored).toHaveLength(2); // the KPI and its one series
    expect(stored.find((g) => g.seriesId !== null)?.inputs).toMatchObject({ latest: { fiscalYear: 2024, value: 24.5 }, method: "plan-path" });
  });

  test("a correction is a new version; the published value stays until the correction is published", async () => {
    const [first] = await db.kpiObservation.findMany({ where: { seriesId, fiscalYear: 2024, state: "PUBLISHED" } });
    const corrected = await createObservation(staffB, input({ value: "25.1", status: "REVISED", note: "確報値に改訂" }), { now: NOW });
    if (!corrected.ok) throw new Error(corrected.error);
    expect(corrected.data.version).toBe(2);

    // Only one unpublished version may be open per series and year.
    expect(await createObservation(staffA, input({ value: "25.2" }), { now: NOW })).toEqual({ ok: false, error: "kpiStaff.errors.pendingExists" });

    await walk(staffB, corrected.data.id, "submit");
    expect((await assessKpis(db, 2026, CODE))[0]!.series[0]!.observations[0]!.value).toBe(24.5);
    await walk(staffA, corrected.data.id, "approve", "publish");

    const versions = await db.kpiObservation.findMany({ where: { seriesId, fiscalYear: 2024 }, orderBy: { version: "asc" } });
    expect(versions.map((v) => [v.version, String(v.value), v.state, v.supersededAt !== null])).toEqual([
      [1, "24.5", "PUBLISHED", true],
      [2, "25.1", "PUBLISHED", false],
    ]);
    expect(versions[0]!.id).toBe(first!.id);
    const [kpi] = await assessKpis(db, 2026, CODE);
    expect(kpi!.series[0]!.observations.map((o) => [o.value, o.version])).toEqual([[25.1, 2]]);
    expect(kpi!.series[0]!.revisions.map((o) => [o.value, o.version])).toEqual([[24.5, 1]]);
    expect(await db.auditLog.count({ where: { subjectId: first!.id, action: "kpi_observation.supersede" } })).toBe(1);
  });

  test("a reviewer may return a submission to draft, but not their own", async () => {
    const created = await createObservation(staffA, input({ fiscalYear: "2023", value: "22.8" }), { now: NOW });
    if (!created.ok) throw new Error(created.error);
    await walk(staffA, created.data.id, "submit");
    expect(await transitionObservation(staffA, "returnToDraft", created.data.id, NOW)).toEqual({ ok: false, error: "kpiStaff.errors.fourEyes" });
    await walk(admin, created.data.id, "returnToDraft");
    expect(await db.kpiObservation.findUniqueOrThrow({ where: { id: created.data.id } })).toMatchObject({ state: "DRAFT", submittedById: null });
    // Steps out of order are refused with a message, not an exception.
    expect(await transitionObservation(staffB, "publish", created.data.id, NOW)).toEqual({ ok: false, error: "kpiStaff.errors.stateChanged" });
    expect(await transitionObservation(staffB, "approve", "no-such-id", NOW)).toEqual({ ok: false, error: "kpiStaff.errors.notFound" });
  });

  test("the staff list shows the latest value, open work and the years due; the detail shows the history", async () => {
    const rows = await listKpisForStaff(2026);
    expect(rows).toHaveLength(33);
    const row = rows.find((r) => r.code === CODE)!;
    expect(row.ownerDepartmentJa === null || typeof row.ownerDepartmentJa === "string").toBe(true);
    expect(row.series[0]).toMatchObject({ latest: { fiscalYear: 2024, value: "25.1" }, pending: 1 });
    expect(row.series[0]!.due).toEqual([2021, 2022, 2023, 2025]);
    const detail = await getKpiForStaff(CODE);
    expect(detail!.series[0]!.observations.map((o) => `${o.fiscalYear}v${o.version}:${o.state}`)).toEqual([
      "2024v2:PUBLISHED",
      "2024v1:PUBLISHED",
      "2023v1:DRAFT",
    ]);
    expect(detail!.history.length).toBeGreaterThanOrEqual(11);
    expect(detail!.history[0]!.actor?.id).toBe(admin.id);
    // What the editor shows beside the input: baseline, targets, and the current published value
    // (the correction, not the version it replaced).
    expect(detail!.series[0]).toMatchObject({
      baseline: { fiscalYear: 2017, value: 16.1 },
      milestones: [{ fiscalYear: 2025, value: 33, comparator: "EQ" }],
      latestPublished: { fiscalYear: 2024, value: 25.1 },
    });
    // A KPI whose plan prints no baseline, with nothing published yet.
    const unpublished = await getKpiForStaff("sounding-surveys");
    expect(unpublished!.series[0]).toMatchObject({ baseline: null, baselinePrinted: "－", milestones: [{ fiscalYear: 2025, value: 15 }], latestPublished: null });
  });
});

describe("every role against every action", () => {
  const refused = { anonymous: "errors.signInRequired", resident: "errors.forbidden", member: "errors.forbidden", facilitator: "errors.forbidden" } as const;
  const rolesOf: Record<keyof typeof refused, Role[] | null> = {
    anonymous: null,
    resident: ["RESIDENT"],
    member: ["RESIDENT", "MEMBER"],
    facilitator: ["FACILITATOR"],
  };

  test.each(Object.keys(refused) as (keyof typeof refused)[])("%s may not create, submit, approve, return, withdraw or publish", async (who) => {
    const roles = rolesOf[who];
    const actor = roles ? await actorOf(roles) : null;
    const draft = await createObservation(staffA, input({ fiscalYear: "2021", value: "20" }), { now: NOW });
    const submitted = await createObservation(staffA, input({ fiscalYear: "2022", value: "21" }), { now: NOW });
    const approved = await createObservation(staffA, input({ fiscalYear: "2020", value: "19" }), { now: NOW });
    if (!draft.ok || !submitted.ok || !approved.ok) throw new Error("setup failed");
    await walk(staffA, submitted.data.id, "submit");
    await walk(staffA, approved.data.id, "submit");
    await walk(staffB, approved.data.id, "approve");

    const before = await fingerprint();
    const error = refused[who];
    expect(await createObservation(actor, input({ fiscalYear: "2019" }), { now: NOW })).toEqual({ ok: false, error });
    expect(await transitionObservation(actor, "submit", draft.data.id, NOW)).toEqual({ ok: false, error });
    expect(await transitionObservation(actor, "approve", submitted.data.id, NOW)).toEqual({ ok: false, error });
    expect(await transitionObservation(actor, "returnToDraft", submitted.data.id, NOW)).toEqual({ ok: false, error });
    expect(await transitionObservation(actor, "withdraw", submitted.data.id, NOW)).toEqual({ ok: false, error });
    expect(await transitionObservation(actor, "publish", approved.data.id, NOW)).toEqual({ ok: false, error });
    expect(await fingerprint()).toEqual(before);

    // Clean up through the workflow itself (nothing is deleted): staff finish the three values.
    await walk(staffA, draft.data.id, "submit");
    await walk(staffB, draft.data.id, "approve", "publish");
    await walk(staffB, submitted.data.id, "approve", "publish");
    await walk(staffA, approved.data.id, "publish");
  });

  test("staff and admin may do every step, with four eyes between them", async () => {
    const created = await createObservation(admin, input({ fiscalYear: "2019", value: "18" }), { now: NOW });
    if (!created.ok) throw new Error(created.error);
    await walk(admin, created.data.id, "submit");
    expect(await transitionObservation(admin, "approve", created.data.id, NOW)).toEqual({ ok: false, error: "kpiStaff.errors.fourEyes" });
    await walk(staffA, created.data.id, "approve");
    await walk(admin, created.data.id, "publish");
  });
});

describe("invalid, hostile and oversized input changes nothing", () => {
  test.each<[string, Record<string, unknown>, string, string]>([
    ["non-numeric", { value: "abc" }, "value", "kpiStaff.errors.valueNotNumber"],
    ["a unit in the value", { value: "1億" }, "value", "kpiStaff.errors.valueNotNumber"],
    ["too many decimals", { value: "12.34567" }, "value", "kpiStaff.errors.valueNotNumber"],
    ["an empty value", { value: "  " }, "value", "kpiStaff.errors.valueRequired"],
    ["a spreadsheet formula", { value: "=1+1" }, "value", "kpiStaff.errors.valueNotNumber"],
    ["a future fiscal year", { fiscalYear: "2027" }, "fiscalYear", "kpiStaff.errors.futureFiscalYear"],
    ["a fiscal year that is not a year", { fiscalYear: "令和6" }, "fiscalYear", "kpiStaff.errors.fiscalYear"],
    ["an ancient fiscal year", { fiscalYear: "1999" }, "fiscalYear", "kpiStaff.errors.fiscalYear"],
    ["a 10 kB note", { note: "あ".repeat(10_000) }, "note", "errors.tooLong"],
    ["a script in the note", { note: '<script>alert("x")</script>' }, "note", "errors.markupNotAllowed"],
    ["control characters in the note", { note: "abc\u0000def" }, "note", "errors.invalidCharacters"],
    ["a javascript: URL", { evidenceUrl: "javascript:alert(1)" }, "evidenceUrl", "kpiStaff.errors.evidenceUrl"],
    ["an unknown status", { status: "GUESS" }, "status", "errors.invalidChoice"],
    ["a series id that is not a number", { seriesId: "1 OR 1=1" }, "seriesId", "errors.invalidChoice"],
  ])("%s", async (_label, overrides, field, key) => {
    const before = await fingerprint();
    const result = await createObservation(staffA, input({ fiscalYear: "2018", ...overrides }), { now: NOW });
    expect(result).toEqual({ ok: false, error: "errors.checkFields", fieldErrors: { [field]: [key] } });
    expect(await fingerprint()).toEqual(before);
  });

  test("an unknown series is refused", async () => {
    const before = await fingerprint();
    expect(await createObservation(staffA, input({ seriesId: "999999" }), { now: NOW })).toEqual({
      ok: false,
      error: "errors.checkFields",
      fieldErrors: { seriesId: ["errors.invalidChoice"] },
    });
    expect(await fingerprint()).toEqual(before);
  });

  test("a value in the wrong unit scale needs an explicit confirmation", async () => {
    const before = await fingerprint();
    // 24.5 % typed as 2450 (or as a fraction, 0.0245 would still pass: within a thousandth).
    expect(await createObservation(staffA, input({ fiscalYear: "2018", value: "2450" }), { now: NOW })).toEqual({
      ok: false,
      error: "kpiStaff.errors.scaleSuspect",
      fieldErrors: { value: ["kpiStaff.errors.scaleSuspect"] },
    });
    expect(await fingerprint()).toEqual(before);
    const confirmed = await createObservation(staffA, input({ fiscalYear: "2018", value: "2450", confirmScale: "on" }), { now: NOW });
    expect(confirmed.ok).toBe(true);
  });

  test("full-width digits and thousands separators are read as the number they are", async () => {
    const kpi = await db.kpi.findUniqueOrThrow({ where: { code: "gross-prefectural-product" }, select: { series: { select: { id: true } } } });
    const result = await createObservation(staffA, input({ seriesId: String(kpi.series[0]!.id), value: "９１,５００" }), { now: NOW });
    if (!result.ok) throw new Error(result.error);
    expect(String((await db.kpiObservation.findUniqueOrThrow({ where: { id: result.data.id } })).value)).toBe("91500");
  });
});

describe("four eyes on who entered the value", () => {
  test("whoever entered a value cannot approve it, even when someone else submitted it", async () => {
    const created = await createObservation(staffA, input({ fiscalYear: "2020", value: "20.0" }), { now: NOW });
    if (!created.ok) throw new Error(created.error);
    await walk(staffB, created.data.id, "submit");
    const before = await fingerprint();
    expect(await transitionObservation(staffA, "approve", created.data.id, NOW)).toEqual({ ok: false, error: "kpiStaff.errors.fourEyes" });
    expect(await transitionObservation(staffB, "approve", created.data.id, NOW)).toEqual({ ok: false, error: "kpiStaff.errors.fourEyes" });
    expect(await fingerprint()).toEqual(before);
    // The one who entered it may still send it back to be corrected; a third person approves.
    await walk(staffA, created.data.id, "returnToDraft");
    await walk(staffB, created.data.id, "submit");
    await walk(admin, created.data.id, "approve");
    expect(await db.kpiObservation.findUniqueOrThrow({ where: { id: created.data.id } })).toMatchObject({ state: "APPROVED", createdById: staffA.id, submittedById: staffB.id, approvedById: admin.id });
  });
});
