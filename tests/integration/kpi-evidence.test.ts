// Evidence files: checked by their bytes, stored outside the web root, served as downloads, and
// public only once a value citing them is published. Only the request context is simulated.
import { mkdtempSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import { GET as getEvidence } from "@/app/evidence/[id]/route";
import { GET as getUpload } from "@/app/uploads/[key]/route";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/roles";
import { createObservation, transitionObservation } from "@/lib/kpis/mutations";
import { seedKpis } from "@/prisma/seed/kpis";
import { seedSdgs } from "@/prisma/seed/sdgs";
import { describeStored, expectedClean, phoneJpeg } from "../support/images";
import { signInAs } from "../support/next-request";
import { createTestUser } from "./factories";

vi.mock("next-auth", async (original) => (await import("../support/next-request")).mockNextAuth(original));
vi.mock("next/headers", async (original) => (await import("../support/next-request")).mockNextHeaders(original));

const NOW = new Date("2026-11-26T03:00:00Z");
const PDF = new TextEncoder().encode("%PDF-1.4\n% 群馬県 統計表\n%%EOF\n");
let seriesId: string;
let staffA: Actor;
let staffB: Actor;

const input = (fiscalYear: string) => ({ seriesId, fiscalYear, value: "1200", status: "FINAL" });
const fetchEvidence = (id: string) => getEvidence(new Request(`http://localhost/evidence/${id}`), { params: Promise.resolve({ id }) });
const storedFiles = async () => (await readdir(process.env.UPLOAD_DIR!, { recursive: true })).filter((f) => f.includes("-"));

beforeAll(async () => {
  process.env.UPLOAD_DIR = mkdtempSync(path.join(tmpdir(), "yukemuri-evidence-"));
  await seedSdgs(db);
  await seedKpis(db);
  const kpi = await db.kpi.findUniqueOrThrow({ where: { code: "in-migrants" }, select: { series: { select: { id: true } } } });
  seriesId = String(kpi.series[0]!.id);
  const a = await createTestUser(["STAFF"]);
  const b = await createTestUser(["STAFF"]);
  staffA = { id: a.id, roles: a.roles };
  staffB = { id: b.id, roles: b.roles };
});

beforeEach(() => signInAs(null));

describe("evidence files", () => {
  test("a PDF is stored with its hash, served to staff while a draft, and to everyone once published", async () => {
    const created = await createObservation(staffA, input("2024"), { now: NOW, evidenceFile: { bytes: PDF, name: "../統計表.pdf" } });
    if (!created.ok) throw new Error(created.error);
    const row = await db.kpiObservation.findUniqueOrThrow({ where: { id: created.data.id }, include: { evidenceUpload: true } });
    expect(row.evidenceUpload).toMatchObject({ mimeType: "application/pdf", byteSize: PDF.length, originalName: "統計表.pdf", uploadedById: staffA.id });
    const id = row.evidenceUploadId!;

    expect((await fetchEvidence(id)).status).toBe(404); // anonymous, not yet public
    signInAs(staffB.id);
    const staffView = await fetchEvidence(id);
    expect(staffView.status).toBe(200);
    expect(staffView.headers.get("cache-control")).toBe("private, no-store");
    expect(new Uint8Array(await staffView.arrayBuffer())).toEqual(PDF);

    for (const [who, step] of [[staffA, "submit"], [staffB, "approve"], [staffA, "publish"]] as const) {
      expect(await transitionObservation(who, step, created.data.id, NOW)).toMatchObject({ ok: true });
    }
    signInAs(null);
    const publicView = await fetchEvidence(id);
    expect(publicView.status).toBe(200);
    expect(publicView.headers.get("content-type")).toBe("application/pdf");
    expect(publicView.headers.get("x-content-type-options")).toBe("nosniff");
    expect(publicView.headers.get("content-disposition")).toMatch(/^attachment;.*filename\*=UTF-8''%E7%B5%B1%E8%A8%88%E8%A1%A8\.pdf$/);
  });

  test("a photo of the source is stored like a project photo: upright, without metadata or its second image", async () => {
    const phone = await phoneJpeg(64, 32);
    const created = await createObservation(staffA, input("2022"), { now: NOW, evidenceFile: { bytes: phone.bytes, name: "IMG_0420.JPG" } });
    if (!created.ok) throw new Error(created.error);
    const upload = await db.upload.findFirstOrThrow({ where: { kpiObservations: { some: { id: created.data.id } } } });
    expect(upload).toMatchObject({ mimeType: "image/jpeg", originalName: "IMG_0420.jpg" });

    signInAs(staffA.id);
    const stored = new Uint8Array(await (await fetchEvidence(upload.id)).arrayBuffer());
    expect(upload.byteSize).toBe(stored.length);
    expect(await describeStored(stored)).toEqual(expectedClean(32, 64, stored.length));

    // Evidence shares the photos' storage, but the public photo route must not hand it out.
    for (const key of [upload.storageKey, encodeURIComponent(upload.storageKey)]) {
      expect((await getUpload(new Request("http://x"), { params: Promise.resolve({ key }) })).status).toBe(404);
    }
  });

  test.each<[string, Uint8Array, string]>([
    ["JPEG bytes that are no image", Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, ...new TextEncoder().encode("<html><script>alert(1)</script></html>")]), "kpiStaff.errors.evidenceFileType"],
    ["an HTML page named .pdf", new TextEncoder().encode("<html><script>alert(1)</script></html>"), "kpiStaff.errors.evidenceFileType"],
    ["an empty file", new Uint8Array(), "kpiStaff.errors.evidenceFileSize"],
    ["a file over 5 MB", new Uint8Array(5_000_001).fill(0x25), "kpiStaff.errors.evidenceFileSize"],
  ])("refuses %s, storing nothing", async (_label, bytes, error) => {
    const before = { observations: await db.kpiObservation.count(), uploads: await db.upload.count(), files: (await storedFiles()).length };
    const result = await createObservation(staffA, input("2023"), { now: NOW, evidenceFile: { bytes, name: "report.pdf" } });
    expect(result).toEqual({ ok: false, error: "errors.checkFields", fieldErrors: { evidenceFile: [error] } });
    expect({ observations: await db.kpiObservation.count(), uploads: await db.upload.count(), files: (await storedFiles()).length }).toEqual(before);
  });

  test.each(["no-such-upload", "../../etc/passwd", "A".repeat(100)])("%s → 404", async (id) => {
    expect((await fetchEvidence(id)).status).toBe(404);
  });
});
