import { beforeAll, expect, test } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/roles";
import { computeDerivedValue, draftDerivedObservation } from "@/lib/kpis/derived";
import { transitionObservation } from "@/lib/kpis/mutations";
import { seedKpis } from "@/prisma/seed/kpis";
import { seedSdgs } from "@/prisma/seed/sdgs";
import { createTestUser } from "./factories";

const CODE = "regional-vision-cocreation-initiatives";
const NOW = new Date("2026-11-26T03:00:00Z");
let staffA: Actor;
let staffB: Actor;

async function project(slug: string, runningSince: Date | null, options: { isDemo?: boolean; linked?: boolean } = {}) {
  const kpi = await db.kpi.findUniqueOrThrow({ where: { code: CODE }, select: { id: true } });
  await db.project.create({
    data: {
      slug,
      titleJa: slug,
      summaryJa: "テスト",
      stage: runningSince ? "RUNNING" : "PLANNING",
      runningSince,
      isDemo: options.isDemo ?? false,
      ...(options.linked === false ? {} : { kpis: { create: { kpiId: kpi.id } } }),
    },
  });
}

beforeAll(async () => {
  await seedSdgs(db);
  await seedKpis(db);
  const a = await createTestUser(["STAFF"]);
  const b = await createTestUser(["STAFF"]);
  staffA = { id: a.id, roles: a.roles };
  staffB = { id: b.id, roles: b.roles };
  await project("fy2023-a", new Date("2023-11-01T00:00:00+09:00"));
  await project("fy2023-last-day", new Date("2024-03-31T23:59:00+09:00"));
  await project("fy2024-first-day", new Date("2024-04-01T00:00:00+09:00"));
  await project("not-running-yet", null);
  await project("demo-only", new Date("2023-05-01T00:00:00+09:00"), { isDemo: true });
  await project("other-kpi", new Date("2023-05-01T00:00:00+09:00"), { linked: false });
});

test("counts linked, real projects running by the end of each fiscal year (年度末, Japan time)", async () => {
  expect(await computeDerivedValue(CODE, 2022)).toEqual({ value: 0, projects: 0 });
  expect(await computeDerivedValue(CODE, 2023)).toEqual({ value: 2, projects: 2 });
  expect(await computeDerivedValue(CODE, 2024)).toEqual({ value: 3, projects: 3 });
  expect(await computeDerivedValue("ghg-emissions", 2024)).toBeNull();
});

test("the derived value arrives as a draft and goes through four eyes like any other", async () => {
  const draft = await draftDerivedObservation(staffA, CODE, 2024, NOW);
  if (!draft.ok) throw new Error(draft.error);
  const row = await db.kpiObservation.findUniqueOrThrow({ where: { id: draft.data.id } });
  expect(row).toMatchObject({ state: "DRAFT", derived: true, fiscalYear: 2024, createdById: staffA.id });
  expect(String(row.value)).toBe("3");
  await transitionObservation(staffA, "submit", row.id, NOW);
  expect(await transitionObservation(staffA, "approve", row.id, NOW)).toEqual({ ok: false, error: "kpiStaff.errors.fourEyes" });
  expect(await transitionObservation(staffB, "approve", row.id, NOW)).toMatchObject({ ok: true });
});

test("refused for other KPIs, bad years and anyone but staff", async () => {
  expect(await draftDerivedObservation(staffA, "ghg-emissions", 2024, NOW)).toEqual({ ok: false, error: "kpiStaff.errors.notDerived" });
  expect(await draftDerivedObservation(staffA, CODE, Number.NaN, NOW)).toEqual({ ok: false, error: "kpiStaff.errors.fiscalYear" });
  expect(await draftDerivedObservation(staffA, CODE, 2027, NOW)).toMatchObject({ ok: false, fieldErrors: { fiscalYear: ["kpiStaff.errors.futureFiscalYear"] } });
  const resident = await createTestUser(["RESIDENT"]);
  expect(await draftDerivedObservation({ id: resident.id, roles: resident.roles }, CODE, 2023, NOW)).toEqual({ ok: false, error: "errors.forbidden" });
  expect(await draftDerivedObservation(null, CODE, 2023, NOW)).toEqual({ ok: false, error: "errors.signInRequired" });
});
