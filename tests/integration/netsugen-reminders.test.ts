// The evening job reminds members of tomorrow's confirmed bookings and registered events, once
// each, however often it runs; and as they chose: by mail, or only in the app.
import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { sendDayBeforeReminders } from "@/lib/netsugen/reminders";
import { createTestUser } from "./factories";
import { createMember, createNetsugenLocation, createPlan, createResource } from "./netsugen-factories";

// 17:00 in Tokyo on 14 December 2026; "tomorrow" is the 15th.
const EVENING = new Date("2026-12-14T17:00:00+09:00");

async function booking(userId: string, resourceId: string, startsAt: string, status: "CONFIRMED" | "PENDING" | "CANCELLED" = "CONFIRMED") {
  const start = new Date(startsAt);
  const end = new Date(start.getTime() + 60 * 60_000);
  return db.booking.create({ data: { resourceId, userId, startsAt: start, endsAt: end, blockedFrom: start, blockedUntil: end, status } });
}

describe("day-before reminders", () => {
  test("tomorrow's confirmed bookings are reminded once; others, and other days, are not", async () => {
    const location = await createNetsugenLocation();
    const room = await createResource(location.id);
    await db.spaceResource.update({ where: { id: room.id }, data: { nameJa: "リマインド室" } });
    const member = await createMember((await createPlan()).id);
    const early = await booking(member.id, room.id, "2026-12-15T00:30:00+09:00");
    const late = await booking(member.id, room.id, "2026-12-15T20:00:00+09:00");
    const pending = await booking(member.id, room.id, "2026-12-15T10:00:00+09:00", "PENDING");
    const cancelled = await booking(member.id, room.id, "2026-12-15T12:00:00+09:00", "CANCELLED");
    const today = await booking(member.id, room.id, "2026-12-14T20:00:00+09:00");
    const dayAfter = await booking(member.id, room.id, "2026-12-16T00:00:00+09:00");

    expect(await sendDayBeforeReminders(EVENING)).toEqual({ bookings: 2, events: 0 });
    const reminded = await db.booking.findMany({ where: { userId: member.id, remindedAt: { not: null } }, select: { id: true } });
    expect(reminded.map((b) => b.id).sort()).toEqual([early.id, late.id].sort());
    for (const b of [pending, cancelled, today, dayAfter]) expect(reminded.map((r) => r.id)).not.toContain(b.id);

    const mails = await db.mailMessage.findMany({ where: { userId: member.id, kind: "netsugen.reminder" }, orderBy: { createdAt: "asc" } });
    expect(mails).toHaveLength(2);
    expect(mails[0]!.subject).toBe("【湯けむり】明日はNETSUGENの予約の日です");
    expect(mails.map((m) => m.textBody).join("\n")).toContain("明日 00:30 から「リマインド室」の予約があります。");
    expect(mails.map((m) => m.textBody).join("\n")).toContain("明日 20:00 から「リマインド室」の予約があります。");
    // A notification mail: it can be turned off in one click.
    expect(mails[0]!.headers).toHaveProperty("List-Unsubscribe");

    // The job running again (a retry, a second worker) reminds nobody twice.
    // A booking made after the first run is reminded exactly once by two workers racing.
    await booking(member.id, room.id, "2026-12-15T15:00:00+09:00");
    const again = await Promise.all([sendDayBeforeReminders(EVENING), sendDayBeforeReminders(EVENING)]);
    expect(again.map((outcome) => outcome.bookings).sort()).toEqual([0, 1]);
    expect(await db.notification.count({ where: { userId: member.id, kind: "netsugen.reminder" } })).toBe(3);
    expect(await db.mailMessage.count({ where: { userId: member.id, kind: "netsugen.reminder" } })).toBe(3);
  });

  test("registered account holders are reminded of tomorrow's event; the waitlist is not; reminders turned off send no mail", async () => {
    const slug = `event-${randomUUID().slice(0, 8)}`;
    const event = await db.event.create({
      data: { slug, titleJa: "前日テスト会", descriptionJa: "テスト", kind: "PITCH", startsAt: new Date("2026-12-15T14:00:00+09:00"), endsAt: new Date("2026-12-15T16:00:00+09:00"), capacity: 10 },
    });
    const [registered, waiting, quiet] = [await createTestUser(), await createTestUser(), await createTestUser()];
    await db.notificationPreference.create({ data: { userId: quiet.id, kind: "netsugen.reminder", delivery: "OFF" } });
    await db.eventRegistration.createMany({
      data: [
        { eventId: event.id, userId: registered.id, name: "登録", status: "REGISTERED" },
        { eventId: event.id, userId: waiting.id, name: "待ち", status: "WAITLISTED", waitlistPosition: 1 },
        { eventId: event.id, userId: quiet.id, name: "静か", status: "REGISTERED" },
        { eventId: event.id, userId: null, name: "ゲスト", email: "guest@example.jp", status: "REGISTERED" },
      ],
    });

    // The account holders registered, one of whom turned reminders off; not the waitlist, not the guest.
    expect(await sendDayBeforeReminders(EVENING)).toEqual({ bookings: 0, events: 2 });
    const mail = await db.mailMessage.findFirstOrThrow({ where: { userId: registered.id, kind: "netsugen.reminder" } });
    expect(mail.subject).toBe("【湯けむり】明日はイベントの日です");
    expect(mail.textBody).toContain("明日 14:00 から「前日テスト会」があります。");
    expect(mail.textBody).toContain(`/netsugen/events/${slug}`);
    expect(await db.notification.count({ where: { userId: waiting.id } })).toBe(0);
    // Turned off: the notice is in the app, and no mail is written.
    expect(await db.notification.count({ where: { userId: quiet.id, kind: "netsugen.reminder" } })).toBe(1);
    expect(await db.mailMessage.count({ where: { userId: quiet.id } })).toBe(0);
  });
});
