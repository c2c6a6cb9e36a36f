// NETSUGEN's decisions reach people by notice and mail: a booking confirmed at once (with its
// calendar file, sent here to a real SMTP server), approved, declined or cancelled by staff, and a
// place opening up for someone on an event's waitlist.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { cancelGuestRegistration, cancelMyRegistration, registerForEvent } from "@/lib/netsugen/events";
import { deliverMail } from "@/lib/mail/deliver";
import { cancelBooking, createBooking, decideBooking } from "@/lib/netsugen/mutations";
import { startTestSmtp, type TestSmtp } from "../support/smtp";
import { createTestUser } from "./factories";
import { createMember, createNetsugenLocation, createPlan, createResource } from "./netsugen-factories";

const staff = async (): Promise<Actor> => {
  const user = await createTestUser(["STAFF"]);
  return { id: user.id, roles: user.roles };
};

let smtp: TestSmtp;
beforeAll(async () => {
  smtp = await startTestSmtp();
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  await smtp.close();
});

describe("NETSUGEN notices by mail", () => {
  test("a booking confirmed at once is mailed with a calendar file that opens at the booked time", async () => {
    const location = await createNetsugenLocation();
    const room = await createResource(location.id);
    await db.spaceResource.update({ where: { id: room.id }, data: { nameJa: "会議室テスト" } });
    const member = await createMember((await createPlan()).id);
    const now = new Date("2026-12-01T09:00:00+09:00");
    const booked = await createBooking(member, { resource: room.slug, date: "2026-12-02", start: "13:00", minutes: 60, purpose: undefined, project: undefined }, now);
    expect(booked).toMatchObject({ ok: true, data: { status: "CONFIRMED" } });

    const mail = await db.mailMessage.findFirstOrThrow({ where: { userId: member.id } });
    expect(mail).toMatchObject({ kind: "booking.decided", subject: "【湯けむり】NETSUGENの予約が確定しました" });
    expect(mail.textBody).toContain("「会議室テスト」の予約が確定しました。");

    process.env.SMTP_URL = smtp.url;
    const before = smtp.received.length;
    expect(await deliverMail(mail.id, { finalAttempt: false })).toBe("sent");
    const [received] = (await smtp.waitFor(before + 1)).slice(before);
    const ics = received!.attachments.find((a) => a.filename === "netsugen-booking.ics");
    expect(ics?.contentType).toBe("text/calendar");
    const calendar = ics!.content.toString("utf8");
    // 13:00–14:00 in Tokyo is 04:00–05:00 UTC.
    expect(calendar).toContain("DTSTART:20261202T040000Z");
    expect(calendar).toContain("DTEND:20261202T050000Z");
    expect(calendar).toContain("SUMMARY:会議室テスト（NETSUGEN）");
    expect(calendar).toContain(`UID:booking-${booked.ok ? booked.data.id : ""}@netsugen.yukemuri`);
  });

  test("a cancellation by staff reaches the member; their own cancellation sends nothing", async () => {
    const location = await createNetsugenLocation();
    const room = await createResource(location.id);
    const member = await createMember((await createPlan()).id);
    const now = new Date("2026-12-01T09:00:00+09:00");
    const mine = await createBooking(member, { resource: room.slug, date: "2026-12-03", start: "10:00", minutes: 60, purpose: undefined, project: undefined }, now);
    const theirs = await createBooking(member, { resource: room.slug, date: "2026-12-03", start: "14:00", minutes: 60, purpose: undefined, project: undefined }, now);
    if (!mine.ok || !theirs.ok) throw new Error("booking failed");
    await db.mailMessage.deleteMany({ where: { userId: member.id } });

    expect((await cancelBooking(member, mine.data.id, now)).ok).toBe(true);
    expect(await db.mailMessage.count({ where: { userId: member.id } })).toBe(0);

    expect((await cancelBooking(await staff(), theirs.data.id, now)).ok).toBe(true);
    const mail = await db.mailMessage.findFirstOrThrow({ where: { userId: member.id } });
    expect(mail.subject).toBe("【湯けむり】NETSUGENの予約が取り消されました");
    expect(mail.textBody).toContain("「テスト会議室」の予約は、NETSUGENの都合により取り消されました。");
    expect(mail.attachments).toEqual([]);
  });

  test.each([
    ["approve", "CONFIRMED", "「テスト室」の予約が承認されました。", "【湯けむり】NETSUGENの予約が承認されました"],
    ["decline", "DECLINED", "「テスト室」の予約は承認されませんでした。", "【湯けむり】NETSUGENの予約についてのお知らせ"],
  ] as const)("a booking decision (%s) tells the member in the app and by mail", async (decision, status, sentence, subject) => {
    const location = await createNetsugenLocation();
    const studio = await createResource(location.id, { kind: "STUDIO", requiresApproval: true });
    await db.spaceResource.update({ where: { id: studio.id }, data: { nameJa: "テスト室" } });
    const member = await createMember((await createPlan()).id);
    const start = new Date("2026-12-21T10:00:00+09:00");
    const end = new Date("2026-12-21T11:00:00+09:00");
    const booking = await db.booking.create({ data: { resourceId: studio.id, userId: member.id, startsAt: start, endsAt: end, blockedFrom: start, blockedUntil: end, status: "PENDING" } });

    const input = decision === "approve" ? { bookingId: booking.id, decision, reason: undefined } : { bookingId: booking.id, decision, reason: "満室" };
    expect(await decideBooking(await staff(), input)).toMatchObject({ ok: true, data: { status } });
    expect(await db.notification.findMany({ where: { userId: member.id }, select: { kind: true } })).toEqual([{ kind: "booking.decided" }]);
    const mail = await db.mailMessage.findFirstOrThrow({ where: { userId: member.id } });
    expect(mail).toMatchObject({ kind: "booking.decided", subject, state: "QUEUED" });
    expect(mail.textBody).toContain(sentence);
    expect(mail.textBody).toContain("/netsugen/bookings");

    // Deciding again changes nothing and tells nobody twice.
    expect((await decideBooking(await staff(), input)).ok).toBe(false);
    expect(await db.mailMessage.count({ where: { userId: member.id } })).toBe(1);
  });

  test("account holders are told their registration, their place on the waitlist, and their promotion", async () => {
    const slug = `event-${randomUUID().slice(0, 8)}`;
    await db.event.create({
      data: { slug, titleJa: "ピッチ会", descriptionJa: "テスト", kind: "PITCH", startsAt: new Date("2026-12-20T14:00:00+09:00"), endsAt: new Date("2026-12-20T16:00:00+09:00"), capacity: 1 },
    });
    const now = new Date("2026-12-01T09:00:00+09:00");
    const [first, second] = [await createTestUser(), await createTestUser()];
    for (const user of [first, second]) expect((await registerForEvent({ id: user.id, name: "参加者", email: user.email }, { event: slug }, now)).ok).toBe(true);
    expect(await cancelMyRegistration({ id: first.id }, slug)).toMatchObject({ ok: true });

    const notices = await db.notification.findMany({ where: { userId: { in: [first.id, second.id] } }, orderBy: { createdAt: "asc" }, select: { userId: true, payload: true } });
    expect(notices.map((n) => [n.userId, (n.payload as { via?: string }).via ?? "promoted"])).toEqual([
      [first.id, "registered"],
      [second.id, "waitlisted"],
      [second.id, "promoted"],
    ]);
    expect((await db.mailMessage.findFirstOrThrow({ where: { userId: second.id, subject: { contains: "キャンセル待ちを受け付けました" } } })).textBody).toContain("「ピッチ会」は満席のため、キャンセル待ち（1番目）で受け付けました。");
    const mail = await db.mailMessage.findFirstOrThrow({ where: { userId: second.id, subject: { contains: "参加できるようになりました" } } });
    expect(mail.textBody).toContain("キャンセル待ちだった「ピッチ会」に参加できるようになりました。");
    expect(mail.textBody).toContain(`/netsugen/events/${slug}`);
  });

  test("a guest's registration is mailed to the address they gave, in their language, with the link that cancels it", async () => {
    const slug = `event-${randomUUID().slice(0, 8)}`;
    await db.event.create({
      data: { slug, titleJa: "交流会", titleEn: "Meet-up", descriptionJa: "テスト", kind: "PITCH", startsAt: new Date("2026-12-20T14:00:00+09:00"), endsAt: new Date("2026-12-20T16:00:00+09:00"), capacity: 5 },
    });
    const now = new Date("2026-12-01T09:00:00+09:00");
    expect(await registerForEvent(null, { event: slug, name: "Guest Visitor", email: "visitor@example.jp" }, now, "en")).toMatchObject({ ok: true, data: { status: "MAILED" } });
    const mail = await db.mailMessage.findFirstOrThrow({ where: { toAddress: "visitor@example.jp" } });
    expect(mail).toMatchObject({ userId: null, kind: "guest.event-registration", locale: "en", subject: "[Yukemuri] You are registered for “Meet-up”" });
    expect(mail.textBody).toContain("starting Sun, 20 Dec 2026, 14:00");
    const token = /\/netsugen\/events\/cancel\?token=([A-Za-z0-9_-]{32})/.exec(mail.textBody)?.[1];
    expect(token).toBeDefined();
    // Not a notice anyone subscribed to: nothing to unsubscribe from.
    expect(mail.headers).not.toHaveProperty("List-Unsubscribe");
    expect(await cancelGuestRegistration({ token })).toMatchObject({ ok: true });
  });
});
