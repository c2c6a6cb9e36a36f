import { beforeAll, describe, expect, test } from "vitest";
import type { Role } from "@/lib/auth/roles";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { getStaffInbox, type InboxTray } from "@/lib/staff/inbox";
import { seedKpis } from "@/prisma/seed/kpis";
import { seedSdgs } from "@/prisma/seed/sdgs";
import { createTestUser } from "./factories";
import { createTestSession } from "./workshop-factories";

// 2026-12-04 10:00 in Japan: "today" in Tokyo runs from 2026-12-03T15:00Z to 2026-12-04T15:00Z.
const NOW = new Date("2026-12-04T01:00:00Z");

const userOf = async (roles: Role[]): Promise<CurrentUser> => {
  const u = await createTestUser(roles);
  return { id: u.id, name: "Test", email: u.email, roles: u.roles, emailConfirmed: true, sessionId: `session-${u.id}` };
};

const countsOf = (items: Awaited<ReturnType<typeof getStaffInbox>>) =>
  Object.fromEntries(items.map((item) => [item.tray, item.count])) as Partial<Record<InboxTray, number>>;

const MAIL = { kind: "notification.idea.answered", toAddress: "someone@test.example", locale: "ja", subject: "件名", textBody: "本文", htmlBody: "<p>本文</p>", headers: {} };

let staff: CurrentUser;
let colleague: CurrentUser;

beforeAll(async () => {
  await seedSdgs(db);
  await seedKpis(db);
  [staff, colleague] = await Promise.all([userOf(["STAFF"]), userOf(["STAFF"])]);
  const series = await db.kpiSeries.findMany({ take: 3, orderBy: { id: "asc" }, select: { id: true } });
  const observation = (seriesId: number, submittedById: string, state: "SUBMITTED" | "APPROVED") =>
    db.kpiObservation.create({ data: { seriesId, fiscalYear: 2025, value: 1, status: "PRELIMINARY", state, createdById: submittedById, submittedById } });
  await observation(series[0]!.id, colleague.id, "SUBMITTED");
  await observation(series[1]!.id, staff.id, "SUBMITTED");
  await observation(series[2]!.id, colleague.id, "APPROVED");

  const resident = await createTestUser(["RESIDENT"]);
  await db.idea.createMany({
    data: [
      { title: "新しい案", description: "説明", status: "SUBMITTED", authorId: resident.id },
      { title: "審査中の案", description: "説明", status: "UNDER_REVIEW", authorId: resident.id },
      { title: "採用済みの案", description: "説明", status: "ACCEPTED", authorId: resident.id },
      { title: "非表示の案", description: "説明", status: "SUBMITTED", authorId: resident.id, hiddenAt: NOW },
    ],
  });
  await db.moderationReport.createMany({
    data: [
      { subjectType: "COMMENT", subjectId: "c1", reason: "spam" },
      { subjectType: "PROJECT_UPDATE", subjectId: "u1", reason: "spam", status: "DISMISSED" },
      // Reports on workshop posts are handled in each session's console, not in moderation.
      { subjectType: "WORKSHOP_IDEA", subjectId: "w1", reason: "spam" },
    ],
  });

  const today = await createTestSession({ state: "SCHEDULED" });
  await db.workshopSession.update({ where: { id: today.id }, data: { startsAt: new Date("2026-12-03T23:30:00Z"), endsAt: new Date("2026-12-04T02:30:00Z") } });
  const tomorrow = await createTestSession({ state: "SCHEDULED" });
  // 00:30 on 5 December in Japan, although still 4 December in UTC.
  await db.workshopSession.update({ where: { id: tomorrow.id }, data: { startsAt: new Date("2026-12-04T15:30:00Z"), endsAt: new Date("2026-12-04T17:30:00Z") } });
  await createTestSession({ state: "OPEN" }); // open since an earlier day
  await createTestSession({ state: "CLOSED" });
});

describe("the staff inbox", () => {
  test("counts only what this person may act on: values someone else submitted, open ideas and reports, today's sessions in Japan time", async () => {
    const counts = countsOf(await getStaffInbox(staff, NOW));
    expect(counts.kpiApprovals).toBe(1);
    expect(counts.kpiPublications).toBe(1);
    expect(counts.ideasToReview).toBe(2);
    expect(counts.reports).toBe(1);
    expect(counts.sessionsToday).toBe(2);
    expect(counts.bookingsToDecide).toBe(0);
    expect(counts.membershipsToDecide).toBe(0);
  });

  test("four eyes: the colleague sees the value the first person submitted, not their own", async () => {
    expect(countsOf(await getStaffInbox(colleague, NOW)).kpiApprovals).toBe(1);
  });

  test("each tray links to the page where its work is done", async () => {
    const items = await getStaffInbox(staff, NOW);
    expect(Object.fromEntries(items.map((item) => [item.tray, item.href]))).toEqual({
      kpiApprovals: "/staff/kpis",
      kpiPublications: "/staff/kpis",
      ideasToReview: "/staff/ideas",
      reports: "/staff/moderation",
      sessionsToday: "/staff/workshops",
      bookingsToDecide: "/staff/netsugen",
      membershipsToDecide: "/staff/netsugen",
    });
    const admin = await userOf(["ADMIN"]);
    expect((await getStaffInbox(admin, NOW)).find((item) => item.tray === "mailUndelivered")?.href).toBe("/admin/outbox");
  });

  test("admins also see mail that was not delivered; staff do not", async () => {
    const admin = await userOf(["ADMIN"]);
    const mail = (state: "SENT" | "FAILED" | "UNCERTAIN" | "QUEUED") =>
      db.mailMessage.create({ data: { ...MAIL, state, messageId: `<${state}@test>`, finishedAt: state === "QUEUED" ? null : NOW } });
    await Promise.all([mail("SENT"), mail("FAILED"), mail("UNCERTAIN"), mail("QUEUED")]);
    expect(countsOf(await getStaffInbox(admin, NOW)).mailUndelivered).toBe(2);
    expect(countsOf(await getStaffInbox(staff, NOW)).mailUndelivered).toBeUndefined();
  });

  test("a facilitator sees only today's sessions that they run; residents and members see no trays", async () => {
    const facilitator = await userOf(["FACILITATOR"]);
    expect(await getStaffInbox(facilitator, NOW)).toEqual([{ tray: "sessionsToday", href: "/staff/workshops", count: 0 }]);
    await createTestSession({ state: "OPEN", facilitatorIds: [facilitator.id] });
    expect(await getStaffInbox(facilitator, NOW)).toEqual([{ tray: "sessionsToday", href: "/staff/workshops", count: 1 }]);
    expect(await getStaffInbox(await userOf(["RESIDENT"]), NOW)).toEqual([]);
    expect(await getStaffInbox(await userOf(["RESIDENT", "MEMBER"]), NOW)).toEqual([]);
  });
});
