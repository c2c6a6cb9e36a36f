import { createHash } from "node:crypto";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import { changeStageAction, postUpdateAction, toggleFollowAction } from "@/app/(public)/zukan/[slug]/actions";
import { GET as getUpload } from "@/app/uploads/[key]/route";
import { db } from "@/lib/db";
import { describeStored, expectedClean, phoneJpeg, sideColours } from "../support/images";
import { signInAs } from "../support/next-request";
import { createTestUser } from "./factories";

vi.mock("next-auth", async (original) => (await import("../support/next-request")).mockNextAuth(original));
vi.mock("next/headers", async (original) => (await import("../support/next-request")).mockNextHeaders(original));
vi.mock("next/cache", async (original) => (await import("../support/next-request")).mockNextCache(original));


function form(fields: Record<string, string | Blob>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

let projectId: string;
let leadId: string;
let followerId: string;
let strangerId: string;

beforeAll(async () => {
  process.env.UPLOAD_DIR = await mkdtemp(path.join(tmpdir(), "yukemuri-uploads-"));
  [leadId, followerId, strangerId] = (await Promise.all([createTestUser(), createTestUser(), createTestUser()])).map((u) => u.id) as [string, string, string];
  const project = await db.project.create({
    data: { slug: `updates-${Date.now()}`, titleJa: "活動報告テスト", summaryJa: "s", publishedAt: new Date(), members: { create: { role: "LEAD", userId: leadId } } },
  });
  projectId = project.id;
});

beforeEach(() => signInAs(null));

describe("progress updates", () => {
  test("followers are told; the photo is stored upright, without its location or second image, and served safely", async () => {
    signInAs(followerId);
    await expect(toggleFollowAction(null, form({ projectId }))).resolves.toEqual({ ok: true, data: { following: true } });

    signInAs(leadId);
    const phone = await phoneJpeg(64, 32);
    const photo = new File([phone.bytes], "IMG_0001.jpg", { type: "image/jpeg" });
    const result = await postUpdateAction(null, form({ projectId, body: "マルシェを開きました。", photo, photoAlt: "マルシェの様子" }));
    expect(result).toMatchObject({ ok: true });
    const upload = await db.upload.findFirstOrThrow({ where: { projectUpdate: { projectId } } });
    expect(upload).toMatchObject({ mimeType: "image/jpeg", altText: "マルシェの様子" });

    const response = await getUpload(new Request("http://x"), { params: Promise.resolve({ key: upload.storageKey }) });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    const stored = new Uint8Array(await response.arrayBuffer());
    expect(upload).toMatchObject({ byteSize: stored.length, sha256: createHash("sha256").update(stored).digest("hex") });
    expect(await describeStored(stored)).toEqual(expectedClean(32, 64, stored.length));
    expect(await sideColours(stored)).toEqual({ left: "blue", right: "red" });

    expect(await db.notification.count({ where: { userId: followerId, kind: "project.update" } })).toBe(1);
    expect(await db.notification.count({ where: { userId: leadId, kind: "project.update" } })).toBe(0);
  });

  test("followers are told, in words, when the project moves to a new stage; the lead who moved it is not", async () => {
    const follower = await createTestUser();
    signInAs(follower.id);
    await toggleFollowAction(null, form({ projectId }));
    signInAs(leadId);
    expect(await changeStageAction(null, form({ projectId, to: "PLANNING" }))).toMatchObject({ ok: true, data: { stage: "PLANNING" } });
    const mail = await db.mailMessage.findFirstOrThrow({ where: { userId: follower.id, kind: "project.update" } });
    expect(mail.subject).toBe("【湯けむり】フォロー中のプロジェクトの段階が変わりました");
    expect(mail.textBody).toContain("フォロー中の「活動報告テスト」の段階が「計画中」になりました。");
    expect(await db.notification.count({ where: { userId: leadId, kind: "project.update" } })).toBe(0);
  });

  test.each([
    ["a script posing as a PNG", new File(["<script>alert(1)</script>"], "evil.png", { type: "image/png" }), "errors.fileNotImage"],
    ["text behind a JPEG's first bytes", new File([Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]), "<script>alert(1)</script>"], "IMG_0002.jpg", { type: "image/jpeg" }), "errors.fileNotImage"],
    ["an SVG", new File(['<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'], "a.svg", { type: "image/svg+xml" }), "errors.fileNotImage"],
    ["a file over 5 MB", new File([new Uint8Array(5 * 1024 * 1024 + 1)], "big.jpg", { type: "image/jpeg" }), "errors.fileTooLarge"],
  ])("refuses %s and stores nothing", async (_case, photo, error) => {
    signInAs(leadId);
    const before = await Promise.all([db.projectUpdate.count(), db.upload.count()]);
    const result = await postUpdateAction(null, form({ projectId, body: "報告", photo, photoAlt: "説明" }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { photo: [error] } });
    expect(await Promise.all([db.projectUpdate.count(), db.upload.count()])).toEqual(before);
  });

  test("a photo needs a description; hostile and oversized text is refused", async () => {
    signInAs(leadId);
    const photo = new File([(await phoneJpeg()).bytes], "a.jpg", { type: "image/jpeg" });
    await expect(postUpdateAction(null, form({ projectId, body: "報告", photo }))).resolves.toMatchObject({ fieldErrors: { photoAlt: ["errors.photoAltRequired"] } });
    await expect(postUpdateAction(null, form({ projectId, body: "x".repeat(5_000) }))).resolves.toMatchObject({ fieldErrors: { body: ["errors.tooLong"] } });
    await expect(postUpdateAction(null, form({ projectId, body: "" }))).resolves.toMatchObject({ fieldErrors: { body: ["errors.required"] } });
  });

  test("only the lead and staff post; visitors sign in first", async () => {
    await expect(postUpdateAction(null, form({ projectId, body: "報告" }))).resolves.toEqual({ ok: false, error: "errors.signInRequired" });
    signInAs(strangerId);
    await expect(postUpdateAction(null, form({ projectId, body: "報告" }))).resolves.toEqual({ ok: false, error: "errors.forbidden" });
    signInAs((await createTestUser(["STAFF"])).id);
    await expect(postUpdateAction(null, form({ projectId, body: "県から報告" }))).resolves.toMatchObject({ ok: true });
  });

  test("unknown or path-like upload keys are 404", async () => {
    for (const key of ["../../etc/passwd", "nope.jpg", "a".repeat(40) + ".jpg"]) {
      const response = await getUpload(new Request("http://x"), { params: Promise.resolve({ key }) });
      expect(response.status).toBe(404);
    }
  });
});
