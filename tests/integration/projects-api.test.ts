import { beforeAll, describe, expect, test } from "vitest";
import { GET as getIdeas } from "@/app/api/v1/ideas/route";
import { GET as getProjects } from "@/app/api/v1/projects/route";
import { db } from "@/lib/db";
import { runSeed } from "@/prisma/seed";
import { createTestUser } from "./factories";

const get = (handler: (r: Request) => Promise<Response>, query = "", headers: Record<string, string> = {}) =>
  handler(new Request(`http://localhost/api/v1/x${query}`, { headers }));

let privateEmail: string;

beforeAll(async () => {
  await runSeed(db);
  const author = await createTestUser(["RESIDENT"], { email: "private.person@example.jp" });
  privateEmail = author.email;
  const municipality = await db.municipality.findUniqueOrThrow({ where: { nameJa: "中之条町" } });
  await db.idea.create({
    data: { title: "非公開の人のアイデア", description: "説明", authorId: author.id, status: "UNDER_REVIEW", publishedAt: new Date(), municipalityId: municipality.id, areaId: municipality.areaId, needs: ["KEY_PERSON"] },
  });
  await db.idea.create({ data: { title: "まだ審査前", description: "説明", authorId: author.id } });
  const project = await db.project.findFirstOrThrow({ where: { municipalityId: { not: null } } });
  await db.projectMember.create({ data: { projectId: project.id, role: "LEAD", userId: author.id } });
});

describe("GET /api/v1/projects", () => {
  test("lists the seeded initiatives with licence metadata, ETag and cache headers", async () => {
    const response = await get(getProjects);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(response.headers.get("cache-control")).toContain("max-age");
    const body = await response.json();
    expect(body.meta.licence).toMatchObject({ id: "PDL-1.0", compatibleWith: "CC-BY-4.0" });
    expect(body.meta.total).toBe(await db.project.count({ where: { publishedAt: { not: null } } }));
    expect(body.data.map((p: { slug: string }) => p.slug)).toContain("himokawa-17-colors");

    const etag = response.headers.get("etag") ?? "";
    expect((await get(getProjects, "", { "if-none-match": etag })).status).toBe(304);
  });

  test("filters by area and stage, and pages", async () => {
    const area = await db.area.findUniqueOrThrow({ where: { code: "agatsuma" } });
    const expected = await db.project.count({ where: { areaId: area.id, stage: "RUNNING", publishedAt: { not: null } } });
    const body = await (await get(getProjects, "?area=agatsuma&stage=RUNNING")).json();
    expect(body.meta.total).toBe(expected);
    expect(body.data.every((p: { area: { code: string } }) => p.area.code === "agatsuma")).toBe(true);
  });

  test.each([
    ["SQL-looking", "?area=' OR 1=1 --&stage=RUNNING;DROP"],
    ["oversized", `?q=${"あ".repeat(5_000)}`],
    ["a NUL byte in the keyword", "?q=a%00b"],
    ["out of range", "?sdg=99&page=-3&municipality=abc&sort=evil"],
    ["repeated keys", "?stage=RUNNING&stage=ENDED"],
  ])("%s parameters are dropped, not obeyed, and never a 500", async (_case, query) => {
    const response = await get(getProjects, query);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.meta.page).toBeGreaterThanOrEqual(1);
  });

  test("never exposes an email address or a private member's name", async () => {
    const text = await (await get(getProjects)).text();
    expect(text).not.toContain(privateEmail);
    expect(text).not.toMatch(/@[a-z0-9.-]+\.(jp|example|com)/i);
  });
});

describe("GET /api/v1/ideas", () => {
  test("lists published ideas only, without private authors or emails", async () => {
    const response = await get(getIdeas);
    const text = await response.text();
    const body = JSON.parse(text);
    expect(body.data.map((i: { title: string }) => i.title)).toContain("非公開の人のアイデア");
    expect(body.data.map((i: { title: string }) => i.title)).not.toContain("まだ審査前");
    expect(body.data.find((i: { title: string }) => i.title === "非公開の人のアイデア").author).toBeNull();
    expect(text).not.toContain(privateEmail);
    expect(text).not.toContain("Test RESIDENT");
  });

  test("filters by open need and municipality", async () => {
    const municipality = await db.municipality.findUniqueOrThrow({ where: { nameJa: "中之条町" } });
    const body = await (await get(getIdeas, `?need=KEY_PERSON&municipality=${municipality.id}`)).json();
    // The resident's idea, and the demo workshop ideas of the series that served the town's area.
    expect(body.data.filter((i: { source: string }) => i.source === "pipeline").map((i: { title: string }) => i.title)).toEqual(["非公開の人のアイデア"]);
    const fromWorkshops = body.data.filter((i: { source: string }) => i.source === "workshop");
    expect(fromWorkshops.length).toBeGreaterThan(0);
    expect(body.meta.total).toBe(1 + fromWorkshops.length);
    for (const idea of fromWorkshops) {
      expect(idea.needs).toContain("KEY_PERSON");
      expect(idea.workshopSession.series.areas.map((a: { code: string }) => a.code)).toContain("agatsuma");
    }
    const funding = (await (await get(getIdeas, "?need=FUNDING")).json()).data;
    expect(funding.filter((i: { source: string }) => i.source === "pipeline")).toEqual([]);
  });
});
