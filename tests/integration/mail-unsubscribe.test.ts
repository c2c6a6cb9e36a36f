// One-click unsubscribe (RFC 8058) through its route handler: a valid signed link turns off one
// kind of mail for one person, once; a GET changes nothing; anything else is refused and writes nothing.
import { describe, expect, test } from "vitest";
import { GET, POST } from "@/app/api/mail/unsubscribe/route";
import { db } from "@/lib/db";
import { signUnsubscribe } from "@/lib/mail/unsubscribe-token";
import { notify } from "@/lib/notifications/notify";
import { createTestUser } from "./factories";

const url = (token: string, extra = "") => `https://yukemuri.test/api/mail/unsubscribe?token=${encodeURIComponent(token)}${extra}`;
const oneClick = (token: string, extra = "") =>
  POST(new Request(url(token, extra), { method: "POST", body: "List-Unsubscribe=One-Click", headers: { "Content-Type": "application/x-www-form-urlencoded" } }));

describe("unsubscribe", () => {
  test("the one-click POST turns off that kind for that person only, once, and later notices of it are not mailed", async () => {
    const [me, other] = await Promise.all([createTestUser(), createTestUser()]);
    const token = signUnsubscribe(me.id, "project.update");
    expect((await oneClick(token)).status).toBe(200);
    expect((await oneClick(token)).status).toBe(200);
    expect(await db.notificationPreference.findMany({ where: { userId: { in: [me.id, other.id] } }, select: { userId: true, kind: true, delivery: true } })).toEqual([
      { userId: me.id, kind: "project.update", delivery: "OFF" },
    ]);
    expect(await db.auditLog.count({ where: { action: "mail.unsubscribe", subjectId: me.id } })).toBe(1);

    for (const userId of [me.id, other.id]) {
      await db.$transaction((tx) => notify(tx, { userId, kind: "project.update", payload: { projectSlug: "p", projectTitle: "P" } }));
    }
    expect((await db.mailMessage.findMany({ where: { userId: { in: [me.id, other.id] } } })).map((m) => m.userId)).toEqual([other.id]);
  });

  test("a GET (a click or a link scanner) only leads to the confirmation page", async () => {
    const me = await createTestUser();
    const response = GET(new Request(url(signUnsubscribe(me.id, "idea.answered"))));
    expect(response.status).toBe(303);
    expect(new URL(response.headers.get("location") ?? "").pathname).toBe("/mail/unsubscribe");
    expect(await db.notificationPreference.count({ where: { userId: me.id } })).toBe(0);
  });

  test("the confirmation page's button comes back to the page, which then says it is done", async () => {
    const me = await createTestUser();
    const response = await oneClick(signUnsubscribe(me.id, "offer.decided"), "&from=page");
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get("location") ?? "");
    expect(location.pathname).toBe("/mail/unsubscribe");
    expect(location.searchParams.get("done")).toBe("1");
    expect(await db.notificationPreference.count({ where: { userId: me.id, kind: "offer.decided", delivery: "OFF" } })).toBe(1);
  });

  test("a digest's link turns off every kind sent in that digest, and no other", async () => {
    const me = await createTestUser();
    await db.notificationPreference.createMany({
      data: [
        { userId: me.id, kind: "idea.answered", delivery: "DAILY" },
        { userId: me.id, kind: "project.update", delivery: "DAILY" },
        { userId: me.id, kind: "offer.decided", delivery: "WEEKLY" },
      ],
    });
    expect((await oneClick(signUnsubscribe(me.id, "digest.daily"))).status).toBe(200);
    const rows = await db.notificationPreference.findMany({ where: { userId: me.id }, orderBy: { kind: "asc" }, select: { kind: true, delivery: true } });
    expect(rows).toEqual([
      { kind: "idea.answered", delivery: "OFF" },
      { kind: "offer.decided", delivery: "WEEKLY" },
      { kind: "project.update", delivery: "OFF" },
    ]);
  });

  test.each([
    ["no token", ""],
    ["garbage", "not-a-token"],
    ["a forged signature", `${Buffer.from(JSON.stringify(["someone", "project.update"])).toString("base64url")}.AAAA`],
    ["a token for a kind that is not a notification", signUnsubscribe("someone", "account.password_reset")],
    ["a token signed with another secret", signUnsubscribe("someone", "project.update", "another-secret")],
    ["an oversized token", "a".repeat(100_000)],
    ["hostile text", "'; DROP TABLE \"NotificationPreference\"; --<script>"],
    ["a valid token for nobody", signUnsubscribe("no-such-user", "project.update")],
  ])("%s is refused and writes nothing", async (_label, token) => {
    const before = await db.notificationPreference.count();
    expect((await oneClick(token)).status).toBe(400);
    expect(await db.notificationPreference.count()).toBe(before);
  });
});
