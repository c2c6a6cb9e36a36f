// On working mornings, staff and facilitators with something waiting hear about it once, with a
// link to their inbox; residents, people with nothing waiting, weekends and holidays get nothing.
import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { sendStaffMorningNotices } from "@/lib/staff/morning-notice";
import { createTestUser } from "./factories";

// Monday 7 December 2026, 8:30 in Japan.
const MONDAY = new Date("2026-12-07T08:30:00+09:00");

describe("the staff morning notice", () => {
  test("staff with work waiting are told once a day; residents and holidays are left alone", async () => {
    const [staff, admin, resident] = await Promise.all([createTestUser(["STAFF"]), createTestUser(["ADMIN"]), createTestUser(["RESIDENT"])]);
    // Nothing waits yet: nobody is told.
    expect(await sendStaffMorningNotices(MONDAY)).toMatchObject({ notified: 0, holiday: false });

    // An idea to review waits for everyone who may review ideas.
    await db.idea.create({ data: { title: "温泉の朝市", description: "空き店舗で朝市", status: "SUBMITTED", authorId: resident.id } });
    expect(await sendStaffMorningNotices(MONDAY)).toMatchObject({ notified: 2 });
    for (const person of [staff, admin]) {
      const mail = await db.mailMessage.findFirstOrThrow({ where: { userId: person.id, kind: "staff.waiting" } });
      expect(mail.subject).toBe("【湯けむり】今日の対応待ち：1件");
      expect(mail.textBody).toContain("今日、あなたの対応を待っている作業が 1 件あります");
      expect(mail.textBody).toContain("/staff");
    }
    expect(await db.notification.count({ where: { userId: resident.id } })).toBe(0);

    // The job again the same day, twice at once: nobody is told twice.
    const again = await Promise.all([sendStaffMorningNotices(MONDAY), sendStaffMorningNotices(MONDAY)]);
    expect(again.map((o) => o.notified)).toEqual([0, 0]);
    expect(await db.notification.count({ where: { kind: "staff.waiting" } })).toBe(2);

    // Saturday and a public holidays are not working days.
    expect(await sendStaffMorningNotices(new Date("2026-12-12T08:30:00+09:00"))).toMatchObject({ holiday: true, notified: 0 });
    expect(await sendStaffMorningNotices(new Date("2027-01-11T08:30:00+09:00"))).toMatchObject({ holiday: true, notified: 0 });

    // The next working day, told again.
    expect(await sendStaffMorningNotices(new Date("2026-12-08T08:30:00+09:00"))).toMatchObject({ notified: 2 });
  });

  test("someone who turned it off gets the notice in the app but no mail", async () => {
    const staff = await createTestUser(["STAFF"]);
    await db.notificationPreference.create({ data: { userId: staff.id, kind: "staff.waiting", delivery: "OFF" } });
    await db.idea.create({ data: { title: "空き家の活用", description: "空き家を交流拠点に", status: "SUBMITTED", authorId: staff.id } });
    await sendStaffMorningNotices(MONDAY);
    expect(await db.notification.count({ where: { userId: staff.id, kind: "staff.waiting" } })).toBe(1);
    expect(await db.mailMessage.count({ where: { userId: staff.id } })).toBe(0);
  });
});
