// The account page's actions and download: sessions that end on the server, the password change,
// the public-profile choice, the personal-data download and account deletion. Called as Next.js
// calls them; only the request context is simulated (tests/support/next-request.ts).
import { beforeEach, describe, expect, test, vi } from "vitest";
import { changePasswordAction, deleteAccountAction, profileVisibilityAction, signOutEverywhereAction } from "@/app/(account)/account/actions";
import { GET as exportRoute } from "@/app/(account)/account/export/route";
import { countPersonalData } from "@/lib/account/queries";
import { postCommentAction } from "@/app/(public)/zukan/[slug]/actions";
import { authenticate, registerUser } from "@/lib/auth/accounts";
import { getAuthOptions } from "@/lib/auth/options";
import type { Role } from "@/lib/auth/roles";
import { getCurrentUser } from "@/lib/auth/session";
import { listProjectComments } from "@/lib/comments/queries";
import { db } from "@/lib/db";
import { listPublicIdeas } from "@/lib/ideas/public-queries";
import { redirectOf, request, signInAs } from "../support/next-request";
import { createTestRoom, createTestUser } from "./factories";

vi.mock("next-auth", async (original) => (await import("../support/next-request")).mockNextAuth(original));
vi.mock("next/headers", async (original) => (await import("../support/next-request")).mockNextHeaders(original));
vi.mock("next/cache", async (original) => (await import("../support/next-request")).mockNextCache(original));

const PASSWORD = "correct horse battery";
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
};

/** A resident with a real password, as sign-up makes one. */
async function resident(name = "上州 はな") {
  const email = `person-${crypto.randomUUID().slice(0, 8)}@example.jp`;
  await registerUser({ name, email, password: PASSWORD, passwordConfirm: PASSWORD, purpose: "RESIDENT", acceptTerms: "on" });
  // As if the mailed confirmation link had been opened (tests/integration/account-mail.test.ts follows it).
  return db.user.update({ where: { email }, data: { emailConfirmedAt: new Date() }, select: { id: true, email: true, name: true } });
}

/** Signs in through next-auth's own authorize step, as the sign-in form does; returns the new session's id. */
async function signIn(email: string, password = PASSWORD): Promise<string> {
  const provider = getAuthOptions().providers[0] as unknown as {
    options: { authorize: (credentials: Record<string, string>, request: { headers: Record<string, string> }) => Promise<{ sessionId: string } | null> };
  };
  const user = await provider.options.authorize({ email, password }, { headers: { "x-forwarded-for": "203.0.113.50", "user-agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) Safari/604.1" } });
  if (!user) throw new Error("sign-in failed");
  return user.sessionId;
}

const signOutEvent = (sub: string, sid: string) => getAuthOptions().events!.signOut!({ token: { sub, sid }, session: null as never });

beforeEach(() => {
  signInAs(null);
  request.cookies.clear();
  request.revalidated.length = 0;
});

describe("sessions end on the server", () => {
  test("a copied token stops working once its browser signs out; other browsers stay signed in", async () => {
    const person = await resident();
    const phone = await signIn(person.email);
    const laptop = await signIn(person.email);
    expect((await db.userSession.findUniqueOrThrow({ where: { id: phone } })).userAgent).toBe("Safari · iOS");

    // The copy of the phone's cookie carries the same session id as the phone.
    signInAs(person.id, phone);
    expect(await getCurrentUser()).toMatchObject({ id: person.id, sessionId: phone });
    await signOutEvent(person.id, phone);
    signInAs(person.id, phone);
    expect(await getCurrentUser()).toBeNull();
    await expect(profileVisibilityAction(null, form({ isPublicProfile: "on" }))).resolves.toEqual({ ok: false, error: "errors.signInRequired" });

    signInAs(person.id, laptop);
    expect(await getCurrentUser()).toMatchObject({ id: person.id });
  });

  test("a session id belongs to its own user: someone else's live session id is refused", async () => {
    const [owner, other] = await Promise.all([resident(), resident()]);
    const session = await signIn(owner.email);
    signInAs(other.id, session);
    expect(await getCurrentUser()).toBeNull();
    // Signing out with another's session id ends nothing.
    await signOutEvent(other.id, session);
    signInAs(owner.id, session);
    expect(await getCurrentUser()).not.toBeNull();
  });

  test("a token without a session id (from before sessions were recorded) is refused", async () => {
    const person = await resident();
    signInAs(person.id, "");
    expect(await getCurrentUser()).toBeNull();
  });

  test("signing out everywhere else ends the other sessions and keeps this one; 'all' ends this one too", async () => {
    const person = await resident();
    const [here, there, elsewhere] = [await signIn(person.email), await signIn(person.email), await signIn(person.email)];
    signInAs(person.id, here);
    await expect(signOutEverywhereAction(null, form({ scope: "others" }))).resolves.toEqual({ ok: true, data: { endedSessions: 2 } });
    for (const [sid, live] of [[here, true], [there, false], [elsewhere, false]] as const) {
      signInAs(person.id, sid);
      expect(await getCurrentUser() !== null, sid).toBe(live);
    }
    signInAs(person.id, here);
    expect(await redirectOf(() => signOutEverywhereAction(null, form({ scope: "all" })))).toBe("/signin");
    expect(await getCurrentUser()).toBeNull();
    expect(await db.auditLog.count({ where: { action: "user.sessions_revoke", subjectId: person.id } })).toBe(2);
  });

  test.each([
    ["no scope", {}],
    ["an unknown scope", { scope: "everyone" }],
    ["an oversized scope", { scope: "x".repeat(200_000) }],
    ["SQL", { scope: "'; DROP TABLE \"UserSession\"; --" }],
  ])("sign-out everywhere with %s ends nothing", async (_label, fields) => {
    const person = await resident();
    const [here, there] = [await signIn(person.email), await signIn(person.email)];
    signInAs(person.id, here);
    await expect(signOutEverywhereAction(null, form(fields as Record<string, string>))).resolves.toMatchObject({ ok: false, error: "errors.checkFields" });
    expect(await db.userSession.count({ where: { id: { in: [here, there] }, revokedAt: null } })).toBe(2);
  });
});

describe("changing the password", () => {
  const change = (fields: Partial<Record<"currentPassword" | "newPassword" | "newPasswordConfirm", string>>) =>
    changePasswordAction(null, form({ currentPassword: PASSWORD, newPassword: "a brand new passphrase", newPasswordConfirm: "a brand new passphrase", ...fields }));

  test("needs the current password; then ends every other session, keeps this one, and is audited", async () => {
    const person = await resident();
    const [here, there] = [await signIn(person.email), await signIn(person.email)];
    signInAs(person.id, here);
    const wrong = await change({ currentPassword: "not my password" });
    expect(wrong).toMatchObject({ ok: false, error: "errors.checkFields", fieldErrors: { currentPassword: ["accountErrors.wrongPassword"] } });
    expect(wrong.ok === false && wrong.values?.currentPassword).toBeUndefined();

    await expect(change({})).resolves.toEqual({ ok: true, data: { endedSessions: 1 } });
    expect(await getCurrentUser()).toMatchObject({ id: person.id });
    signInAs(person.id, there);
    expect(await getCurrentUser()).toBeNull();
    expect(await authenticate(person.email, PASSWORD, "203.0.113.60")).toEqual({ kind: "failed" });
    expect(await authenticate(person.email, "a brand new passphrase", "203.0.113.60")).toMatchObject({ kind: "ok" });
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "user.password_change", subjectId: person.id } });
    expect(JSON.stringify(entry.after)).not.toContain("brand new");
  });

  test.each([
    ["too short", { newPassword: "short", newPasswordConfirm: "short" }, "newPassword", "errors.passwordTooShort"],
    ["not repeated", { newPasswordConfirm: "something else entirely" }, "newPasswordConfirm", "errors.passwordMismatch"],
    ["the same as now", { newPassword: PASSWORD, newPasswordConfirm: PASSWORD }, "newPassword", "accountErrors.samePassword"],
    ["oversized", { newPassword: "x".repeat(200_000), newPasswordConfirm: "x".repeat(200_000) }, "newPassword", "errors.tooLong"],
    ["without the current one", { currentPassword: "" }, "currentPassword", "errors.required"],
  ])("a new password %s is refused, and the password stays", async (_label, fields, field, key) => {
    const person = await resident();
    signInAs(person.id);
    const before = (await db.user.findUniqueOrThrow({ where: { id: person.id }, omit: { passwordHash: false } })).passwordHash;
    await expect(change(fields)).resolves.toMatchObject({ ok: false, fieldErrors: { [field]: [key] } });
    expect((await db.user.findUniqueOrThrow({ where: { id: person.id }, omit: { passwordHash: false } })).passwordHash).toBe(before);
  });
});

describe("the public profile", () => {
  const roles: Role[][] = [["RESIDENT"], ["RESIDENT", "MEMBER"], ["FACILITATOR"], ["STAFF"], ["ADMIN"]];
  test.each(roles)("%s chooses it for their own account only, audited", async (...roleList) => {
    const person = await createTestUser(roleList);
    const bystander = await createTestUser();
    signInAs(person.id);
    await expect(profileVisibilityAction(null, form({ isPublicProfile: "on", userId: bystander.id }))).resolves.toEqual({ ok: true, data: { isPublicProfile: true } });
    expect((await db.user.findUniqueOrThrow({ where: { id: person.id } })).isPublicProfile).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { id: bystander.id } })).isPublicProfile).toBe(false);
    await expect(profileVisibilityAction(null, form({}))).resolves.toEqual({ ok: true, data: { isPublicProfile: false } });
    expect(await db.auditLog.count({ where: { action: "user.profile_visibility", subjectId: person.id } })).toBe(2);
  });

  test.each([
    ["yes", "yes"],
    ["true", "true"],
    ["oversized", "x".repeat(100_000)],
    ["markup", "<script>"],
  ])("a hostile value (%s) changes nothing", async (_label, value) => {
    const person = await createTestUser();
    signInAs(person.id);
    await expect(profileVisibilityAction(null, form({ isPublicProfile: value }))).resolves.toMatchObject({ ok: false, error: "errors.checkFields" });
    expect((await db.user.findUniqueOrThrow({ where: { id: person.id } })).isPublicProfile).toBe(false);
  });

  test("comment authors are named only with a public profile", async () => {
    const person = await resident("公開 したくない");
    const project = await db.project.create({ data: { slug: `names-${Date.now()}`, titleJa: "名前", summaryJa: "s", publishedAt: new Date() } });
    signInAs(person.id);
    await expect(postCommentAction(null, form({ projectId: project.id, body: "応援しています" }))).resolves.toMatchObject({ ok: true });
    expect((await listProjectComments(project.id))[0]?.author).toEqual({ kind: "participant" });
    expect(JSON.stringify(await listProjectComments(project.id))).not.toContain("公開 したくない");
    await profileVisibilityAction(null, form({ isPublicProfile: "on" }));
    expect((await listProjectComments(project.id))[0]?.author).toEqual({ kind: "named", name: "公開 したくない" });
  });
});

describe("my data", () => {
  test("the download holds the person's own records and nobody else's, as an attachment", async () => {
    const [person, other] = await Promise.all([resident("自分 です"), resident("他人 です")]);
    const project = await db.project.create({ data: { slug: `export-${Date.now()}`, titleJa: "書き出し", summaryJa: "s", publishedAt: new Date() } });
    await db.comment.createMany({ data: [{ projectId: project.id, authorId: person.id, body: "自分のコメント" }, { projectId: project.id, authorId: other.id, body: "他人のコメント" }] });
    await signIn(person.email);
    signInAs(person.id);
    const response = await exportRoute();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="yukemuri-my-data-\d{4}-\d{2}-\d{2}\.json"$/);
    expect(response.headers.get("cache-control")).toContain("no-store");
    const body = await response.text();
    const data = JSON.parse(body) as { profile: { email: string }; comments: { body: string }[]; sessions: unknown[] };
    expect(data.profile.email).toBe(person.email);
    expect(data.comments.map((c) => c.body)).toEqual(["自分のコメント"]);
    expect(data.sessions.length).toBeGreaterThan(0);
    expect(body).not.toContain("他人");
    expect(body).not.toContain(other.email);
    expect(body).not.toContain("passwordHash");
    expect(body).not.toContain("$argon2");
    expect(await countPersonalData(person.id)).toMatchObject({ comments: 1, ideas: 0, sessions: data.sessions.length });
  });

  test("nobody signed in gets nothing", async () => {
    const response = await exportRoute();
    expect(response.status).toBe(401);
    expect(await response.text()).not.toContain("@");
  });
});

describe("deleting an account", () => {
  async function withHistory() {
    const person = await resident("消える 人");
    const project = await db.project.create({ data: { slug: `delete-${crypto.randomUUID().slice(0, 8)}`, titleJa: "削除", summaryJa: "s", publishedAt: new Date() } });
    const room = await createTestRoom();
    const tomorrow = new Date(Date.now() + 86_400_000);
    const dayAfter = new Date(tomorrow.getTime() + 3_600_000);
    const lastYear = new Date(Date.now() - 365 * 86_400_000);
    await db.comment.create({ data: { projectId: project.id, authorId: person.id, body: "残るコメント" } });
    await db.projectFollower.create({ data: { projectId: project.id, userId: person.id } });
    await db.notification.create({ data: { userId: person.id, kind: "test", payload: {} } });
    const future = await db.booking.create({ data: { resourceId: room.id, userId: person.id, startsAt: tomorrow, endsAt: dayAfter, blockedFrom: tomorrow, blockedUntil: dayAfter }, select: { id: true } });
    const past = await db.booking.create({
      data: { resourceId: room.id, userId: person.id, startsAt: lastYear, endsAt: new Date(lastYear.getTime() + 3_600_000), blockedFrom: lastYear, blockedUntil: new Date(lastYear.getTime() + 3_600_000), status: "COMPLETED" },
      select: { id: true },
    });
    return { person, project, future, past };
  }

  test("needs the password and the confirmation; a wrong one changes nothing", async () => {
    const { person } = await withHistory();
    signInAs(person.id);
    await expect(deleteAccountAction(null, form({ password: "not my password", confirm: "on" }))).resolves.toMatchObject({ fieldErrors: { password: ["accountErrors.wrongPassword"] } });
    await expect(deleteAccountAction(null, form({ password: PASSWORD }))).resolves.toMatchObject({ fieldErrors: { confirm: ["accountErrors.confirmDeletion"] } });
    await expect(deleteAccountAction(null, form({ password: "x".repeat(200_000), confirm: "on" }))).resolves.toMatchObject({ fieldErrors: { password: ["errors.tooLong"] } });
    const user = await db.user.findUniqueOrThrow({ where: { id: person.id } });
    expect(user).toMatchObject({ name: "消える 人", email: person.email, deletedAt: null });
    expect(await db.auditLog.count({ where: { action: "user.delete" } })).toBe(0);
  });

  test("personal data goes, posts stay as a former user's, kept records stay de-identified, sessions end, audited", async () => {
    const { person, project, future, past } = await withHistory();
    const session = await signIn(person.email);
    signInAs(person.id, session);
    expect(await redirectOf(() => deleteAccountAction(null, form({ password: PASSWORD, confirm: "on" })))).toBe("/account/deleted");

    const user = await db.user.findUniqueOrThrow({ where: { id: person.id }, omit: { passwordHash: false } });
    expect(user.name).toBe("");
    expect(user.email).not.toContain(person.email.split("@")[0]);
    expect(user.passwordHash).not.toMatch(/^\$argon2/);
    expect(user).toMatchObject({ roles: [], isPublicProfile: false });
    expect(user.deletedAt).not.toBeNull();

    expect(await getCurrentUser()).toBeNull();
    expect(await db.userSession.count({ where: { userId: person.id, revokedAt: null } })).toBe(0);
    expect(await authenticate(person.email, PASSWORD, "203.0.113.70")).toEqual({ kind: "failed" });

    expect((await listProjectComments(project.id)).map((c) => [c.body, c.author])).toEqual([["残るコメント", { kind: "former" }]]);
    expect(await db.projectFollower.count({ where: { userId: person.id } })).toBe(0);
    expect(await db.notification.count({ where: { userId: person.id } })).toBe(0);
    expect((await db.booking.findUniqueOrThrow({ where: { id: future.id } })).status).toBe("CANCELLED");
    expect((await db.booking.findUniqueOrThrow({ where: { id: past.id } })).status).toBe("COMPLETED");

    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "user.delete", subjectId: person.id } });
    expect(entry.actorId).toBe(person.id);
    expect(JSON.stringify(entry.after)).not.toContain(person.email);

    // The address is free again, for the same person or anyone.
    await registerUser({ name: "戻ってきた 人", email: person.email, password: PASSWORD, passwordConfirm: PASSWORD, purpose: "RESIDENT", acceptTerms: "on" });
    expect(await authenticate(person.email, PASSWORD, "203.0.113.71")).toMatchObject({ kind: "ok" });
  });

  test("a former user's ideas are never named in the open data", async () => {
    const person = await resident("公開 していた人");
    await db.user.update({ where: { id: person.id }, data: { isPublicProfile: true } });
    await db.idea.create({ data: { title: "残るアイデア", description: "d", authorId: person.id, publishedAt: new Date() } });
    signInAs(person.id);
    await redirectOf(() => deleteAccountAction(null, form({ password: PASSWORD, confirm: "on" })));
    const { ideas } = await listPublicIdeas({ page: 1 } as never);
    expect(ideas.find((i) => i.title === "残るアイデア")?.author).toBeNull();
  });
});
