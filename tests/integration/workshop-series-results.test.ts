import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { findSeriesResults } from "@/lib/workshops/queries";
import { createTestSession } from "./workshop-factories";

describe("a series' results page", () => {
  test("lists the published projects it led to: from its shortlisted ideas, and its areas' initiatives; nothing unpublished or from elsewhere", async () => {
    const session = await createTestSession({ state: "CLOSED" });
    const elsewhere = await createTestSession({ state: "CLOSED" });
    const series = await db.workshopSeries.findUniqueOrThrow({ where: { id: session.seriesId }, select: { slug: true, areas: { select: { id: true } } } });
    const otherArea = await db.area.create({ data: { code: "other-area", nameJa: "別の地域", nameEn: "Other area", kana: "べつ" } });
    const published = new Date("2026-10-01T00:00:00Z");

    const project = (slug: string, data: Record<string, unknown> = {}) =>
      db.project.create({ data: { slug, titleJa: slug, summaryJa: "概要", publishedAt: published, ...data }, select: { id: true } });
    const fromIdea = async (slug: string, sessionId: string, publishedAt: Date | null = published) => {
      const created = await project(slug, { publishedAt });
      const idea = await db.idea.create({ data: { title: slug, description: "説明", status: "ACCEPTED", workshopSessionId: sessionId } });
      await db.projectIdea.create({ data: { projectId: created.id, ideaId: idea.id } });
    };
    await fromIdea("from-this-series", session.id);
    await fromIdea("not-yet-published", session.id, null);
    await fromIdea("from-another-series", elsewhere.id);
    await project("initiative-here", { kind: "INITIATIVE", areaId: series.areas[0]!.id });
    await project("initiative-elsewhere", { kind: "INITIATIVE", areaId: otherArea.id });
    // A community project in the same area that came from no idea of this series is not credited to it.
    await project("community-here", { kind: "COMMUNITY", areaId: series.areas[0]!.id });

    // An initiative here that grew from an idea of another series is credited to that one, as its page says.
    const credited = await project("initiative-from-elsewhere", { kind: "INITIATIVE", areaId: series.areas[0]!.id });
    const otherIdea = await db.idea.create({ data: { title: "別のシリーズの案", description: "説明", workshopSessionId: elsewhere.id } });
    await db.projectIdea.create({ data: { projectId: credited.id, ideaId: otherIdea.id } });

    const results = await findSeriesResults(series.slug);
    expect(results?.projects.map((p) => p.slug).sort()).toEqual(["from-this-series", "initiative-here"]);
    expect((await findSeriesResults((await db.workshopSeries.findUniqueOrThrow({ where: { id: elsewhere.seriesId } })).slug))?.projects.map((p) => p.slug).sort()).toEqual([
      "from-another-series",
      "initiative-from-elsewhere",
      // Both test series serve the same area.
      "initiative-here",
    ]);

    // A demo series took place nowhere: it is credited only with what grew from its own ideas.
    await db.workshopSeries.update({ where: { slug: series.slug }, data: { isDemo: true } });
    expect((await findSeriesResults(series.slug))?.projects.map((p) => p.slug)).toEqual(["from-this-series"]);
  });

  test("has no projects when none grew from it", async () => {
    const area = await db.area.create({ data: { code: "quiet-area", nameJa: "静かな地域", nameEn: "Quiet area", kana: "しずか" } });
    const series = await db.workshopSeries.create({ data: { slug: "quiet-series", titleJa: "静か", titleEn: "Quiet", year: 2026, areas: { connect: { id: area.id } } } });
    await createTestSession({ state: "CLOSED", seriesId: series.id });
    expect((await findSeriesResults(series.slug))?.projects).toEqual([]);
  });
});
