// Confirming an address and resetting a password, end to end below the browser: the server
// actions write the mail, the real job queue sends it to a real SMTP server started here, and the
// link read back from the received message is what the next step uses. Runs on PGlite and on
// PostgreSQL (DATABASE_URL).
import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import { changeEmailAction } from "@/app/(account)/account/actions";
import { createUserAction } from "@/app/(staff)/admin/users/actions";
import { resendConfirmationAction } from "@/app/(account)/account/confirm-email/actions";
import { confirmEmailAction } from "@/app/(auth)/confirm-email/actions";
import { requestPasswordResetAction } from "@/app/(auth)/forgot-password/actions";
import { resetPasswordAction } from "@/app/(auth)/reset-password/actions";
import { signUpAction } from "@/app/(auth)/signup/actions";
import { submitIdeaAction } from "@/app/(public)/ideas/new/actions";
import { authenticate } from "@/lib/auth/accounts";
import { consumeAccountToken, issueAccountToken } from "@/lib/auth/account-tokens";
import { hashPassword } from "@/lib/auth/password";
import { findLiveSession, startUserSession } from "@/lib/auth/user-sessions";
import { db } from "@/lib/db";
import { type JobRunner, startJobRunner } from "@/lib/jobs/run";
import { startTestSmtp, type TestSmtp } from "../support/smtp";
import { redirectOf, request, signInAs } from "../support/next-request";
import { createTestUser } from "./factories";

vi.mock("next-auth", async (original) => (await import("../support/next-request")).mockNextAuth(original));
vi.mock("next/headers", async (original) => (await import("../support/next-request")).mockNextHeaders(original));
vi.mock("next/cache", async (original) => (await import("../support/next-request")).mockNextCache(original));

let smtp: TestSmtp;
let runner: JobRunner;

beforeAll(async () => {
  smtp = await startTestSmtp();
  process.env.SMTP_URL = smtp.url;
  process.env.MAIL_FROM = '"Yukemuri test" <noreply@yukemuri.test>';
  process.env.NEXTAUTH_URL = "https://yukemuri.test";
  runner = await startJobRunner({ dispatchEveryMs: 100, pollingIntervalSeconds: 0.5 });
}, 60_000);

afterAll(async () => {
  request.address = null;
  await runner.stop();
  await smtp.close();
  delete process.env.SMTP_URL;
  delete process.env.MAIL_FROM;
  delete process.env.NEXTAUTH_URL;
});

let clientCounter = 0;
beforeEach(() => {
  signInAs(null);
  request.cookies.clear();
  // Each test comes from its own client address, so the per-address limits of one test do not
  // spill into the next.
  request.address = `203.0.113.${++clientCounter}`;
});

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

const toOf = (mail: ParsedMail) => (mail.to && !Array.isArray(mail.to) ? mail.to.text : "");

/** The next message to `address`, waiting for the queue to deliver it. */
async function mailTo(address: string, subject: RegExp): Promise<ParsedMail> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const found = smtp.received.find((mail) => toOf(mail) === address && subject.test(mail.subject ?? ""));
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`No mail "${subject}" to ${address}; received: ${smtp.received.map((m) => `${toOf(m)} ${m.subject}`).join(", ")}`);
    await smtp.waitFor(smtp.received.length + 1, Math.max(100, deadline - Date.now())).catch(() => undefined);
  }
}

function linkIn(mail: ParsedMail, path: string): string {
  const url = new RegExp(`https://yukemuri\\.test${path}\\?token=[A-Za-z0-9_%-]+`).exec(mail.text ?? "")?.[0];
  if (!url) throw new Error(`No ${path} link in:\n${mail.text}`);
  expect(String(mail.html)).toContain(`href="${url}"`);
  return new URL(url).searchParams.get("token") as string;
}

const uniqueEmail = (name: string) => `${name}-${crypto.randomUUID().slice(0, 8)}@example.jp`;

describe("confirming the address at sign-up", () => {
  const signUp = (email: string) =>
    redirectOf(() => signUpAction(null, form({ name: "上州 はな", email, password: "correct horse battery", passwordConfirm: "correct horse battery", purpose: "RESIDENT", acceptTerms: "on" })));

  test("sign-up mails a single-use link; until it is used the person may sign in but not post", async () => {
    const email = uniqueEmail("hana");
    expect(await signUp(email)).toBe("/signin?registered=1");
    const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, emailConfirmedAt: true } });
    expect(user.emailConfirmedAt).toBeNull();

    const mail = await mailTo(email, /メールアドレスの確認/);
    expect(mail.subject).toBe("【湯けむり】メールアドレスの確認をお願いします");
    expect(mail.text).toContain("24時間有効");
    // Mail the person asked for: no unsubscribe, but still who sent it and why.
    expect(mail.headers.has("list-unsubscribe")).toBe(false);
    expect(mail.text).toContain("登録されたために送っています");
    const token = linkIn(mail, "/confirm-email");
    // Only a hash is stored: the token from the mail appears nowhere in the table.
    const stored = await db.accountToken.findMany({ where: { userId: user.id } });
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(token);

    // Signed in but unconfirmed: posting is refused with a reason, and nothing is written.
    signInAs(user.id);
    const idea = form({ title: "温泉街の朝市", description: "空き店舗を使って朝市を開きます。" });
    expect(await submitIdeaAction(null, idea)).toMatchObject({ ok: false, error: "errors.confirmEmailFirst" });
    expect(await db.idea.count({ where: { authorId: user.id } })).toBe(0);

    // The link confirms, once; the second use changes nothing and says the link is spent.
    signInAs(null);
    expect(await confirmEmailAction(null, form({ token }))).toEqual({ ok: true, data: undefined });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailConfirmedAt).not.toBeNull();
    expect(await confirmEmailAction(null, form({ token }))).toEqual({ ok: false, error: "accountErrors.linkInvalid" });
    expect(await db.auditLog.count({ where: { action: "user.email_confirm", subjectId: user.id } })).toBe(1);

    signInAs(user.id);
    expect(await redirectOf(() => submitIdeaAction(null, idea))).toMatch(/^\/ideas\/mine\?submitted=/);
    expect(await db.idea.count({ where: { authorId: user.id } })).toBe(1);
  });

  test("a link expires after 24 hours, and a resent link replaces the earlier one", async () => {
    const user = await createTestUser(["RESIDENT"], { emailConfirmed: false });
    const issuedAt = new Date(Date.now() - 25 * 60 * 60 * 1000);
    const expired = await db.$transaction((tx) => issueAccountToken(tx, { userId: user.id, purpose: "CONFIRM_EMAIL", email: user.email }, issuedAt));
    expect(await confirmEmailAction(null, form({ token: expired }))).toEqual({ ok: false, error: "accountErrors.linkInvalid" });

    signInAs(user.id);
    const first = await db.$transaction((tx) => issueAccountToken(tx, { userId: user.id, purpose: "CONFIRM_EMAIL", email: user.email }));
    expect(await resendConfirmationAction(null)).toEqual({ ok: true, data: { alreadyConfirmed: false } });
    const resent = linkIn(await mailTo(user.email, /メールアドレスの確認/), "/confirm-email");
    expect(await confirmEmailAction(null, form({ token: first }))).toEqual({ ok: false, error: "accountErrors.linkInvalid" });
    expect(await confirmEmailAction(null, form({ token: resent }))).toEqual({ ok: true, data: undefined });
  });

  test("resending is limited per account, and refused to nobody signed in", async () => {
    expect(await resendConfirmationAction(null)).toEqual({ ok: false, error: "errors.signInRequired" });
    const user = await createTestUser(["RESIDENT"], { emailConfirmed: false });
    signInAs(user.id);
    for (let i = 0; i < 5; i++) expect((await resendConfirmationAction(null)).ok).toBe(true);
    expect(await resendConfirmationAction(null)).toEqual({ ok: false, error: "errors.rateLimited" });
    expect(await db.mailMessage.count({ where: { userId: user.id } })).toBe(5);
  });

  test("signing up with a registered address changes nothing, answers the same, and tells the owner", async () => {
    const owner = await createTestUser();
    const before = await db.user.count();
    expect(await signUp(owner.email)).toBe("/signin?registered=1");
    expect(await db.user.count()).toBe(before);
    const mail = await mailTo(owner.email, /登録済み/);
    expect(mail.text).toContain("https://yukemuri.test/forgot-password");
  });

  test("a link of another purpose, or made up, hostile or huge, confirms nothing", async () => {
    const user = await createTestUser(["RESIDENT"], { emailConfirmed: false });
    const reset = await db.$transaction((tx) => issueAccountToken(tx, { userId: user.id, purpose: "RESET_PASSWORD" }));
    for (const token of [reset, "", "x", "' OR 1=1 --", "<script>", "a".repeat(100_000)]) {
      expect(await confirmEmailAction(null, form({ token }))).toEqual({ ok: false, error: "accountErrors.linkInvalid" });
    }
    expect(await confirmEmailAction(null, new FormData())).toEqual({ ok: false, error: "accountErrors.linkInvalid" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailConfirmedAt).toBeNull();
  });

});

describe("changing the address", () => {
  const PASSWORD = "the account password 1";

  async function confirmedResident() {
    const email = uniqueEmail("move");
    const user = await createTestUser(["RESIDENT"], { email, passwordHash: await hashPassword(PASSWORD) });
    signInAs(user.id);
    return { ...user, email };
  }

  test("the new address is proved by a mailed link; only then does the account move, and the old address is told", async () => {
    const user = await confirmedResident();
    const newEmail = uniqueEmail("moved");
    expect(await changeEmailAction(null, form({ newEmail: ` ${newEmail.toUpperCase()} `, currentPassword: PASSWORD }))).toEqual({ ok: true, data: { email: newEmail } });

    const mail = await mailTo(newEmail, /新しいメールアドレスの確認/);
    expect(mail.headers.has("list-unsubscribe")).toBe(false);
    const token = linkIn(mail, "/confirm-email");
    // Nothing changes until the link is opened.
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);

    signInAs(null);
    expect(await confirmEmailAction(null, form({ token }))).toEqual({ ok: true, data: undefined });
    const moved = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(moved.email).toBe(newEmail);
    expect(moved.emailConfirmedAt).not.toBeNull();
    const notice = await mailTo(user.email, /メールアドレスが変更されました/);
    expect(notice.text).toContain(newEmail);
    expect(await db.auditLog.count({ where: { subjectId: user.id, action: "user.email_change" } })).toBe(1);
    expect((await authenticate(newEmail, PASSWORD, "198.51.100.201")).kind).toBe("ok");

    // The link is spent.
    expect(await confirmEmailAction(null, form({ token }))).toEqual({ ok: false, error: "accountErrors.linkInvalid" });
  });

  test("a wrong password, the same address, or a bad one changes nothing and mails nobody", async () => {
    const user = await confirmedResident();
    const before = smtp.received.length;
    const cases: [Record<string, string>, string, string][] = [
      [{ newEmail: uniqueEmail("x"), currentPassword: "not the password" }, "currentPassword", "accountErrors.wrongPassword"],
      [{ newEmail: user.email.toUpperCase(), currentPassword: PASSWORD }, "newEmail", "accountErrors.sameEmail"],
      [{ newEmail: "not-an-address", currentPassword: PASSWORD }, "newEmail", "errors.email"],
      [{ newEmail: "<script>@example.jp", currentPassword: PASSWORD }, "newEmail", "errors.email"],
      [{ newEmail: `${"a".repeat(300)}@example.jp`, currentPassword: PASSWORD }, "newEmail", "errors.tooLong"],
      [{ newEmail: uniqueEmail("y"), currentPassword: "x".repeat(10_000) }, "currentPassword", "errors.tooLong"],
    ];
    for (const [fields, field, key] of cases) {
      const result = await changeEmailAction(null, form(fields));
      expect(result).toMatchObject({ ok: false, fieldErrors: { [field]: [key] } });
      // The password is never sent back to the form.
      expect(JSON.stringify(result)).not.toContain(fields.currentPassword);
    }
    expect(await db.accountToken.count({ where: { userId: user.id } })).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(smtp.received.length).toBe(before);
  });

  test("an address that belongs to someone else gets the same answer and no mail", async () => {
    const user = await confirmedResident();
    const other = await createTestUser(["RESIDENT"], { email: uniqueEmail("taken") });
    expect(await changeEmailAction(null, form({ newEmail: other.email, currentPassword: PASSWORD }))).toEqual({ ok: true, data: { email: other.email } });
    expect(await db.accountToken.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.mailMessage.count({ where: { toAddress: other.email } })).toBe(0);
  });

  test("a link whose address was registered by someone else meanwhile moves nothing", async () => {
    const user = await confirmedResident();
    const newEmail = uniqueEmail("race");
    expect((await changeEmailAction(null, form({ newEmail, currentPassword: PASSWORD }))).ok).toBe(true);
    const token = linkIn(await mailTo(newEmail, /新しいメールアドレスの確認/), "/confirm-email");
    await createTestUser(["RESIDENT"], { email: newEmail });
    expect(await confirmEmailAction(null, form({ token }))).toEqual({ ok: false, error: "accountErrors.linkInvalid" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
  });
});

describe("invitations", () => {
  test("an admin's invitation mails a week-long link; the invitee sets a password, is confirmed, and gets no 'password changed' warning", async () => {
    const admin = await createTestUser(["ADMIN"]);
    signInAs(admin.id);
    const email = uniqueEmail("invitee");
    const data = form({ name: "招待 太郎", email });
    data.append("roles", "STAFF");
    expect(await createUserAction(null, data)).toMatchObject({ ok: true });
    const invitee = await db.user.findUniqueOrThrow({ where: { email } });
    // Nobody knows a password for it, not even the admin.
    expect((await authenticate(email, "", "198.51.100.210")).kind).toBe("failed");

    const mail = await mailTo(email, /アカウントへの招待/);
    expect(mail.text).toContain("7日間有効");
    const url = /https:\/\/yukemuri\.test\/reset-password\?token=[A-Za-z0-9_%-]+&welcome=1/.exec(mail.text ?? "")?.[0];
    expect(url).toBeDefined();
    const token = new URL(url!).searchParams.get("token")!;
    const stored = await db.accountToken.findFirstOrThrow({ where: { userId: invitee.id } });
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBeGreaterThan(6 * 24 * 60 * 60 * 1000);

    signInAs(null);
    expect(await redirectOf(() => resetPasswordAction(null, form({ token, password: "my own staff password", passwordConfirm: "my own staff password" })))).toBe("/signin?reset=1");
    expect((await authenticate(email, "my own staff password", "198.51.100.210")).kind).toBe("ok");
    expect((await db.user.findUniqueOrThrow({ where: { id: invitee.id } })).emailConfirmedAt).not.toBeNull();
    expect(await db.auditLog.count({ where: { subjectId: invitee.id, action: "user.invitation_accept" } })).toBe(1);
    expect(await db.mailMessage.count({ where: { userId: invitee.id, kind: "account.password-changed" } })).toBe(0);
  });
});

describe("resetting a forgotten password", () => {
  const PASSWORD = "the old password 1";

  async function resident() {
    const email = uniqueEmail("reset");
    const user = await createTestUser(["RESIDENT"], { email, passwordHash: await hashPassword(PASSWORD) });
    return { ...user, email };
  }

  test("the link sets a new password, ends every session, and works once", async () => {
    const user = await resident();
    const laptop = await startUserSession(user.id, "Mozilla/5.0 (Windows NT 10.0) Chrome/130");
    const phone = await startUserSession(user.id, "Mozilla/5.0 (iPhone) Safari/605");

    expect(await requestPasswordResetAction(null, form({ email: user.email.toUpperCase() }))).toEqual({ ok: true, data: undefined });
    const mail = await mailTo(user.email, /パスワードの再設定/);
    expect(mail.text).toContain("30分間有効");
    expect(mail.headers.has("list-unsubscribe")).toBe(false);
    const token = linkIn(mail, "/reset-password");

    expect(await redirectOf(() => resetPasswordAction(null, form({ token, password: "a brand new password", passwordConfirm: "a brand new password" })))).toBe("/signin?reset=1");
    expect(await findLiveSession(laptop, user.id)).toBeNull();
    expect(await findLiveSession(phone, user.id)).toBeNull();
    expect((await authenticate(user.email, PASSWORD, "198.51.100.200")).kind).toBe("failed");
    expect((await authenticate(user.email, "a brand new password", "198.51.100.200")).kind).toBe("ok");

    // Once only, and the owner is told the password changed.
    expect(await resetPasswordAction(null, form({ token, password: "yet another password", passwordConfirm: "yet another password" }))).toEqual({ ok: false, error: "accountErrors.linkInvalid" });
    const notice = await mailTo(user.email, /パスワードが変更されました/);
    expect(notice.text).toContain("https://yukemuri.test/forgot-password");
    expect(await db.auditLog.count({ where: { action: "user.password_reset", subjectId: user.id } })).toBe(1);
  });

  test("the answer is the same for an unknown address, and nothing is sent", async () => {
    const before = await db.mailMessage.count();
    expect(await requestPasswordResetAction(null, form({ email: uniqueEmail("nobody") }))).toEqual({ ok: true, data: undefined });
    expect(await db.mailMessage.count()).toBe(before);
  });

  test("a link expires after 30 minutes, and a newer request replaces it", async () => {
    const user = await resident();
    const old = await db.$transaction((tx) => issueAccountToken(tx, { userId: user.id, purpose: "RESET_PASSWORD" }, new Date(Date.now() - 31 * 60 * 1000)));
    const fields = { password: "a brand new password", passwordConfirm: "a brand new password" };
    expect(await resetPasswordAction(null, form({ token: old, ...fields }))).toEqual({ ok: false, error: "accountErrors.linkInvalid" });

    const first = await db.$transaction((tx) => issueAccountToken(tx, { userId: user.id, purpose: "RESET_PASSWORD" }));
    await requestPasswordResetAction(null, form({ email: user.email }));
    expect(await resetPasswordAction(null, form({ token: first, ...fields }))).toEqual({ ok: false, error: "accountErrors.linkInvalid" });
    expect((await authenticate(user.email, PASSWORD, "198.51.100.201")).kind).toBe("ok");
  });

  test("two uses of one link at once: exactly one succeeds", async () => {
    const user = await resident();
    const token = await db.$transaction((tx) => issueAccountToken(tx, { userId: user.id, purpose: "RESET_PASSWORD" }));
    const results = await Promise.all([0, 1].map(() => db.$transaction((tx) => consumeAccountToken(tx, token, "RESET_PASSWORD"))));
    expect(results.filter((r) => r !== null)).toHaveLength(1);
  });

  test("an account gets at most three reset mails an hour, though every request is answered alike", async () => {
    const user = await resident();
    for (let i = 0; i < 5; i++) expect(await requestPasswordResetAction(null, form({ email: user.email }))).toEqual({ ok: true, data: undefined });
    expect(await db.mailMessage.count({ where: { userId: user.id, kind: "account.reset-password" } })).toBe(3);
  });

  test("one client address may ask ten times an hour, then is told to wait", async () => {
    for (let i = 0; i < 10; i++) await requestPasswordResetAction(null, form({ email: uniqueEmail("flood") }));
    expect(await requestPasswordResetAction(null, form({ email: uniqueEmail("flood") }))).toMatchObject({ ok: false, error: "errors.rateLimited" });
  });

  const invalid: [string, Record<string, string>, string, string][] = [
    ["a bad address", { email: "not-an-address" }, "email", "errors.email"],
    ["a huge address", { email: `${"a".repeat(100_000)}@example.jp` }, "email", "errors.tooLong"],
    ["markup", { email: "<script>@example.jp" }, "email", "errors.email"],
  ];
  test.each(invalid)("the request with %s gets a field error and sends nothing", async (_case, fields, field, key) => {
    const before = await db.mailMessage.count();
    const result = await requestPasswordResetAction(null, form(fields));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fieldErrors?.[field]).toContain(key);
    expect(await db.mailMessage.count()).toBe(before);
  });

  const badResets: [string, Record<string, string>, string, string][] = [
    ["a short password", { token: "t", password: "short", passwordConfirm: "short" }, "password", "errors.passwordTooShort"],
    ["passwords that differ", { token: "t", password: "a long enough one", passwordConfirm: "another long one" }, "passwordConfirm", "errors.passwordMismatch"],
    ["a 1 MB password", { token: "t", password: "x".repeat(1_000_000), passwordConfirm: "x" }, "password", "errors.tooLong"],
    ["a 1 MB token", { token: "x".repeat(1_000_000), password: "a long enough one", passwordConfirm: "a long enough one" }, "token", "errors.tooLong"],
    ["no token", { password: "a long enough one", passwordConfirm: "a long enough one" }, "token", "errors.required"],
  ];
  test.each(badResets)("setting a password with %s gets a field error and changes nothing", async (_case, fields, field, key) => {
    const result = await resetPasswordAction(null, form(fields));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toBe("errors.checkFields");
      expect(result.fieldErrors?.[field]).toContain(key);
      expect(result.values).toBeUndefined();
    }
  });
});
