import { beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import { postCommentAction, reportContentAction } from "@/app/(public)/zukan/[slug]/actions";
import { moderateAction } from "@/app/(staff)/staff/moderation/actions";
import type { Role } from "@/lib/auth/roles";
import { listOpenReports, listProjectComments } from "@/lib/comments/queries";
import { db } from "@/lib/db";
import { signInAs } from "../support/next-request";
import { createTestUser } from "./factories";

vi.mock("next-auth", async (original) => (await import("../support/next-request")).mockNextAuth(original));
vi.mock("next/headers", async (original) => (await import("../support/next-request")).mockNextHeaders(original));
vi.mock("next/cache", async (original) => (await import("../support/next-request")).mockNextCache(original));

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
};

let projectId: string;
beforeAll(async () => {
  projectId = (await db.project.create({ data: { slug: `moderation-${Date.now()}`, titleJa: "モデレーション", summaryJa: "s", publishedAt: new Date() } })).id;
});
beforeEach(() => signInAs(null));

async function comment(body: string): Promise<string> {
  signInAs((await createTestUser()).id);
  const result = await postCommentAction(null, form({ projectId, body }));
  if (!result.ok) throw new Error(result.error);
  return result.data.id;
}

describe("comments and moderation", () => {
  test("comments need an account and valid text; markup is kept as text, never run", async () => {
    await expect(postCommentAction(null, form({ projectId, body: "こんにちは" }))).resolves.toEqual({ ok: false, error: "errors.signInRequired" });
    signInAs((await createTestUser()).id);
    await expect(postCommentAction(null, form({ projectId, body: "" }))).resolves.toMatchObject({ fieldErrors: { body: ["errors.required"] } });
    await expect(postCommentAction(null, form({ projectId, body: "あ".repeat(2_001) }))).resolves.toMatchObject({ fieldErrors: { body: ["errors.tooLong"] } });
    await expect(postCommentAction(null, form({ projectId: "missing", body: "x" }))).resolves.toEqual({ ok: false, error: "errors.notFound" });
    const id = await comment("<script>alert(1)</script> は動きません");
    expect((await db.comment.findUniqueOrThrow({ where: { id } })).body).toBe("<script>alert(1)</script> は動きません");
  });

  test("a reported comment hidden by staff disappears, every report of it closes, and it is audited", async () => {
    const id = await comment("ひどい中傷");
    const reporters = await Promise.all([createTestUser(), createTestUser()]);
    for (const reporter of reporters) {
      signInAs(reporter.id);
      await expect(reportContentAction(null, form({ subjectType: "COMMENT", subjectId: id, reason: "中傷です" }))).resolves.toMatchObject({ ok: true });
    }
    // Reporting twice is one report.
    await reportContentAction(null, form({ subjectType: "COMMENT", subjectId: id, reason: "中傷です" }));
    const reports = (await listOpenReports()).filter((r) => r.subjectId === id);
    expect(reports).toHaveLength(2);
    expect(reports[0]?.content?.body).toBe("ひどい中傷");

    const refused: Role[][] = [["RESIDENT"], ["MEMBER"], ["FACILITATOR"]];
    for (const roles of refused) {
      signInAs((await createTestUser(roles)).id);
      await expect(moderateAction(null, form({ reportId: reports[0]?.id ?? "", decision: "HIDE" }))).resolves.toEqual({ ok: false, error: "errors.forbidden" });
    }
    const staff = await createTestUser(["STAFF"]);
    signInAs(staff.id);
    await expect(moderateAction(null, form({ reportId: reports[0]?.id ?? "", decision: "HIDE" }))).resolves.toEqual({ ok: true, data: { status: "HIDDEN" } });
    expect((await listProjectComments(projectId)).map((c) => c.id)).not.toContain(id);
    expect((await listOpenReports()).filter((r) => r.subjectId === id)).toHaveLength(0);
    await expect(moderateAction(null, form({ reportId: reports[1]?.id ?? "", decision: "DISMISS" }))).resolves.toEqual({ ok: false, error: "errors.alreadyDecided" });
    expect(await db.auditLog.count({ where: { action: "moderation.hide", subjectId: id, actorId: staff.id } })).toBe(1);
    signInAs((await createTestUser()).id);
    await expect(reportContentAction(null, form({ subjectType: "COMMENT", subjectId: id, reason: "まだある？" }))).resolves.toEqual({ ok: false, error: "errors.notFound" });
  });

  test("bad reports are refused", async () => {
    const id = await comment("普通のコメント");
    await expect(reportContentAction(null, form({ subjectType: "USER", subjectId: id, reason: "x" }))).resolves.toMatchObject({ fieldErrors: { subjectType: ["errors.invalidChoice"] } });
    await expect(reportContentAction(null, form({ subjectType: "COMMENT", subjectId: id, reason: "x".repeat(600) }))).resolves.toMatchObject({ fieldErrors: { reason: ["errors.tooLong"] } });
    signInAs(null);
    await expect(reportContentAction(null, form({ subjectType: "COMMENT", subjectId: id, reason: "x" }))).resolves.toEqual({ ok: false, error: "errors.signInRequired" });
  });
});
