import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { db, databaseKind } from "@/lib/db";
import { cancelGuestRegistration, cancelMyRegistration, checkInRegistration, listEventRegistrations, registerForEvent, type Registrant } from "@/lib/netsugen/events";
import { createTestUser } from "./factories";

const NOW = new Date("2026-12-01T09:00:00+09:00");

async function createEvent(capacity: number) {
  const slug = `event-${randomUUID().slice(0, 8)}`;
  await db.event.create({
    data: {
      slug,
      titleJa: "テストセミナー",
      descriptionJa: "テスト",
      kind: "SEMINAR",
      startsAt: new Date("2026-12-20T14:00:00+09:00"),
      endsAt: new Date("2026-12-20T16:00:00+09:00"),
      capacity,
    },
  });
  return slug;
}

async function person(): Promise<Registrant> {
  const user = await createTestUser(["RESIDENT"]);
  return { id: user.id, name: "参加者", email: user.email };
}

const statuses = async (slug: string, people: Registrant[]) => {
  const rows = await db.eventRegistration.findMany({ where: { event: { slug } }, select: { userId: true, status: true, waitlistPosition: true } });
  return people.map((p) => {
    const row = rows.find((r) => r.userId === p.id);
    return row ? `${row.status}${row.waitlistPosition ? `#${row.waitlistPosition}` : ""}` : "none";
  });
};

/** The cancel token in a guest's mail, as its link carries it. */
function cancelTokenIn(text: string): string {
  const match = /\/netsugen\/events\/cancel\?token=([A-Za-z0-9_-]+)/.exec(text);
  if (!match) throw new Error(`No cancel link in:\n${text}`);
  return match[1]!;
}

describe("event registration and waitlist", () => {
  test("the waitlist promotes in order when someone cancels", async () => {
    const slug = await createEvent(2);
    const [a, b, c, d, e] = [await person(), await person(), await person(), await person(), await person()];
    for (const p of [a, b, c, d, e]) expect((await registerForEvent(p, { event: slug }, NOW)).ok).toBe(true);
    expect(await statuses(slug, [a, b, c, d, e])).toEqual(["REGISTERED", "REGISTERED", "WAITLISTED#1", "WAITLISTED#2", "WAITLISTED#3"]);

    expect(await cancelMyRegistration(a, slug)).toMatchObject({ ok: true });
    expect(await statuses(slug, [a, b, c, d, e])).toEqual(["CANCELLED", "REGISTERED", "REGISTERED", "WAITLISTED#2", "WAITLISTED#3"]);

    // Someone leaving the waitlist promotes no one.
    expect(await cancelMyRegistration(d, slug)).toMatchObject({ ok: true });
    expect(await statuses(slug, [b, c, d, e])).toEqual(["REGISTERED", "REGISTERED", "CANCELLED", "WAITLISTED#3"]);

    expect(await cancelMyRegistration(b, slug)).toMatchObject({ ok: true });
    expect(await statuses(slug, [b, c, e])).toEqual(["CANCELLED", "REGISTERED", "REGISTERED"]);

    // Coming back puts you at the end of the line (here, the line is empty).
    expect(await registerForEvent(a, { event: slug }, NOW)).toMatchObject({ ok: true, data: { status: "WAITLISTED", waitlistPosition: 1 } });
    const audit = await db.auditLog.count({ where: { action: "event_registration.promote" } });
    expect(audit).toBe(2);
  });

  test("registrations arriving at once fill exactly the capacity, and the waitlist has no gaps", async () => {
    const slug = await createEvent(3);
    const people = await Promise.all(Array.from({ length: 12 }, () => person()));
    const results = await Promise.all(people.map((p) => registerForEvent(p, { event: slug }, NOW)));
    expect(results.every((r) => r.ok)).toBe(true);
    const rows = await db.eventRegistration.findMany({ where: { event: { slug } }, select: { status: true, waitlistPosition: true } });
    const positions = rows.flatMap((r) => (r.waitlistPosition ? [r.waitlistPosition] : [])).sort((x, y) => x - y);
    console.info(`[netsugen events on ${databaseKind()}] 12 at once, capacity 3: ${rows.filter((r) => r.status === "REGISTERED").length} registered, waitlist ${positions.join(",")}`);
    expect(rows.filter((r) => r.status === "REGISTERED")).toHaveLength(3);
    expect(positions).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  test("a guest registers without an account, learns the outcome by mail, and cancels with the link in it", async () => {
    const slug = await createEvent(1);
    const member = await person();
    expect((await registerForEvent(member, { event: slug }, NOW)).ok).toBe(true);
    // The page says only that the answer is in the mail.
    const guest = await registerForEvent(null, { event: slug, name: "ゲスト 太郎", email: "Guest@Example.jp" }, NOW);
    expect(guest).toEqual({ ok: true, data: { status: "MAILED", waitlistPosition: null } });
    const stored = await db.eventRegistration.findFirstOrThrow({ where: { email: "guest@example.jp" } });
    expect(stored).toMatchObject({ status: "WAITLISTED", waitlistPosition: 1 });
    const firstMail = await db.mailMessage.findFirstOrThrow({ where: { toAddress: "guest@example.jp" } });
    expect(firstMail.textBody).toContain("キャンセル待ち（1番目）");
    const firstToken = cancelTokenIn(firstMail.textBody);
    expect(firstToken).toHaveLength(32);
    // Only the token's hash is stored.
    expect(stored.cancelTokenHash).not.toContain(firstToken);

    // Signing up the same address again answers exactly the same, so nobody learns who signed up;
    // the address's owner is mailed a new cancel link, and the old one stops working.
    expect(await registerForEvent(null, { event: slug, name: "別人", email: "guest@example.jp" }, NOW)).toEqual(guest);
    expect(await db.eventRegistration.count({ where: { email: "guest@example.jp" } })).toBe(1);
    const mails = await db.mailMessage.findMany({ where: { toAddress: "guest@example.jp" }, orderBy: { createdAt: "asc" } });
    expect(mails).toHaveLength(2);
    expect(mails[1]!.textBody).toContain("すでに受け付けています");
    const token = cancelTokenIn(mails[1]!.textBody);
    expect(await cancelGuestRegistration({ token: firstToken })).toMatchObject({ error: "netsugen.errors.registrationNotFound" });

    await cancelMyRegistration(member, slug);
    expect(await db.eventRegistration.findFirstOrThrow({ where: { id: stored.id } })).toMatchObject({ status: "REGISTERED" });
    expect(await cancelGuestRegistration({ token: "x".repeat(32) })).toMatchObject({ error: "netsugen.errors.registrationNotFound" });
    expect(await cancelGuestRegistration({ token })).toMatchObject({ ok: true });
    expect(await cancelGuestRegistration({ token })).toMatchObject({ error: "netsugen.errors.registrationNotFound" });
  });

  test.each([
    ["no name or email for a guest", { event: "x-event" }, "errors.checkFields"],
    ["a bad email", { event: "x-event", name: "名前", email: "not-an-email" }, "errors.email"],
    ["an oversized name", { event: "x-event", name: "あ".repeat(61), email: "a@b.jp" }, "errors.tooLong"],
    ["an extra field", { event: "x-event", name: "名前", email: "a@b.jp", status: "REGISTERED" }, "netsugen.errors.unexpectedField"],
    ["an unknown event", { event: "no-such-event", name: "名前", email: "a@b.jp" }, "netsugen.errors.eventNotFound"],
  ])("%s is refused", async (_label, input, error) => {
    const before = await db.eventRegistration.count();
    expect(await registerForEvent(null, input, NOW)).toMatchObject({ ok: false, error });
    expect(await db.eventRegistration.count()).toBe(before);
  });

  test("an event that has started takes no more registrations", async () => {
    const slug = await createEvent(5);
    expect(await registerForEvent(await person(), { event: slug }, new Date("2026-12-20T14:00:00+09:00"))).toMatchObject({ error: "netsugen.errors.eventClosed" });
  });

  test("staff check registered people in at the door, once; the waitlist cannot be checked in", async () => {
    const slug = await createEvent(1);
    const [a, b] = [await person(), await person()];
    await registerForEvent(a, { event: slug }, NOW);
    await registerForEvent(b, { event: slug }, NOW);
    const staffUser = await createTestUser(["STAFF"]);
    const staff = { id: staffUser.id, roles: staffUser.roles };
    const list = await listEventRegistrations(slug);
    const [first, waiting] = list!.registrations;
    expect([first?.status, waiting?.status]).toEqual(["REGISTERED", "WAITLISTED"]);
    expect(await checkInRegistration({ id: a.id, roles: ["RESIDENT"] }, first!.id)).toMatchObject({ error: "errors.forbidden" });
    expect(await checkInRegistration(staff, first!.id)).toMatchObject({ ok: true });
    expect(await checkInRegistration(staff, first!.id)).toMatchObject({ error: "netsugen.errors.cannotCheckIn" });
    expect(await checkInRegistration(staff, waiting!.id)).toMatchObject({ error: "netsugen.errors.cannotCheckIn" });
  });
});
