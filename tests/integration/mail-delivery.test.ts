// Mail through the real queue and a real SMTP server: a notice becomes a stored message, the job
// runner dispatches and sends it, and the message read back from the server has the right
// headers, parts and links. Runs on PGlite and on PostgreSQL (DATABASE_URL).
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { deliverMail, MailDeliveryError } from "@/lib/mail/deliver";
import { verifyUnsubscribe } from "@/lib/mail/unsubscribe-token";
import { type JobRunner, startJobRunner } from "@/lib/jobs/run";
import { notify } from "@/lib/notifications/notify";
import { startTestSmtp, type TestSmtp } from "../support/smtp";
import { createTestUser } from "./factories";

let smtp: TestSmtp;
let runner: JobRunner | undefined;

beforeAll(async () => {
  smtp = await startTestSmtp();
  process.env.SMTP_URL = smtp.url;
  process.env.MAIL_FROM = '"Yukemuri test" <noreply@yukemuri.test>';
  process.env.NEXTAUTH_URL = "https://yukemuri.test";
});

afterEach(() => {
  process.env.SMTP_URL = smtp.url;
});

afterAll(async () => {
  await runner?.stop();
  await smtp.close();
  delete process.env.SMTP_URL;
  delete process.env.MAIL_FROM;
  delete process.env.NEXTAUTH_URL;
});

async function userWith(locale: "ja" | "en", name: string) {
  const user = await createTestUser();
  await db.user.update({ where: { id: user.id }, data: { locale, name } });
  return user;
}

async function notifyIdeaAnswered(userId: string, title: string): Promise<string> {
  await db.$transaction((tx) => notify(tx, { userId, kind: "idea.answered", payload: { ideaId: "i1", title, status: "ACCEPTED" } }));
  const mail = await db.mailMessage.findFirstOrThrow({ where: { userId }, orderBy: { createdAt: "desc" } });
  return mail.id;
}

// The header as it came over the wire (mailparser folds List-* headers into an object).
function header(mail: { headerLines: readonly { key: string; line: string }[] }, name: string): string {
  const line = mail.headerLines.find((h) => h.key === name)?.line ?? "";
  return line.slice(line.indexOf(":") + 1).replace(/\r?\n\s+/g, " ").trim();
}

describe("mail", () => {
  test("a notice is sent through the queue to the SMTP server, in English for an English reader, with one-click unsubscribe", async () => {
    runner = await startJobRunner({ dispatchEveryMs: 200, pollingIntervalSeconds: 0.5 });
    const user = await userWith("en", "Ann <script>alert(1)</script>");
    const id = await notifyIdeaAnswered(user.id, "Onsen <b>bus</b> & trains");
    const [mail] = await smtp.waitFor(1);
    expect(mail).toBeDefined();
    if (!mail) return;

    expect(mail.from?.text).toBe('"Yukemuri test" <noreply@yukemuri.test>');
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.text : "").toBe(user.email);
    expect(mail.subject).toBe("[Yukemuri] Your idea has an answer");
    expect(header(mail, "content-language")).toBe("en");
    expect(header(mail, "list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    const unsubscribe = /<(https:\/\/yukemuri\.test\/api\/mail\/unsubscribe\?token=[^>]+)>/.exec(header(mail, "list-unsubscribe"))?.[1];
    expect(unsubscribe).toBeDefined();
    const token = new URL(unsubscribe as string).searchParams.get("token");
    expect(verifyUnsubscribe(token)).toEqual({ userId: user.id, kind: "idea.answered" });

    // Plain text: the notice, the link, why it was sent, how to stop it, and who runs the site.
    expect(mail.text).toContain("The prefecture has answered your idea “Onsen <b>bus</b> & trains”.");
    expect(mail.text).toContain("https://yukemuri.test/ideas/mine");
    expect(mail.text).toContain("because you submitted this idea");
    expect(mail.text).toContain(unsubscribe);
    expect(mail.text).toContain("Gunma Prefectural Government");
    expect(mail.text).not.toMatch(/[\u3040-\u30ff]/);
    // HTML: the same, with everything a person typed escaped.
    const html = String(mail.html);
    expect(html).toContain("Ann &lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("Onsen &lt;b&gt;bus&lt;/b&gt; &amp; trains");
    expect(html).not.toContain("<script>");
    expect(html).toContain('href="https://yukemuri.test/ideas/mine"');
    expect(html).toContain(`href="${unsubscribe?.replaceAll("&", "&amp;")}"`);
    expect(html).toContain('lang="en"');

    const row = await db.mailMessage.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ state: "SENT", attempts: 1, lastError: null });
    expect(mail.messageId).toBe(row.messageId);
  });

  test("a Japanese reader gets Japanese, naming the operator", async () => {
    const user = await userWith("ja", "群馬 花子");
    await notifyIdeaAnswered(user.id, "温泉バス");
    const before = smtp.received.length;
    const mails = await smtp.waitFor(before + 1);
    const mail = mails.find((m) => (m.to && !Array.isArray(m.to) ? m.to.text : "") === user.email);
    expect(mail?.subject).toBe("【湯けむり】アイデアへの回答が届きました");
    expect(header(mail as NonNullable<typeof mail>, "content-language")).toBe("ja");
    expect(mail?.text).toContain("群馬 花子 様");
    expect(mail?.text).toContain("あなたのアイデア「温泉バス」に県から回答がありました。");
    expect(mail?.text).toContain("運営：群馬県 知事戦略部 戦略企画課 未来創生室");
    expect(mail?.text).not.toMatch(/[A-Za-z]{4,} [A-Za-z]{4,} [A-Za-z]{4,}/);
  });
});

describe("the delivery step", () => {
  async function queuedMail(): Promise<string> {
    const user = await userWith("ja", "テスト");
    const id = await notifyIdeaAnswered(user.id, "t");
    // Not through the runner: these tests call the step themselves.
    await db.mailMessage.update({ where: { id }, data: { dispatchedAt: new Date() } });
    return id;
  }

  test("a refused attempt keeps its error and goes back to the queue; the next one sends it, once", async () => {
    await runner?.stop();
    runner = undefined;
    const id = await queuedMail();
    const before = smtp.received.length;
    smtp.refuseNext(1);
    await expect(deliverMail(id, { finalAttempt: false })).rejects.toBeInstanceOf(MailDeliveryError);
    expect(await db.mailMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ state: "QUEUED", attempts: 1, lastError: expect.stringContaining("Try again later") });
    expect(await deliverMail(id, { finalAttempt: false })).toBe("sent");
    expect(await deliverMail(id, { finalAttempt: false })).toBe("already-done");
    await smtp.waitFor(before + 1);
    expect(smtp.received.filter((m) => m.messageId === `<${id}@yukemuri.test>`)).toHaveLength(1);
    expect(await db.mailMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ state: "SENT", attempts: 2, lastError: null });
  });

  test("the last refused attempt ends in FAILED, with its error", async () => {
    const id = await queuedMail();
    smtp.refuseNext(1);
    await expect(deliverMail(id, { finalAttempt: true })).rejects.toBeInstanceOf(MailDeliveryError);
    expect(await db.mailMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ state: "FAILED", lastError: expect.stringContaining("Try again later") });
  });

  test("an attempt that finds the message still being sent marks it UNCERTAIN and does not send it again", async () => {
    const id = await queuedMail();
    const before = smtp.onWire.length;
    const held = smtp.holdNext();
    const first = deliverMail(id, { finalAttempt: false });
    const { accept } = await held;
    // The first worker is "dead" from here on: a retry must not send a second copy.
    expect(await deliverMail(id, { finalAttempt: false })).toBe("uncertain");
    expect(smtp.onWire.length).toBe(before + 1);
    accept();
    await first;
  });

  test("without SMTP_URL the message is kept in the outbox and nothing is sent", async () => {
    delete process.env.SMTP_URL;
    const id = await queuedMail();
    const before = smtp.onWire.length;
    expect(await deliverMail(id, { finalAttempt: false })).toBe("stored");
    expect(smtp.onWire.length).toBe(before);
    expect(await db.mailMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ state: "STORED", finishedAt: expect.any(Date) });
  });

  test("someone who turned a kind off gets the notice in the app but no mail; other kinds still mail", async () => {
    const user = await userWith("ja", "テスト");
    await db.notificationPreference.create({ data: { userId: user.id, kind: "idea.answered", delivery: "OFF" } });
    await db.$transaction((tx) => notify(tx, { userId: user.id, kind: "idea.answered", payload: { title: "t" } }));
    await db.$transaction((tx) => notify(tx, { userId: user.id, kind: "project.update", payload: { projectSlug: "p", projectTitle: "P" } }));
    expect(await db.notification.count({ where: { userId: user.id } })).toBe(2);
    expect((await db.mailMessage.findMany({ where: { userId: user.id } })).map((m) => m.kind)).toEqual(["project.update"]);
  });

  test("the database refuses a finished message without its time", async () => {
    const id = await queuedMail();
    await expect(db.mailMessage.update({ where: { id }, data: { state: "SENT" } })).rejects.toThrow();
    await expect(db.mailMessage.update({ where: { id }, data: { attempts: -1 } })).rejects.toThrow();
  });
});
