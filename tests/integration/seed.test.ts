import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { runSeed } from "@/prisma/seed";
import kpisJson from "@/prisma/seed/data/kpis.json" with { type: "json" };
import regionsJson from "@/prisma/seed/data/regions.json" with { type: "json" };
import { snapshotTables } from "./db-tables";

beforeAll(async () => {
  await runSeed(db);
});

describe("seed", () => {
  test("is idempotent: a second run changes no row of any table", async () => {
    const before = await snapshotTables();
    await runSeed(db);
    const after = await snapshotTables();
    expect(Object.keys(before).length).toBeGreaterThan(40);
    expect(after).toEqual(before);
  });

  test("loads the 10 areas, 35 municipalities and 17 SDGs", async () => {
    expect(await db.area.count()).toBe(regionsJson.areas.length);
    expect(await db.area.count()).toBe(10);
    expect(await db.municipality.count()).toBe(35);
    expect(await db.sdgGoal.count()).toBe(17);
    const maebashi = await db.municipality.findUniqueOrThrow({ where: { nameJa: "前橋市" }, include: { area: true } });
    expect(maebashi.area.code).toBe("maebashi");
  });

  test("the KPI numbers equal the curated data exactly", async () => {
    const kpis = await db.kpi.findMany({
      orderBy: { sortOrder: "asc" },
      include: { series: { orderBy: { sortOrder: "asc" }, include: { milestones: { orderBy: { fiscalYear: "asc" } } } } },
    });
    expect(kpis).toHaveLength(33);
    const asNumber = (d: { toString(): string } | null) => (d === null ? null : Number(d.toString()));
    const seeded = kpis.map((k) => ({
      code: k.code,
      nameJa: k.nameJa,
      unit: k.unit,
      direction: k.direction.toLowerCase(),
      cumulative: k.cumulative,
      series: k.series.map((s) => ({
        key: s.key,
        baseline: s.baselineFiscalYear === null ? null : { fiscalYear: s.baselineFiscalYear, value: asNumber(s.baselineValue) },
        targets: s.milestones.map((m) => ({ fiscalYear: m.fiscalYear, value: asNumber(m.value), comparator: m.comparator.toLowerCase() })),
      })),
    }));
    const expected = kpisJson.kpis.map((k) => ({
      code: k.code,
      nameJa: k.nameJa,
      unit: k.unit,
      direction: k.direction,
      cumulative: k.cumulative,
      series: k.series.map((s) => ({
        key: s.key,
        baseline: s.baseline ? { fiscalYear: s.baseline.fiscalYear, value: s.baseline.value } : null,
        targets: s.targets.map((t) => ({ fiscalYear: t.fiscalYear, value: t.value, comparator: t.comparator })),
      })),
    }));
    expect(seeded).toEqual(expected);
  });

  test("decimal values survive exactly (no float drift)", async () => {
    const male = await db.kpiSeries.findFirstOrThrow({ where: { key: "male", kpi: { code: "healthy-life-expectancy" } } });
    expect(male.baselineValue?.toString()).toBe("72.07");
    const renewable = await db.kpiSeries.findFirstOrThrow({ where: { kpi: { code: "renewable-energy-introduction" } } });
    expect(renewable.baselineValue?.toString()).toBe("5689149");
  });

  test("every KPI's SDG goals and targets are tagged", async () => {
    const kpi = await db.kpi.findUniqueOrThrow({ where: { code: "gross-prefectural-product" }, include: { sdgTags: true } });
    expect(kpi.sdgTags.map((t) => t.targetCode).sort()).toEqual(["8.1", "8.2", "8.5", "8.9"]);
    expect(new Set(kpi.sdgTags.map((t) => t.goalNumber))).toEqual(new Set([8]));
  });

  test("every KPI is linked to at least one goal, the five the curated data leaves without one by derivation", async () => {
    const kpis = await db.kpi.findMany({ select: { code: true, sdgConfidence: true, sdgTags: { select: { goalNumber: true, targetCode: true } } } });
    expect(kpis).toHaveLength(33);
    expect(kpis.filter((k) => k.sdgTags.length === 0).map((k) => k.code)).toEqual([]);
    const derived = Object.fromEntries(
      kpis.filter((k) => k.sdgConfidence === "derived").map((k) => [k.code, [...new Set(k.sdgTags.map((t) => t.goalNumber))].sort((a, b) => a - b)]),
    );
    expect(derived).toEqual({
      "zero-declaration-housing-group-agreements": [13],
      "wooden-zeb-buildings": [13],
      "ghg-emissions": [13],
      "job-cafe-youth-employment": [8],
      "company-community-school-collaboration-cases": [4, 17],
    });
  });

  test("NETSUGEN's plans, fees and hours are as the plan document prints them", async () => {
    const plans = await db.membershipPlan.findMany({ orderBy: { priceJpy: "desc" } });
    expect(plans.map((p) => [p.code, p.priceJpy, p.per, p.dailyCapJpy])).toEqual([
      ["corporate-monthly", 25000, "MONTH", null],
      ["individual-monthly", 10000, "MONTH", null],
      ["individual-hourly", 250, "HOUR", 1000],
    ]);
    const hours = await db.openingHours.findMany({ orderBy: { dayType: "asc" } });
    expect(hours.map((h) => [h.dayType, h.opensMinute, h.closesMinute])).toEqual([
      ["WEEKDAY", 600, 1260],
      ["WEEKEND_OR_HOLIDAY", 600, 1080],
    ]);
  });

  test("the 2021–2023 workshop series each have three sessions, and initiatives are projects", async () => {
    const series = await db.workshopSeries.findMany({ where: { year: { gte: 2021, lte: 2023 } }, include: { sessions: true, areas: true } });
    expect(series).toHaveLength(9);
    expect(series.every((s) => s.sessions.length === 3)).toBe(true);
    const joint = series.find((s) => s.slug === "2023-maebashi-sawa-isesaki");
    expect(joint?.areas.map((a) => a.code).sort()).toEqual(["maebashi", "sawa-isesaki"]);
    const himokawa = await db.project.findUniqueOrThrow({ where: { slug: "himokawa-17-colors" }, include: { area: true } });
    expect(himokawa.titleJa).toBe("１７色のひもかわプロジェクト");
    expect(himokawa.area?.code).toBe("kiryu-midori");
  });

  test("demo accounts exist for every role and are labelled as demo", async () => {
    const demo = await db.user.findMany({ where: { isDemo: true } });
    const roles = new Set(demo.flatMap((u) => u.roles));
    expect([...roles].sort()).toEqual(["ADMIN", "FACILITATOR", "MEMBER", "RESIDENT", "STAFF"]);
    expect(demo.every((u) => !("passwordHash" in u))).toBe(true);
  });
});
