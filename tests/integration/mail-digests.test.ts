// Choosing how notices arrive by mail (/account/notifications), and the daily and weekly digests:
// saved through the server action as each kind of person, sent through the real queue to a real
// SMTP server, and never twice for one window, even with two workers at once. Runs on PGlite and
// on PostgreSQL (DATABASE_URL), where the two workers really race.
import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import { notificationPreferencesAction } from "@/app/(account)/account/notifications/actions";
import { kindMessageKey, NOTIFICATION_MAIL_KINDS } from "@/lib/mail/kinds";
import type { Role } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { type JobRunner, startJobRunner } from "@/lib/jobs/run";
import { verifyUnsubscribe } from "@/lib/mail/unsubscribe-token";
import { sendDigests } from "@/lib/notifications/digest";
import { notify } from "@/lib/notifications/notify";
import { kindsFor, listPreferences } from "@/lib/notifications/preferences";
import { startTestSmtp, type TestSmtp } from "../support/smtp";
import { signInAs } from "../support/next-request";
import { createTestUser } from "./factories";

vi.mock("next-auth", async (original) => (await import("../support/next-request")).mockNextAuth(original));
vi.mock("next/headers", async (original) => (await import("../support/next-request")).mockNextHeaders(original));
vi.mock("next/cache", async (original) => (await import("../support/next-request")).mockNextCache(original));

const ALL_IMMEDIATE: Record<string, string> = Object.fromEntries(NOTIFICATION_MAIL_KINDS.map((kind) => [kindMessageKey(kind), "IMMEDIATE"]));

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

const answered = (userId: string, title: string) =>
  db.$transaction((tx) => notify(tx, { userId, kind: "idea.answered", payload: { ideaId: "i", title, status: "ACCEPTED" } }));
const updated = (userId: string, title: string) =>
  db.$transaction((tx) => notify(tx, { userId, kind: "project.update", payload: { projectSlug: "onsen-bus", projectTitle: title, updateId: "u" } }));

beforeEach(() => signInAs(null));

describe("choosing how notices arrive", () => {
  test.each<[string, Role[]]>([
    ["a resident", ["RESIDENT"]],
    ["a member", ["RESIDENT", "MEMBER"]],
    ["a facilitator", ["FACILITATOR"]],
    ["staff", ["STAFF"]],
    ["an admin", ["ADMIN"]],
  ])("%s saves their own settings, audited, and nobody else's change", async (_who, roles) => {
    const [me, other] = await Promise.all([createTestUser(roles), createTestUser()]);
    signInAs(me.id);
    const fields = { ...ALL_IMMEDIATE, ideaAnswered: "DAILY", projectUpdate: "WEEKLY", offerDecided: "OFF", userId: other.id };
    expect(await notificationPreferencesAction(null, form(fields))).toEqual({ ok: true, data: undefined });
    expect(await listPreferences(me.id)).toMatchObject({ "idea.answered": "DAILY", "project.update": "WEEKLY", "offer.decided": "OFF", "project.offer": "IMMEDIATE" });
    expect(await db.notificationPreference.count({ where: { userId: other.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "notification.preferences", subjectId: me.id } })).toBe(1);
  });

  test("the staff-only kind is offered to, and stored for, staff and facilitators only", async () => {
    const [resident, staff, facilitator] = await Promise.all([createTestUser(["RESIDENT"]), createTestUser(["STAFF"]), createTestUser(["FACILITATOR"])]);
    expect(kindsFor({ id: resident.id, roles: ["RESIDENT"] })).not.toContain("staff.waiting");
    expect(kindsFor({ id: staff.id, roles: ["STAFF"] })).toContain("staff.waiting");
    expect(kindsFor({ id: facilitator.id, roles: ["FACILITATOR"] })).toContain("staff.waiting");
    for (const person of [resident, staff]) {
      signInAs(person.id);
      expect((await notificationPreferencesAction(null, form({ ...ALL_IMMEDIATE, staffWaiting: "OFF" }))).ok).toBe(true);
    }
    expect(await db.notificationPreference.count({ where: { userId: resident.id, kind: "staff.waiting" } })).toBe(0);
    expect(await db.notificationPreference.findUnique({ where: { userId_kind: { userId: staff.id, kind: "staff.waiting" } } })).toMatchObject({ delivery: "OFF" });
    // A resident's form has no staff row, and saving it is fine.
    const { staffWaiting: _unused, ...residentForm } = ALL_IMMEDIATE;
    signInAs(resident.id);
    expect((await notificationPreferencesAction(null, form(residentForm))).ok).toBe(true);
  });

  test("someone whose address is not confirmed may still choose", async () => {
    const me = await createTestUser(["RESIDENT"], { emailConfirmed: false });
    signInAs(me.id);
    expect((await notificationPreferencesAction(null, form(ALL_IMMEDIATE))).ok).toBe(true);
  });

  test("nobody signed in is refused, and nothing is written", async () => {
    const before = await db.notificationPreference.count();
    expect(await notificationPreferencesAction(null, form(ALL_IMMEDIATE))).toEqual({ ok: false, error: "errors.signInRequired" });
    expect(await db.notificationPreference.count()).toBe(before);
  });

  test.each([
    ["an unknown choice", { ...ALL_IMMEDIATE, ideaAnswered: "HOURLY" }, "ideaAnswered"],
    ["a missing kind", { ...ALL_IMMEDIATE, ideaAnswered: undefined }, "ideaAnswered"],
    ["markup", { ...ALL_IMMEDIATE, projectUpdate: "<script>alert(1)</script>" }, "projectUpdate"],
    ["SQL", { ...ALL_IMMEDIATE, eventPromoted: "'; DROP TABLE \"DigestRun\"; --" }, "eventPromoted"],
    ["a 1 MB value", { ...ALL_IMMEDIATE, bookingDecided: "D".repeat(1_000_000) }, "bookingDecided"],
  ])("%s gets a localised field error, and nothing changes", async (_case, fields, field) => {
    const me = await createTestUser();
    signInAs(me.id);
    const clean = Object.fromEntries(Object.entries(fields).filter((entry): entry is [string, string] => entry[1] !== undefined));
    const result = await notificationPreferencesAction(null, form(clean));
    expect(result).toMatchObject({ ok: false, error: "errors.checkFields" });
    if (!result.ok) expect(result.fieldErrors?.[field]).toEqual(["errors.invalidChoice"]);
    expect(await db.notificationPreference.count({ where: { userId: me.id } })).toBe(0);
  });
});

describe("digests", () => {
  const DAY = 24 * 60 * 60 * 1000;
  // Friday 2026-12-04 07:00 in Japan.
  const FRIDAY = new Date("2026-12-03T22:00:00Z");

  async function personWith(preferences: Record<string, "OFF" | "IMMEDIATE" | "DAILY" | "WEEKLY">) {
    const user = await createTestUser();
    await db.notificationPreference.createMany({ data: Object.entries(preferences).map(([kind, delivery]) => ({ userId: user.id, kind, delivery })) });
    return user;
  }

  test("a kind set to a digest is not mailed at once; the day's digest lists it, once", async () => {
    const user = await personWith({ "idea.answered": "DAILY", "project.update": "WEEKLY" });
    await answered(user.id, "朝市");
    await answered(user.id, "夜市");
    await updated(user.id, "温泉バス");
    expect(await db.mailMessage.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.notification.count({ where: { userId: user.id } })).toBe(3);

    expect((await sendDigests("DAILY", FRIDAY)).mailed).toBeGreaterThanOrEqual(1);
    const [daily] = await db.mailMessage.findMany({ where: { userId: user.id } });
    expect(daily?.kind).toBe("digest.daily");
    expect(daily?.subject).toBe("【湯けむり】今日のお知らせ（2件）");
    expect(daily?.textBody).toContain("「朝市」");
    expect(daily?.textBody).toContain("「夜市」");
    expect(daily?.textBody).not.toContain("温泉バス");

    // Again in the same window: nothing. The next day, with nothing new: nothing either.
    await sendDigests("DAILY", new Date(FRIDAY.getTime() + 60 * 60 * 1000));
    await sendDigests("DAILY", new Date(FRIDAY.getTime() + DAY));
    expect(await db.mailMessage.count({ where: { userId: user.id, kind: "digest.daily" } })).toBe(1);

    // The weekly one takes the update.
    await sendDigests("WEEKLY", new Date(FRIDAY.getTime() + 3 * DAY));
    const weekly = await db.mailMessage.findFirstOrThrow({ where: { userId: user.id, kind: "digest.weekly" } });
    expect(weekly.subject).toBe("【湯けむり】今週のお知らせ（1件）");
    expect(weekly.textBody).toContain("温泉バス");
  });

  test("two workers sending one window's digests at once write each person's digest once", async () => {
    const people = await Promise.all([0, 1, 2].map(() => personWith({ "idea.answered": "DAILY" })));
    for (const person of people) await answered(person.id, "同時に");
    const outcomes = await Promise.all([sendDigests("DAILY", FRIDAY), sendDigests("DAILY", FRIDAY)]);
    for (const person of people) expect(await db.mailMessage.count({ where: { userId: person.id, kind: "digest.daily" } })).toBe(1);
    expect(await db.digestRun.count({ where: { userId: { in: people.map((p) => p.id) } } })).toBe(3);
    expect(outcomes.reduce((sum, o) => sum + o.mailed, 0)).toBeGreaterThanOrEqual(3);
  });

  test("a kind turned off, or switched back to immediate, never waits for a digest", async () => {
    const user = await personWith({ "idea.answered": "OFF", "project.update": "IMMEDIATE" });
    await answered(user.id, "消した");
    await updated(user.id, "すぐ届く");
    expect(await db.notification.count({ where: { userId: user.id, awaitsDigest: true } })).toBe(0);
    expect((await db.mailMessage.findMany({ where: { userId: user.id } })).map((m) => m.kind)).toEqual(["project.update"]);
  });
});

describe("a digest through SMTP", () => {
  let smtp: TestSmtp;
  let runner: JobRunner;

  beforeAll(async () => {
    smtp = await startTestSmtp();
    process.env.SMTP_URL = smtp.url;
    process.env.NEXTAUTH_URL = "https://yukemuri.test";
    runner = await startJobRunner({ dispatchEveryMs: 100, pollingIntervalSeconds: 0.5 });
  }, 60_000);

  afterAll(async () => {
    await runner.stop();
    await smtp.close();
    delete process.env.SMTP_URL;
    delete process.env.NEXTAUTH_URL;
  });

  test("arrives as a list of links, with one-click unsubscribe from the digest", async () => {
    const user = await createTestUser();
    await db.user.update({ where: { id: user.id }, data: { locale: "en" } });
    await db.notificationPreference.create({ data: { userId: user.id, kind: "idea.answered", delivery: "WEEKLY" } });
    await answered(user.id, "Morning <b>market</b>");
    await sendDigests("WEEKLY", new Date());
    // Mail the earlier tests queued goes out too once the runner starts; wait for this one.
    const deadline = Date.now() + 30_000;
    const digestOf = () => smtp.received.find((m) => m.to && !Array.isArray(m.to) && m.to.text === user.email);
    while (!digestOf() && Date.now() < deadline) await smtp.waitFor(smtp.received.length + 1, 1_000).catch(() => undefined);
    const mail = digestOf();
    expect(mail?.subject).toBe("[Yukemuri] This week's notices (1)");
    expect(mail?.text).toContain("- The prefecture has answered your idea “Morning <b>market</b>”.");
    expect(mail?.text).toContain("https://yukemuri.test/ideas/mine");
    expect(String(mail?.html)).toContain('<li style="margin:0 0 8px"><a href="https://yukemuri.test/ideas/mine"');
    expect(String(mail?.html)).toContain("Morning &lt;b&gt;market&lt;/b&gt;");
    const line = mail?.headerLines.find((h) => h.key === "list-unsubscribe")?.line ?? "";
    const token = new URL(/<([^>]+)>/.exec(line)?.[1] ?? "https://x/").searchParams.get("token");
    expect(verifyUnsubscribe(token)).toEqual({ userId: user.id, kind: "digest.weekly" });
  });
});
