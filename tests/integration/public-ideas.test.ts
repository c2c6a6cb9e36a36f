import { beforeAll, describe, expect, test } from "vitest";
import { GET as getIdeas } from "@/app/api/v1/ideas/route";
import { OPENAPI } from "@/lib/api/openapi";
import { db } from "@/lib/db";
import { listPublicIdeas } from "@/lib/ideas/public-queries";
import { CATALOGUE_PAGE_SIZE, parseCatalogueQuery } from "@/lib/projects/catalogue-schema";

// The 未来図鑑's アイデア tab and GET /api/v1/ideas: residents' published ideas and the ideas that
// workshops produced, in one list with one count, filtered and paged in the database.

const list = (params: Record<string, string> = {}) => listPublicIdeas(parseCatalogueQuery({ show: "ideas", ...params }));
const titles = (result: Awaited<ReturnType<typeof listPublicIdeas>>) => result.ideas.map((i) => i.title).sort();

let agatsuma: { id: number; code: string };
let tone: { id: number; code: string };
let kusatsu: { id: number };
let numata: { id: number };
let closedSessionId: string;
let jointSeriesSlug: string;

async function area(code: string, nameJa: string, municipality: string) {
  const created = await db.area.create({ data: { code, nameJa, nameEn: code, kana: "かな" } });
  const town = await db.municipality.create({ data: { code: `m-${code}`, nameJa: municipality, nameEn: municipality, kana: "かな", kind: "TOWN", areaId: created.id } });
  return { area: created, town };
}

async function series(slug: string, titleJa: string, areaIds: number[]) {
  return db.workshopSeries.create({ data: { slug, titleJa, titleEn: `${slug} workshop`, year: 2022, areas: { connect: areaIds.map((id) => ({ id })) } } });
}

async function session(seriesId: string, number: number, state: "SCHEDULED" | "OPEN" | "CLOSED", endsAt: string, closedAt: string | null = null) {
  return db.workshopSession.create({
    data: { seriesId, number, kind: number === 3 ? "IDEATION" : "ISSUE_STRUCTURE", startsAt: new Date(new Date(endsAt).getTime() - 3 * 3600_000), endsAt: new Date(endsAt), closedAt: closedAt ? new Date(closedAt) : null, venueJa: "公民館", capacity: 60, state },
  });
}

async function workshopIdea(sessionId: string, title: string, data: { goals?: number[]; needs?: ("KEY_PERSON" | "FUNDING" | "SKILLS" | "SPACE" | "PARTNERS")[]; hidden?: boolean; nickname?: string } = {}) {
  const participant = await db.workshopParticipant.create({ data: { sessionId, nickname: data.nickname ?? "ひみつのニックネーム", affiliation: "RESIDENT" } });
  return db.workshopIdea.create({
    data: {
      sessionId,
      participantId: participant.id,
      title,
      description: `${title}の説明`,
      needs: data.needs ?? [],
      hiddenAt: data.hidden ? new Date() : null,
      sdgTags: { create: (data.goals ?? []).map((goalNumber) => ({ goalNumber })) },
    },
  });
}

async function residentIdea(title: string, data: { publishedAt?: string | null; hidden?: boolean; areaId?: number; municipalityId?: number; goals?: number[]; needs?: ("KEY_PERSON" | "FUNDING")[] } = {}) {
  return db.idea.create({
    data: {
      title,
      description: `${title}の説明`,
      status: "UNDER_REVIEW",
      publishedAt: data.publishedAt === null ? null : new Date(data.publishedAt ?? "2024-06-01T00:00:00Z"),
      hiddenAt: data.hidden ? new Date() : null,
      areaId: data.areaId,
      municipalityId: data.municipalityId,
      needs: data.needs ?? [],
      sdgTags: { create: (data.goals ?? []).map((goalNumber) => ({ goalNumber })) },
    },
  });
}

beforeAll(async () => {
  await db.sdgGoal.createMany({ data: Array.from({ length: 17 }, (_, i) => ({ number: i + 1, nameJa: `ゴール${i + 1}`, nameEn: `Goal ${i + 1}`, colour: "#000000" })) });
  const a = await area("agatsuma", "吾妻", "草津町");
  const t = await area("tone-numata", "利根沼田", "沼田市");
  agatsuma = a.area;
  tone = t.area;
  kusatsu = a.town;
  numata = t.town;

  const agatsumaSeries = await series("2022-agatsuma", "未来共創ワークショップ（吾妻）", [agatsuma.id]);
  const closed = await session(agatsumaSeries.id, 3, "CLOSED", "2022-11-20T07:30:00Z", "2022-11-20T08:00:00Z");
  closedSessionId = closed.id;
  const open = await session(agatsumaSeries.id, 2, "OPEN", "2022-10-20T07:30:00Z");
  const scheduled = await session(agatsumaSeries.id, 1, "SCHEDULED", "2022-09-20T07:30:00Z");

  await workshopIdea(closed.id, "温泉街の空き店舗でチャレンジショップ", { goals: [8, 11], needs: ["SPACE", "KEY_PERSON"], nickname: "湯守のたろう" });
  await workshopIdea(closed.id, "乗り合いTaxiで通院", { goals: [3], needs: ["FUNDING"] });
  await workshopIdea(closed.id, "ファシリテーターが非表示にした投稿", { goals: [8], hidden: true });
  await workshopIdea(open.id, "まだ開催中のセッションのアイデア", { goals: [8] });
  await workshopIdea(scheduled.id, "予定のセッションのアイデア");

  // Shortlisted into the pipeline: published there, still under review, or hidden by staff.
  const shortlisted = await workshopIdea(closed.id, "採択されて公開されたアイデア", { goals: [11] });
  await db.idea.create({ data: { title: "採択されて公開されたアイデア", description: "説明", status: "ACCEPTED", publishedAt: new Date("2023-01-10T00:00:00Z"), areaId: agatsuma.id, workshopSessionId: closed.id, workshopIdeaId: shortlisted.id, workshopAuthors: ["湯守のたろう"] } });
  const underReview = await workshopIdea(closed.id, "審査中の候補", { goals: [11] });
  await db.idea.create({ data: { title: "審査中の候補", description: "説明", workshopSessionId: closed.id, workshopIdeaId: underReview.id } });
  const hiddenByStaff = await workshopIdea(closed.id, "県が非表示にした候補");
  await db.idea.create({ data: { title: "県が非表示にした候補", description: "説明", publishedAt: new Date(), hiddenAt: new Date(), workshopSessionId: closed.id, workshopIdeaId: hiddenByStaff.id } });

  // A series of two areas: either area, or a municipality in either, finds its ideas.
  const joint = await series("2023-agatsuma-tone", "未来共創ワークショップ（吾妻・利根沼田）", [agatsuma.id, tone.id]);
  jointSeriesSlug = joint.slug;
  const jointClosed = await session(joint.id, 3, "CLOSED", "2023-11-20T07:30:00Z");
  await workshopIdea(jointClosed.id, "りんご農家と観光をつなぐ 100%_確実", { goals: [2], needs: ["PARTNERS"] });

  await residentIdea("住民が投稿した草津のアイデア", { areaId: agatsuma.id, municipalityId: kusatsu.id, goals: [8], needs: ["KEY_PERSON"], publishedAt: "2024-05-01T00:00:00Z" });
  await residentIdea("沼田のアイデア", { areaId: tone.id, municipalityId: numata.id, goals: [2], publishedAt: "2024-04-01T00:00:00Z" });
  await residentIdea("まだ公開されていないアイデア", { publishedAt: null, areaId: agatsuma.id });
  await residentIdea("県が非表示にしたアイデア", { hidden: true, areaId: agatsuma.id });
});

describe("the アイデア tab of the 未来図鑑", () => {
  test("lists residents' published ideas and the ideas of workshop sessions whose results are public, each with where it came from", async () => {
    const result = await list();
    expect(titles(result)).toEqual(
      [
        "乗り合いTaxiで通院",
        "住民が投稿した草津のアイデア",
        "審査中の候補",
        "採択されて公開されたアイデア",
        "沼田のアイデア",
        "温泉街の空き店舗でチャレンジショップ",
        "りんご農家と観光をつなぐ 100%_確実",
      ].sort(),
    );
    expect(result.total).toBe(7);
    expect(result.pageCount).toBe(1);

    const shop = result.ideas.find((i) => i.title === "温泉街の空き店舗でチャレンジショップ")!;
    expect(shop).toMatchObject({
      source: "workshop",
      status: null,
      author: null,
      needs: ["SPACE", "KEY_PERSON"],
      sdgTags: [{ goalNumber: 8 }, { goalNumber: 11 }],
      area: { code: "agatsuma", nameJa: "吾妻" },
      municipality: null,
      publishedAt: new Date("2022-11-20T08:00:00Z"),
      workshopSession: { id: closedSessionId, number: 3, kind: "IDEATION", state: "CLOSED", series: { slug: "2022-agatsuma", titleJa: "未来共創ワークショップ（吾妻）", year: 2022, areas: [{ code: "agatsuma" }] } },
    });
    // A session without a recorded close time is dated by its end.
    expect(result.ideas.find((i) => i.title.startsWith("りんご"))?.publishedAt).toEqual(new Date("2023-11-20T07:30:00Z"));

    // A shortlisted idea appears once, as the pipeline idea with its status and its workshop.
    const accepted = result.ideas.filter((i) => i.title === "採択されて公開されたアイデア");
    expect(accepted).toHaveLength(1);
    expect(accepted[0]).toMatchObject({ source: "pipeline", status: "ACCEPTED", workshopSession: { id: closedSessionId, series: { slug: "2022-agatsuma" } } });
    // Shortlisted but not yet published by staff: still shown as the workshop posted it.
    expect(result.ideas.find((i) => i.title === "審査中の候補")?.source).toBe("workshop");

    const resident = result.ideas.find((i) => i.title === "住民が投稿した草津のアイデア")!;
    expect(resident).toMatchObject({ source: "pipeline", workshopSession: null, municipality: { nameJa: "草津町" } });
  });

  test("never shows hidden posts, unpublished ideas, sessions still to end, or workshop nicknames", async () => {
    const result = await list();
    const json = JSON.stringify(result);
    for (const title of ["ファシリテーターが非表示にした投稿", "まだ開催中のセッションのアイデア", "予定のセッションのアイデア", "県が非表示にした候補", "まだ公開されていないアイデア", "県が非表示にしたアイデア"]) {
      expect(json, title).not.toContain(title);
    }
    expect(json).not.toContain("湯守のたろう");
    expect(json).not.toContain("ひみつのニックネーム");
  });

  test("is newest first over both kinds: published ideas by publication, workshop ideas by the end of their session", async () => {
    const { ideas } = await list();
    const dates = ideas.map((i) => i.publishedAt.getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(ideas[0]?.title).toBe("住民が投稿した草津のアイデア");
  });

  test.each([
    ["area", () => ({ area: "tone-numata" }), ["沼田のアイデア", "りんご農家と観光をつなぐ 100%_確実"]],
    ["a municipality: its own ideas and those of workshops for its area", () => ({ municipality: String(kusatsu.id) }), ["住民が投稿した草津のアイデア", "乗り合いTaxiで通院", "審査中の候補", "温泉街の空き店舗でチャレンジショップ", "りんご農家と観光をつなぐ 100%_確実"]],
    ["SDG", () => ({ sdg: "8" }), ["住民が投稿した草津のアイデア", "温泉街の空き店舗でチャレンジショップ"]],
    ["need", () => ({ need: "KEY_PERSON" }), ["住民が投稿した草津のアイデア", "温泉街の空き店舗でチャレンジショップ"]],
    ["keyword in a title or description", () => ({ q: "アイデア" }), ["住民が投稿した草津のアイデア", "沼田のアイデア", "採択されて公開されたアイデア"]],
    ["keyword, case-insensitively", () => ({ q: "TAXI" }), ["乗り合いTaxiで通院"]],
    ["keyword with LIKE's own characters, matched literally", () => ({ q: "100%_" }), ["りんご農家と観光をつなぐ 100%_確実"]],
    ["keyword % alone", () => ({ q: "%" }), ["りんご農家と観光をつなぐ 100%_確実"]],
    ["several filters at once", () => ({ area: "agatsuma", sdg: "11", need: "SPACE" }), ["温泉街の空き店舗でチャレンジショップ"]],
  ])("filters both kinds by %s", async (_name, params, expected) => {
    const result = await list(params());
    expect(titles(result)).toEqual([...expected].sort());
    expect(result.total).toBe(expected.length);
  });

  test("pages through both kinds with one total, in the database: every idea once, none twice", async () => {
    const series = await db.workshopSeries.findUniqueOrThrow({ where: { slug: jointSeriesSlug }, select: { id: true } });
    const many = await session(series.id, 1, "CLOSED", "2024-03-01T07:30:00Z");
    for (let i = 0; i < 30; i++) await workshopIdea(many.id, `ページ送りのワークショップ案${i}`);
    for (let i = 0; i < 20; i++) await residentIdea(`ページ送りの住民案${i}`, { publishedAt: `2024-0${1 + (i % 5)}-15T00:00:00Z` });

    const first = await list({ q: "ページ送り" });
    expect(first.total).toBe(50);
    expect(first.pageCount).toBe(Math.ceil(50 / CATALOGUE_PAGE_SIZE));
    const seen: string[] = [];
    for (let page = 1; page <= first.pageCount; page++) {
      const result = await list({ q: "ページ送り", page: String(page) });
      expect(result.total).toBe(50);
      expect(result.ideas.length).toBe(page < first.pageCount ? CATALOGUE_PAGE_SIZE : 50 - CATALOGUE_PAGE_SIZE * (first.pageCount - 1));
      seen.push(...result.ideas.map((i) => `${i.source}:${i.id}`));
    }
    expect(new Set(seen).size).toBe(50);
    expect(seen.filter((key) => key.startsWith("workshop:"))).toHaveLength(30);

    // Past the last page: nothing, but the same total.
    const beyond = await list({ q: "ページ送り", page: "999" });
    expect(beyond.ideas).toEqual([]);
    expect(beyond.total).toBe(50);
  });
});

describe("GET /api/v1/ideas", () => {
  const get = (query: string) => getIdeas(new Request(`http://localhost/api/v1/ideas${query}`));

  test("offers workshop ideas with source and origin, and no nicknames", async () => {
    const response = await get("?area=agatsuma&sdg=8");
    expect(response.status).toBe(200);
    const text = await response.text();
    const body = JSON.parse(text);
    expect(body.meta.total).toBe(2);
    expect(body.data.map((i: { source: string }) => i.source).sort()).toEqual(["pipeline", "workshop"]);
    expect(body.data.find((i: { source: string }) => i.source === "workshop").workshopSession).toMatchObject({ id: closedSessionId, number: 3, series: { slug: "2022-agatsuma" } });
    expect(text).not.toContain("湯守のたろう");
    expect(text).not.toContain("ひみつのニックネーム");
  });

  test("items of both kinds have exactly the fields the OpenAPI description gives an Idea", async () => {
    const { properties, required } = OPENAPI.components.schemas.Idea;
    const body = await (await get("")).json();
    expect(new Set(body.data.map((i: { source: string }) => i.source))).toEqual(new Set(["pipeline", "workshop"]));
    for (const idea of body.data) {
      expect(Object.keys(idea).sort(), idea.title).toEqual(Object.keys(properties).sort());
      for (const key of required) expect(idea[key], `${idea.title}: ${key}`).not.toBeUndefined();
    }
  });

  test.each([
    ["SQL-looking", "?area=' OR 1=1 --&q=%27%3B%20DROP%20TABLE%20%22Idea%22%3B%20--"],
    ["a quote and backslashes in the keyword", `?q=${encodeURIComponent("'\\\\%\\")}`],
    ["a NUL byte in the keyword", "?q=a%00b"],
    ["oversized", `?q=${"あ".repeat(5_000)}&area=${"a".repeat(5_000)}`],
    ["out of range", "?sdg=99&page=-3&municipality=abc&need=EVIL&show=evil"],
    ["a page far past the end", "?page=1000"],
    ["numbers too large for an integer", "?municipality=99999999999999999999&page=99999999999999999999&sdg=1e308"],
    ["repeated keys", "?area=agatsuma&area=tone-numata"],
    ["broken percent-encoding", "?q=%E3%81&area=%ZZ"],
  ])("%s parameters give a clean answer, never a 500", async (_case, query) => {
    const response = await get(query);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.meta.page).toBeGreaterThanOrEqual(1);
    expect(body.meta.total).toBeGreaterThanOrEqual(0);
    expect(Array.isArray(body.data)).toBe(true);
  });
});
