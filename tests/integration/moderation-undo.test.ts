// 表示に戻す: a hidden post can be shown again, by the people who may hide it, audited like the
// hide, idempotent, and hostile input refused with a message from the catalogue. The hidden list
// says what was hidden, by whom, when and why.
import { beforeEach, describe, expect, test, vi } from "vitest";
import { postCommentAction, reportContentAction } from "@/app/(public)/zukan/[slug]/actions";
import { moderateAction, restorePostAction } from "@/app/(staff)/staff/moderation/actions";
import { hidePostAction, unhidePostAction } from "@/app/(staff)/staff/workshops/sessions/[id]/actions";
import type { Role } from "@/lib/auth/roles";
import { listHiddenPosts } from "@/lib/comments/hidden";
import { listOpenReports, listProjectComments } from "@/lib/comments/queries";
import { db } from "@/lib/db";
import { getBoard } from "@/lib/workshops/queries";
import { request, signInAs } from "../support/next-request";
import { createTestUser } from "./factories";
import { createTestSession, form } from "./workshop-factories";

vi.mock("next-auth", async (original) => (await import("../support/next-request")).mockNextAuth(original));
vi.mock("next/headers", async (original) => (await import("../support/next-request")).mockNextHeaders(original));
vi.mock("next/cache", async (original) => (await import("../support/next-request")).mockNextCache(original));

beforeEach(() => {
  signInAs(null);
  request.cookies.clear();
});

/** A comment on a fresh project, reported and hidden by a staff member through the moderation page. */
async function hiddenComment(body = "ひどい中傷") {
  const project = await db.project.create({ data: { slug: `undo-${crypto.randomUUID().slice(0, 8)}`, titleJa: "表示に戻すテスト", summaryJa: "s", publishedAt: new Date() } });
  const author = await createTestUser();
  signInAs(author.id);
  const posted = await postCommentAction(null, form({ projectId: project.id, body }));
  if (!posted.ok) throw new Error(posted.error);
  const reporter = await createTestUser();
  signInAs(reporter.id);
  await reportContentAction(null, form({ subjectType: "COMMENT", subjectId: posted.data.id, reason: "個人を中傷しています" }));
  const report = (await listOpenReports()).find((r) => r.subjectId === posted.data.id)!;
  const staff = await createTestUser(["STAFF"]);
  signInAs(staff.id);
  await expect(moderateAction(null, form({ reportId: report.id, decision: "HIDE" }))).resolves.toMatchObject({ ok: true });
  signInAs(null);
  return { projectId: project.id, commentId: posted.data.id, staff };
}

describe("showing a hidden comment again (moderation page)", () => {
  test("only staff and admins may; anyone else is refused and nothing changes", async () => {
    const { projectId, commentId } = await hiddenComment();
    const refused: (Role[] | null)[] = [null, ["RESIDENT"], ["RESIDENT", "MEMBER"], ["FACILITATOR"]];
    for (const roles of refused) {
      signInAs(roles ? (await createTestUser(roles)).id : null);
      const result = await restorePostAction(null, form({ subjectType: "COMMENT", subjectId: commentId }));
      expect(result).toEqual({ ok: false, error: roles ? "errors.forbidden" : "errors.signInRequired" });
    }
    expect((await db.comment.findUniqueOrThrow({ where: { id: commentId } })).hiddenAt).not.toBeNull();
    expect(await db.auditLog.count({ where: { subjectId: commentId, action: "moderation.restore" } })).toBe(0);

    for (const roles of [["STAFF"], ["ADMIN"]] as Role[][]) {
      const { projectId: p, commentId: c } = roles[0] === "STAFF" ? { projectId, commentId } : await hiddenComment("管理者が戻す投稿");
      const person = await createTestUser(roles);
      signInAs(person.id);
      await expect(restorePostAction(null, form({ subjectType: "COMMENT", subjectId: c }))).resolves.toEqual({ ok: true, data: { restored: true } });
      expect((await listProjectComments(p)).map((x) => x.id)).toContain(c);
      const audit = await db.auditLog.findFirstOrThrow({ where: { subjectId: c, action: "moderation.restore" } });
      expect(audit).toMatchObject({ actorId: person.id, subjectType: "COMMENT", after: { hiddenAt: null } });
      expect((audit.before as { hiddenAt: string | null }).hiddenAt).toMatch(/^\d{4}-/);
    }
  });

  test("is idempotent: a second undo changes nothing and writes no second audit row", async () => {
    const { commentId } = await hiddenComment();
    signInAs((await createTestUser(["STAFF"])).id);
    await expect(restorePostAction(null, form({ subjectType: "COMMENT", subjectId: commentId }))).resolves.toEqual({ ok: true, data: { restored: true } });
    await expect(restorePostAction(null, form({ subjectType: "COMMENT", subjectId: commentId }))).resolves.toEqual({ ok: true, data: { restored: false } });
    expect(await db.auditLog.count({ where: { subjectId: commentId, action: "moderation.restore" } })).toBe(1);
  });

  test("hostile, oversized or unknown ids and types are refused with a localised message", async () => {
    const { commentId } = await hiddenComment();
    signInAs((await createTestUser(["STAFF"])).id);
    const audits = await db.auditLog.count();
    await expect(restorePostAction(null, form({ subjectType: "COMMENT", subjectId: "x".repeat(65) }))).resolves.toMatchObject({ ok: false, error: "errors.checkFields", fieldErrors: { subjectId: ["errors.invalidChoice"] } });
    await expect(restorePostAction(null, form({ subjectType: "COMMENT", subjectId: "' OR 1=1 --" }))).resolves.toEqual({ ok: false, error: "errors.notFound" });
    await expect(restorePostAction(null, form({ subjectType: "COMMENT", subjectId: "" }))).resolves.toMatchObject({ ok: false, fieldErrors: { subjectId: ["errors.required"] } });
    await expect(restorePostAction(null, form({ subjectType: "USER", subjectId: commentId }))).resolves.toMatchObject({ ok: false, fieldErrors: { subjectType: ["errors.invalidChoice"] } });
    // The right id under the wrong type is not found, and shows nothing.
    await expect(restorePostAction(null, form({ subjectType: "PROJECT_UPDATE", subjectId: commentId }))).resolves.toEqual({ ok: false, error: "errors.notFound" });
    expect((await db.comment.findUniqueOrThrow({ where: { id: commentId } })).hiddenAt).not.toBeNull();
    expect(await db.auditLog.count()).toBe(audits);
  });
});

describe("the hidden list", () => {
  test("says what was hidden, where, by whom, when and why, newest first, and forgets a post shown again", async () => {
    const first = await hiddenComment("最初に隠した投稿");
    const second = await hiddenComment("次に隠した投稿");
    const facilitator = await createTestUser(["FACILITATOR"]);
    const session = await createTestSession({ facilitatorIds: [facilitator.id] });
    const card = await db.issueCard.create({ data: { sessionId: session.id, text: "通報なしで隠したカード" } });
    signInAs(facilitator.id);
    await expect(hidePostAction(null, form({ subjectType: "ISSUE_CARD", subjectId: card.id }))).resolves.toMatchObject({ ok: true });

    const list = await listHiddenPosts();
    const mine = list.filter((p) => [first.commentId, second.commentId, card.id].includes(p.subjectId));
    expect(mine.map((p) => p.text)).toEqual(["通報なしで隠したカード", "次に隠した投稿", "最初に隠した投稿"]);
    expect(mine[1]).toMatchObject({ subjectType: "COMMENT", reasons: ["個人を中傷しています"], hiddenBy: { name: "Test STAFF" }, project: { titleJa: "表示に戻すテスト" }, session: null });
    expect(mine[1]!.hiddenAt).toBeInstanceOf(Date);
    expect(mine[0]).toMatchObject({ subjectType: "ISSUE_CARD", reasons: [], hiddenBy: { name: "Test FACILITATOR" }, project: null, session: { id: session.id, number: 2 } });
    // The console lists only its own session's posts.
    expect((await listHiddenPosts({ sessionId: session.id })).map((p) => p.subjectId)).toEqual([card.id]);

    signInAs(first.staff.id);
    await restorePostAction(null, form({ subjectType: "COMMENT", subjectId: first.commentId }));
    expect((await listHiddenPosts()).map((p) => p.subjectId)).not.toContain(first.commentId);
  });
});

describe("showing a hidden workshop post again (session console)", () => {
  type Who = "resident" | "member" | "other facilitator" | "assigned facilitator" | "staff" | "admin";
  const ROLES: Record<Who, Role[]> = {
    resident: ["RESIDENT"],
    member: ["RESIDENT", "MEMBER"],
    "other facilitator": ["FACILITATOR"],
    "assigned facilitator": ["FACILITATOR"],
    staff: ["STAFF"],
    admin: ["ADMIN"],
  };
  const EXPECTED: Record<Who, string | null> = {
    resident: "errors.forbidden",
    member: "errors.forbidden",
    "other facilitator": "errors.forbidden",
    "assigned facilitator": null,
    staff: null,
    admin: null,
  };

  for (const who of Object.keys(ROLES) as Who[]) {
    test(`${who}: ${EXPECTED[who] ? "refused" : "shows it again on the board, audited once"}`, async () => {
      const facilitator = await createTestUser(["FACILITATOR"]);
      const session = await createTestSession({ kind: "IDEATION", facilitatorIds: [facilitator.id] });
      const idea = await db.workshopIdea.create({ data: { sessionId: session.id, title: "隠されたアイデア", description: "説明" } });
      signInAs(facilitator.id);
      await expect(hidePostAction(null, form({ subjectType: "WORKSHOP_IDEA", subjectId: idea.id }))).resolves.toMatchObject({ ok: true });
      expect((await getBoard(session.id))!.ideas.map((i) => i.id)).not.toContain(idea.id);

      const person = who === "assigned facilitator" ? facilitator : await createTestUser(ROLES[who]);
      signInAs(person.id);
      const result = await unhidePostAction(null, form({ subjectType: "WORKSHOP_IDEA", subjectId: idea.id }));
      if (EXPECTED[who]) {
        expect(result).toEqual({ ok: false, error: EXPECTED[who] });
        expect((await db.workshopIdea.findUniqueOrThrow({ where: { id: idea.id } })).hiddenAt).not.toBeNull();
        expect(await db.auditLog.count({ where: { subjectId: idea.id, action: "workshop_post.restore" } })).toBe(0);
        return;
      }
      expect(result).toEqual({ ok: true, data: { restored: true } });
      expect((await getBoard(session.id))!.ideas.map((i) => i.id)).toContain(idea.id);
      await expect(unhidePostAction(null, form({ subjectType: "WORKSHOP_IDEA", subjectId: idea.id }))).resolves.toEqual({ ok: true, data: { restored: false } });
      expect(await db.auditLog.count({ where: { subjectId: idea.id, action: "workshop_post.restore", actorId: person.id } })).toBe(1);
    });
  }

  test("anonymous is asked to sign in; bad ids are refused; staff may also undo from the moderation page", async () => {
    const facilitator = await createTestUser(["FACILITATOR"]);
    const session = await createTestSession({ facilitatorIds: [facilitator.id] });
    const card = await db.issueCard.create({ data: { sessionId: session.id, text: "カード" } });
    signInAs(facilitator.id);
    await hidePostAction(null, form({ subjectType: "ISSUE_CARD", subjectId: card.id }));
    signInAs(null);
    await expect(unhidePostAction(null, form({ subjectType: "ISSUE_CARD", subjectId: card.id }))).resolves.toEqual({ ok: false, error: "errors.signInRequired" });
    signInAs(facilitator.id);
    await expect(unhidePostAction(null, form({ subjectType: "ISSUE_CARD", subjectId: "y".repeat(500) }))).resolves.toMatchObject({ ok: false, error: "errors.checkFields" });
    await expect(unhidePostAction(null, form({ subjectType: "COMMENT", subjectId: card.id }))).resolves.toMatchObject({ ok: false, fieldErrors: { subjectType: ["errors.invalidChoice"] } });
    // A facilitator cannot use the moderation page, which is for staff.
    await expect(restorePostAction(null, form({ subjectType: "ISSUE_CARD", subjectId: card.id }))).resolves.toEqual({ ok: false, error: "errors.forbidden" });
    signInAs((await createTestUser(["STAFF"])).id);
    await expect(restorePostAction(null, form({ subjectType: "ISSUE_CARD", subjectId: card.id }))).resolves.toEqual({ ok: true, data: { restored: true } });
    expect(await db.auditLog.count({ where: { subjectId: card.id, action: "workshop_post.restore" } })).toBe(1);
    expect((await getBoard(session.id))!.cards.map((c) => c.id)).toContain(card.id);
  });
});
