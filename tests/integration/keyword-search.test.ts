import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { listPublicIdeas } from "@/lib/ideas/public-queries";
import { parseCatalogueQuery } from "@/lib/projects/catalogue-schema";
import { listCatalogueProjects } from "@/lib/projects/queries";
import { keywordMatch } from "@/lib/search/keyword";

const published = new Date("2026-10-01T00:00:00Z");

async function projectsFound(q: string): Promise<string[]> {
  const { projects } = await listCatalogueProjects(parseCatalogueQuery({ q }));
  return projects.map((p) => p.slug).sort();
}

describe("keyword search (search_bigrams index, then ILIKE)", () => {
  test("finds two-character Japanese keywords, in any of a project's texts, and nothing else", async () => {
    await db.project.createMany({
      data: [
        { slug: "onsen-title", titleJa: "草津温泉の湯もみ体験", summaryJa: "観光の新しい形", publishedAt: published },
        { slug: "onsen-description", titleJa: "まちあるき", summaryJa: "地域を歩く", descriptionJa: "最後は温泉でひと休み", publishedAt: published },
        { slug: "english", titleJa: "英語の案内", titleEn: "Onsen guide for visitors", summaryJa: "案内", publishedAt: published },
        { slug: "near-miss", titleJa: "温かい泉のような場", summaryJa: "温と泉が離れている", publishedAt: published },
        { slug: "unpublished", titleJa: "非公開の温泉", summaryJa: "下書き" },
      ],
    });
    expect(await projectsFound("温泉")).toEqual(["onsen-description", "onsen-title"]);
    expect(await projectsFound("湯もみ体験")).toEqual(["onsen-title"]);
    expect(await projectsFound("ONSEN")).toEqual(["english"]);
    // One character: no two-character piece to look up, ILIKE alone.
    expect(await projectsFound("泉")).toEqual(["near-miss", "onsen-description", "onsen-title"]);
    expect(await projectsFound("存在しない言葉")).toEqual([]);
  });

  test("matches the pattern characters a visitor types literally", async () => {
    await db.project.createMany({
      data: [
        { slug: "percent", titleJa: "参加率100%を目指す", summaryJa: "概要", publishedAt: published },
        { slug: "digits", titleJa: "参加率1000人", summaryJa: "概要", publishedAt: published },
        { slug: "underscore", titleJa: "snake_case の会", summaryJa: "概要", publishedAt: published },
      ],
    });
    expect(await projectsFound("100%")).toEqual(["percent"]);
    expect(await projectsFound("e_c")).toEqual(["underscore"]);
    expect(await projectsFound("%")).toEqual(["percent"]);
  });

  test("finds workshop posts and pipeline ideas through the same index", async () => {
    const series = await db.workshopSeries.create({ data: { slug: "kw-series", titleJa: "検索", titleEn: "Search", year: 2026 } });
    const session = await db.workshopSession.create({
      data: { seriesId: series.id, number: 3, kind: "IDEATION", startsAt: published, endsAt: new Date(published.getTime() + 3 * 3600_000), venueJa: "会場", capacity: 30, state: "CLOSED", closedAt: published },
    });
    await db.workshopIdea.create({ data: { sessionId: session.id, title: "空き家で子ども食堂", description: "週末に開く" } });
    await db.workshopIdea.create({ data: { sessionId: session.id, title: "里山の散策路", description: "森を歩く" } });
    await db.idea.create({ data: { title: "商店街の空き家を工房に", description: "職人が集まる", status: "ACCEPTED", publishedAt: published } });
    const { ideas } = await listPublicIdeas(parseCatalogueQuery({ show: "ideas", q: "空き家" }));
    expect(ideas.map((idea) => idea.title).sort()).toEqual(["商店街の空き家を工房に", "空き家で子ども食堂"]);
  });

  // The plan is checked on whichever database runs the suite: PGlite by default, PostgreSQL in CI's
  // second pass. Sequential scans are priced out so the answer does not depend on the table's size.
  test.each([
    ["project", "Project", "Project_search_bigrams"],
    ["idea", "Idea", "Idea_search_bigrams"],
    ["workshopIdea", "WorkshopIdea", "WorkshopIdea_search_bigrams"],
  ] as const)("a two-character keyword over %s is served by its index", async (table, tableName, index) => {
    const plan = await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      const condition = keywordMatch(table, "t", "温泉");
      const rows = await tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN SELECT t.id FROM "${tableName}" t WHERE ${condition.text}`, ...condition.values);
      return rows.map((row) => row["QUERY PLAN"]).join("\n");
    });
    expect(plan).toContain(index);
  });
});
