// What the seed puts where the public reads it: citations a reader can follow, never the
// curators' notes, seed file numbers or line numbers.
import { beforeAll, describe, expect, test, vi } from "vitest";
import { GET as getKpis } from "@/app/api/v1/kpis/route";
import { GET as getCsv } from "@/app/api/v1/kpis.csv/route";
import { db } from "@/lib/db";
import kpisJson from "@/prisma/seed/data/kpis.json" with { type: "json" };
import { runSeed } from "@/prisma/seed";

vi.mock("next/cache", async (original) => ({
  ...((await original()) as object),
  unstable_cache: <T extends (...args: never[]) => unknown>(fn: T) => fn,
}));

const CURATION = /\bseed\b|\blines?\s+\d|README|\d{3}_[0-9a-f]{6,}/i;
const curatorsNotes = kpisJson.kpis.flatMap((k) => k.notes ?? []);

beforeAll(async () => {
  await runSeed(db);
});

describe("public text from the seed", () => {
  test("every project names its source document and page, in Japanese and English", async () => {
    const projects = await db.project.findMany({ where: { sourceNote: { not: null } }, select: { slug: true, sourceNote: true, sourceNoteEn: true } });
    expect(projects.length).toBeGreaterThan(0);
    for (const p of projects) {
      expect(p.sourceNote, p.slug).toMatch(/ページ$/);
      expect(p.sourceNote, p.slug).not.toMatch(CURATION);
      expect(p.sourceNoteEn, p.slug).toMatch(/pp?\. \d+(–\d+)?$/);
      expect(p.sourceNoteEn, p.slug).not.toMatch(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|seed|line/u);
    }
  });

  test("the open-data API and CSV carry no curators' notes and no line numbers", async () => {
    expect(curatorsNotes.length).toBeGreaterThan(0);
    const json = await (await getKpis(new Request("http://localhost/api/v1/kpis"))).text();
    const csv = await (await getCsv(new Request("http://localhost/api/v1/kpis.csv"))).text();
    for (const body of [json, csv]) {
      for (const note of curatorsNotes) expect(body).not.toContain(note);
      expect(body).not.toMatch(/"line"\s*:|\bL\d{3,4}\b/);
    }
    const body = JSON.parse(json) as { data: { unit: { en: string | null }; source: { references: { pages: unknown }[] } }[] };
    for (const kpi of body.data) {
      expect(kpi.unit.en ?? "").not.toMatch(/[()]/);
      for (const ref of kpi.source.references) expect(ref.pages).toEqual({ from: expect.any(Number), to: expect.any(Number) });
    }
  });

  test("curators' notes stay in the staff-only column", async () => {
    const kpi = await db.kpi.findUniqueOrThrow({ where: { code: "in-migrants" }, select: { notes: true } });
    expect(kpi.notes).toEqual(["Printed twice with identical values."]);
  });
});
