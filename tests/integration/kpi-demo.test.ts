import { beforeAll, expect, test } from "vitest";
import { db } from "@/lib/db";
import { assessKpis } from "@/lib/kpis/assessment";
import { countGrades } from "@/lib/kpis/grading";
import { seedKpiDemoObservations } from "@/prisma/seed/kpi-demo";
import { seedKpis } from "@/prisma/seed/kpis";
import { seedSdgs } from "@/prisma/seed/sdgs";

beforeAll(async () => {
  await seedSdgs(db);
  await seedKpis(db);
  await seedKpiDemoObservations(db);
});

test("the demo values show every grade at least once, some stale, and several KPIs with no data", async () => {
  const kpis = await assessKpis(db, 2026);
  expect(kpis).toHaveLength(33);
  const counts = countGrades(kpis.map((k) => k.grade.grade));
  for (const grade of ["ACHIEVED", "ON_TRACK", "MODERATE", "OFF_TRACK"] as const) expect(counts[grade], grade).toBeGreaterThan(0);
  expect(counts.NO_DATA).toBeGreaterThanOrEqual(5);
  expect(kpis.some((k) => k.grade.stale)).toBe(true);
  // Demo values are labelled as such, and only KPIs with values carry the label.
  for (const k of kpis) expect(k.hasDemo).toBe(k.grade.grade !== "NO_DATA");
  expect(await db.kpiObservation.count({ where: { isDemo: false } })).toBe(0);
});

test("the multi-series KPIs are graded by their worst series", async () => {
  const [hle] = await assessKpis(db, 2026, "healthy-life-expectancy");
  expect(hle!.series.map((s) => s.grade.grade)).toEqual(["ON_TRACK", "OFF_TRACK"]);
  expect(hle!.grade).toMatchObject({ grade: "OFF_TRACK", rule: "worst-series", gradedSeries: 2, stale: true });
});

test("seeding twice adds nothing", async () => {
  const before = await db.kpiObservation.count();
  await seedKpiDemoObservations(db);
  expect(await db.kpiObservation.count()).toBe(before);
});
