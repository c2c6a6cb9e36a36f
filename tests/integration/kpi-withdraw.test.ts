// Withdrawing a submitted KPI value: the other side of four eyes. Whoever submitted a value may not
// approve or return it, but may take it back to draft while it waits for approval; nobody else may.
// Called through the server action, as the editor's button calls it; only the request context is
// simulated (tests/support/next-request.ts).
import { beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import { createObservationAction, transitionObservationAction } from "@/app/(staff)/staff/kpis/actions";
import type { Role } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { catalogues } from "@/lib/i18n/catalogues";
import { getKpiForStaff } from "@/lib/kpis/queries";
import { seedKpis } from "@/prisma/seed/kpis";
import { seedSdgs } from "@/prisma/seed/sdgs";
import { request, signInAs } from "../support/next-request";
import { createTestUser } from "./factories";

vi.mock("next-auth", async (original) => (await import("../support/next-request")).mockNextAuth(original));
vi.mock("next/headers", async (original) => (await import("../support/next-request")).mockNextHeaders(original));
vi.mock("next/cache", async (original) => (await import("../support/next-request")).mockNextCache(original));

const CODE = "women-in-management"; // %, baseline 16.1 (FY2017) → 33 (FY2025)

let seriesId: string;
let staffA: string;
let staffB: string;
let admin: string;
let ja: Record<string, unknown>;
let en: Record<string, unknown>;

function form(fields: Record<string, string | Blob>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

const step = (id: string, transition: string) => transitionObservationAction(null, form({ id, transition }));
const withdraw = (id: string) => step(id, "withdraw");

/** A value for `fiscalYear`, saved and submitted by `userId`. */
async function submittedBy(userId: string, fiscalYear: number, value = "24.5"): Promise<string> {
  signInAs(userId);
  const draft = await createObservationAction(null, form({ kpiCode: CODE, seriesId, fiscalYear: String(fiscalYear), value, status: "PRELIMINARY", note: "" }));
  if (!draft.ok) throw new Error(draft.error);
  expect(await step(draft.data.id, "submit")).toMatchObject({ ok: true });
  return draft.data.id;
}

/** Everything a refused call must leave untouched. */
const fingerprint = async () => ({
  observations: await db.kpiObservation.findMany({ orderBy: { id: "asc" } }),
  audit: await db.auditLog.count(),
});

/** The text a message key stands for, or undefined when a catalogue lacks it. */
const textOf = (catalogue: Record<string, unknown>, key: string): unknown =>
  key.split(".").reduce<unknown>((node, part) => (typeof node === "object" && node !== null ? (node as Record<string, unknown>)[part] : undefined), catalogue);

function expectLocalised(key: string) {
  expect(typeof textOf(ja, key), `${key} in Japanese`).toBe("string");
  expect(typeof textOf(en, key), `${key} in English`).toBe("string");
}

beforeAll(async () => {
  await seedSdgs(db);
  await seedKpis(db);
  const kpi = await db.kpi.findUniqueOrThrow({ where: { code: CODE }, select: { series: { select: { id: true } } } });
  seriesId = String(kpi.series[0]!.id);
  staffA = (await createTestUser(["STAFF"])).id;
  staffB = (await createTestUser(["STAFF"])).id;
  admin = (await createTestUser(["ADMIN"])).id;
  [ja, en] = await Promise.all([catalogues.ja(), catalogues.en()]);
});

beforeEach(() => {
  signInAs(null);
  request.revalidated.length = 0;
});

describe("withdrawing a submitted value", () => {
  test("the submitter withdraws their own submission: back to draft, audited, and it can go round again", async () => {
    const id = await submittedBy(staffA, 2024);
    request.revalidated.length = 0;
    expect(await withdraw(id)).toEqual({ ok: true, data: { id, kpiCode: CODE } });
    expect(await db.kpiObservation.findUniqueOrThrow({ where: { id } })).toMatchObject({ state: "DRAFT", submittedById: null, submittedAt: null });
    expect(request.revalidated).toContain(`/staff/kpis/${CODE}`);

    const audit = await db.auditLog.findMany({ where: { subjectType: "KpiObservation", subjectId: id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["kpi_observation.create", "kpi_observation.submit", "kpi_observation.withdraw"]);
    expect(audit.at(-1)).toMatchObject({ actorId: staffA, before: { state: "SUBMITTED" }, after: { state: "DRAFT", value: "24.5", version: 1, fiscalYear: 2024 } });
    // The editor's history names the step in words.
    const detail = await getKpiForStaff(CODE);
    expect(detail!.history).toContainEqual(expect.objectContaining({ subjectId: id, action: "kpi_observation.withdraw" }));

    // A draft again: submitted again by the same person, approved by another, four eyes intact.
    expect(await step(id, "submit")).toMatchObject({ ok: true });
    expect(await step(id, "approve")).toEqual({ ok: false, error: "kpiStaff.errors.fourEyes" });
    signInAs(staffB);
    expect(await step(id, "approve")).toMatchObject({ ok: true });
    expect(await step(id, "publish")).toMatchObject({ ok: true });
  });

  test.each<[string, Role[] | "staff B" | "admin" | null, string]>([
    ["anonymous", null, "errors.signInRequired"],
    ["a resident", ["RESIDENT"], "errors.forbidden"],
    ["a resident with an unconfirmed address", ["RESIDENT"], "errors.forbidden"],
    ["a member", ["RESIDENT", "MEMBER"], "errors.forbidden"],
    ["a facilitator", ["FACILITATOR"], "errors.forbidden"],
    ["another staff member, who may approve it", "staff B", "errors.forbidden"],
    ["an admin, who may approve it", "admin", "errors.forbidden"],
  ])("%s may not withdraw someone else's submission", async (who, roles, error) => {
    const id = await submittedBy(staffA, 2023);
    request.revalidated.length = 0;
    if (roles === "staff B") signInAs(staffB);
    else if (roles === "admin") signInAs(admin);
    else signInAs(roles ? (await createTestUser(roles, { emailConfirmed: !who.includes("unconfirmed") })).id : null);
    const before = await fingerprint();
    expect(await withdraw(id)).toEqual({ ok: false, error });
    expectLocalised(error);
    expect(await fingerprint()).toEqual(before);
    expect(request.revalidated).toEqual([]);
    // Leave the year free for the next case, through the workflow: the submitter withdraws it,
    // then it is submitted again and published by two people.
    signInAs(staffA);
    expect(await withdraw(id)).toMatchObject({ ok: true });
    expect(await step(id, "submit")).toMatchObject({ ok: true });
    signInAs(staffB);
    expect(await step(id, "approve")).toMatchObject({ ok: true });
    expect(await step(id, "publish")).toMatchObject({ ok: true });
  });

  test("an approver cannot withdraw a value they did not submit, and once approved no one can withdraw it", async () => {
    // Staff B submitted this one; staff A, who would approve it, may not withdraw it.
    const id = await submittedBy(staffB, 2022);
    signInAs(staffA);
    expect(await withdraw(id)).toEqual({ ok: false, error: "errors.forbidden" });
    expect(await step(id, "approve")).toMatchObject({ ok: true });
    // Approved: withdrawing is no longer a step for anyone, its submitter included.
    const before = await fingerprint();
    for (const person of [staffB, staffA, admin]) {
      signInAs(person);
      expect(await withdraw(id)).toEqual({ ok: false, error: "kpiStaff.errors.stateChanged" });
    }
    expect(await fingerprint()).toEqual(before);
    expect(await db.kpiObservation.findUniqueOrThrow({ where: { id } })).toMatchObject({ state: "APPROVED", submittedById: staffB, approvedById: staffA });
    expect(await step(id, "publish")).toMatchObject({ ok: true });
  });

  test("withdrawing twice changes nothing the second time and says the value has moved on", async () => {
    const id = await submittedBy(staffA, 2021);
    expect(await withdraw(id)).toMatchObject({ ok: true });
    const before = await fingerprint();
    expect(await withdraw(id)).toEqual({ ok: false, error: "kpiStaff.errors.stateChanged" });
    expectLocalised("kpiStaff.errors.stateChanged");
    expect(await fingerprint()).toEqual(before);

    // Pressed twice at once: one press moves it, the other is refused, one audit row.
    expect(await step(id, "submit")).toMatchObject({ ok: true });
    const results = await Promise.all([withdraw(id), withdraw(id)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, error: "kpiStaff.errors.stateChanged" }]);
    expect(await db.auditLog.count({ where: { subjectId: id, action: "kpi_observation.withdraw" } })).toBe(2);
    expect(await db.kpiObservation.findUniqueOrThrow({ where: { id } })).toMatchObject({ state: "DRAFT", submittedById: null });
  });

  test.each<[string, Record<string, string | Blob>, string]>([
    ["no id", { transition: "withdraw" }, "errors.invalidChoice"],
    ["an empty id", { id: "", transition: "withdraw" }, "kpiStaff.errors.notFound"],
    ["an unknown id", { id: "cl0000000000000000000000", transition: "withdraw" }, "kpiStaff.errors.notFound"],
    ["SQL in the id", { id: "' OR '1'='1", transition: "withdraw" }, "kpiStaff.errors.notFound"],
    ["markup in the id", { id: "<script>alert(1)</script>", transition: "withdraw" }, "kpiStaff.errors.notFound"],
    ["a path in the id", { id: "../../etc/passwd", transition: "withdraw" }, "kpiStaff.errors.notFound"],
    ["a 41-character id", { id: "c".repeat(41), transition: "withdraw" }, "errors.invalidChoice"],
    ["a 100 kB id", { id: "あ".repeat(100_000), transition: "withdraw" }, "errors.invalidChoice"],
    ["a file for an id", { id: new Blob(["x"]), transition: "withdraw" }, "errors.invalidChoice"],
    ["a step that is not one", { id: "x", transition: "withdraw; DROP TABLE" }, "errors.invalidChoice"],
  ])("%s gets a clear, translated error and changes nothing", async (_label, fields, error) => {
    const id = await submittedBy(staffA, 2020);
    const before = await fingerprint();
    expect(await transitionObservationAction(null, form(fields))).toEqual({ ok: false, error });
    expectLocalised(error);
    expect(await fingerprint()).toEqual(before);
    expect(await withdraw(id)).toMatchObject({ ok: true });
    // The next case submits the same year again: a draft is open, so go round to published.
    expect(await step(id, "submit")).toMatchObject({ ok: true });
    signInAs(staffB);
    expect(await step(id, "approve")).toMatchObject({ ok: true });
    expect(await step(id, "publish")).toMatchObject({ ok: true });
  });
});
