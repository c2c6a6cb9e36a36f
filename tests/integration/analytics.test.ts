import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { loadCocreationAnalytics } from "@/lib/projects/analytics";
import { runSeed } from "@/prisma/seed";

beforeAll(async () => {
  await runSeed(db);
});

describe("co-creation analytics", () => {
  test("counts the funnel, stage durations and unmet needs from the live data", async () => {
    const before = await loadCocreationAnalytics();
    const accepted = await db.idea.create({ data: { title: "採択", description: "d", status: "ACCEPTED" } });
    await db.idea.create({ data: { title: "受付", description: "d" } });
    const project = await db.project.create({
      data: {
        slug: `analytics-${Date.now()}`,
        titleJa: "分析用",
        summaryJa: "s",
        stage: "PLANNING",
        publishedAt: new Date(),
        ideas: { create: { ideaId: accepted.id } },
        stageChanges: {
          create: [
            { toStage: "FORMING", changedAt: new Date("2025-04-01T00:00:00+09:00") },
            { toStage: "PLANNING", changedAt: new Date("2025-04-11T00:00:00+09:00") },
          ],
        },
        needs: { create: { kind: "KEY_PERSON", titleJa: "キーマン", openedAt: new Date("2025-04-11T00:00:00+09:00") } },
      },
    });

    const after = await loadCocreationAnalytics(new Date("2025-05-11T00:00:00+09:00"));
    expect(after.funnel).toEqual({
      submitted: before.funnel.submitted + 2,
      accepted: before.funnel.accepted + 1,
      inProject: before.funnel.inProject + 1,
      running: before.funnel.running,
    });
    expect(after.medianDays.FORMING).toBe(10);
    expect(after.openNeeds.find((need) => need.project.slug === project.slug)?.daysOpen).toBe(30);
  });
});
