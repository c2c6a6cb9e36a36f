import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { parseCatalogueQuery } from "@/lib/projects/catalogue-schema";
import { listCatalogueProjects } from "@/lib/projects/queries";

const photo = (projectUpdateId: string, storageKey: string, altText: string | null) =>
  db.upload.create({ data: { storageKey, mimeType: "image/jpeg", byteSize: 100, sha256: storageKey.padEnd(64, "0"), altText, projectUpdateId } });

describe("未来図鑑 cards", () => {
  test("show the newest photo of a visible update that has a description, and nothing for a project without one", async () => {
    const withPhotos = await db.project.create({ data: { slug: "with-photos", titleJa: "写真あり", summaryJa: "概要", publishedAt: new Date("2026-10-01T00:00:00Z") } });
    await db.project.create({ data: { slug: "no-photos", titleJa: "写真なし", summaryJa: "概要", publishedAt: new Date("2026-10-02T00:00:00Z") } });
    const older = await db.projectUpdate.create({ data: { projectId: withPhotos.id, body: "古い報告", publishedAt: new Date("2026-10-05T00:00:00Z") } });
    const newer = await db.projectUpdate.create({ data: { projectId: withPhotos.id, body: "新しい報告", publishedAt: new Date("2026-10-10T00:00:00Z") } });
    const hidden = await db.projectUpdate.create({ data: { projectId: withPhotos.id, body: "非表示", publishedAt: new Date("2026-10-20T00:00:00Z"), hiddenAt: new Date("2026-10-21T00:00:00Z") } });
    const undescribed = await db.projectUpdate.create({ data: { projectId: withPhotos.id, body: "説明なし", publishedAt: new Date("2026-10-15T00:00:00Z") } });
    await photo(older.id, "older-photo", "古い写真");
    await photo(newer.id, "newer-photo", "畑での作業の様子");
    await photo(hidden.id, "hidden-photo", "非表示の写真");
    await photo(undescribed.id, "undescribed-photo", null);

    const { projects } = await listCatalogueProjects(parseCatalogueQuery({}));
    const bySlug = new Map(projects.map((p) => [p.slug, p]));
    expect(bySlug.get("with-photos")?.updates).toEqual([{ photos: [{ storageKey: "newer-photo", altText: "畑での作業の様子" }] }]);
    expect(bySlug.get("no-photos")?.updates).toEqual([]);
  });
});
