// The KPI server actions, called as Next.js calls them: the session decides who acts, and a
// publish must expire the dashboard's cache tag. Only the request context is simulated.
import { beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import { createObservationAction, transitionObservationAction } from "@/app/(staff)/staff/kpis/actions";
import { db } from "@/lib/db";
import type { Role } from "@/lib/auth/roles";
import { KPI_CACHE_TAG } from "@/lib/kpis/public";
import { seedKpis } from "@/prisma/seed/kpis";
import { seedSdgs } from "@/prisma/seed/sdgs";
import { request, signInAs } from "../support/next-request";
import { createTestUser } from "./factories";

vi.mock("next-auth", async (original) => (await import("../support/next-request")).mockNextAuth(original));
vi.mock("next/headers", async (original) => (await import("../support/next-request")).mockNextHeaders(original));
vi.mock("next/cache", async (original) => (await import("../support/next-request")).mockNextCache(original));

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

let seriesId: string;
let staffA: string;
let staffB: string;

beforeAll(async () => {
  await seedSdgs(db);
  await seedKpis(db);
  const kpi = await db.kpi.findUniqueOrThrow({ where: { code: "in-migrants" }, select: { series: { select: { id: true } } } });
  seriesId = String(kpi.series[0]!.id);
  staffA = (await createTestUser(["STAFF"])).id;
  staffB = (await createTestUser(["STAFF"])).id;
});

beforeEach(() => {
  signInAs(null);
  request.revalidated.length = 0;
});

const valueForm = (fiscalYear: string) => form({ kpiCode: "in-migrants", seriesId, fiscalYear, value: "1180", status: "FINAL", note: "" });

describe("KPI actions", () => {
  test.each<[string, Role[] | null, string]>([
    ["anonymous", null, "errors.signInRequired"],
    ["resident", ["RESIDENT"], "errors.forbidden"],
    ["member", ["RESIDENT", "MEMBER"], "errors.forbidden"],
    ["facilitator", ["FACILITATOR"], "errors.forbidden"],
  ])("%s can neither record nor move a value", async (_who, roles, error) => {
    signInAs(staffA);
    const draft = await createObservationAction(null, valueForm("2021"));
    if (!draft.ok) throw new Error(draft.error);
    signInAs(roles ? (await createTestUser(roles)).id : null);
    const before = await db.kpiObservation.findMany({ orderBy: { id: "asc" } });
    expect(await createObservationAction(null, valueForm("2022"))).toMatchObject({ ok: false, error });
    expect(await transitionObservationAction(null, form({ id: draft.data.id, transition: "submit" }))).toEqual({ ok: false, error });
    expect(await db.kpiObservation.findMany({ orderBy: { id: "asc" } })).toEqual(before);
    expect(request.revalidated).not.toContain(KPI_CACHE_TAG);
    // Leave the year free for the next case: another staff member returns it through the workflow.
    signInAs(staffA);
    await transitionObservationAction(null, form({ id: draft.data.id, transition: "submit" }));
    signInAs(staffB);
    await transitionObservationAction(null, form({ id: draft.data.id, transition: "approve" }));
    await transitionObservationAction(null, form({ id: draft.data.id, transition: "publish" }));
  });

  test("staff A submits, A may not approve, B approves, publishing expires the dashboard cache", async () => {
    signInAs(staffA);
    const draft = await createObservationAction(null, valueForm("2023"));
    if (!draft.ok) throw new Error(draft.error);
    expect(await transitionObservationAction(null, form({ id: draft.data.id, transition: "submit" }))).toMatchObject({ ok: true });
    expect(await transitionObservationAction(null, form({ id: draft.data.id, transition: "approve" }))).toEqual({ ok: false, error: "kpiStaff.errors.fourEyes" });
    signInAs(staffB);
    expect(await transitionObservationAction(null, form({ id: draft.data.id, transition: "approve" }))).toMatchObject({ ok: true });
    expect(request.revalidated).not.toContain(KPI_CACHE_TAG);
    expect(await transitionObservationAction(null, form({ id: draft.data.id, transition: "publish" }))).toMatchObject({ ok: true });
    expect(request.revalidated).toContain(KPI_CACHE_TAG);
  });

  test("an unknown step or a hostile id is refused before anything is read", async () => {
    signInAs(staffA);
    expect(await transitionObservationAction(null, form({ id: "x", transition: "delete" }))).toEqual({ ok: false, error: "errors.invalidChoice" });
    expect(await transitionObservationAction(null, form({ id: "x".repeat(5000), transition: "approve" }))).toEqual({ ok: false, error: "errors.invalidChoice" });
  });

  test("a rejected form echoes what was typed, cut short", async () => {
    signInAs(staffA);
    const result = await createObservationAction(null, form({ kpiCode: "in-migrants", seriesId, fiscalYear: "2024", value: "abc", status: "FINAL", note: "n".repeat(10_000) }));
    expect(result).toMatchObject({ ok: false, error: "errors.checkFields", fieldErrors: { value: ["kpiStaff.errors.valueNotNumber"], note: ["errors.tooLong"] } });
    if (result.ok) return;
    expect(result.values?.note?.[0]).toHaveLength(2000);
  });
});
