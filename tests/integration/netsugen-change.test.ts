import { beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { submitBooking } from "@/lib/netsugen/commands";
import { changeBooking } from "@/lib/netsugen/reschedule";
import { createMember, createNetsugenLocation, createPlan, createResource } from "./netsugen-factories";

const NOW = new Date("2026-12-01T09:00:00+09:00");
const jst = (iso: string) => new Date(`${iso}+09:00`);
let locationId: string;
let planId: string;

beforeAll(async () => {
  locationId = (await createNetsugenLocation()).id;
  planId = (await createPlan({ maxRoomMinutesPerWeek: 120 })).id;
});

async function book(member: Actor, slug: string, date: string, start: string, minutes = 60) {
  const r = await submitBooking(member, { resource: slug, date, start, minutes: String(minutes) }, NOW);
  if (!r.ok) throw new Error(r.error);
  return r.data.id;
}

describe("changing a booking", () => {
  test("a member moves their booking; the old slot is freed and the new one held", async () => {
    const room = await createResource(locationId, { bufferAfterMinutes: 15 });
    const [a, b] = [await createMember(planId), await createMember(planId)];
    const id = await book(a, room.slug, "2026-12-02", "10:00");
    // Moving onto a slot that overlaps its own old time is fine: only other bookings count.
    expect(await changeBooking(a, { bookingId: id, date: "2026-12-02", start: "10:30", minutes: "60" }, NOW)).toMatchObject({ ok: true });
    expect(await db.booking.findUniqueOrThrow({ where: { id } })).toMatchObject({ startsAt: jst("2026-12-02T10:30:00"), blockedUntil: jst("2026-12-02T11:45:00") });
    await book(b, room.slug, "2026-12-02", "12:00");
    expect(await changeBooking(a, { bookingId: id, date: "2026-12-02", start: "11:30", minutes: "60" }, NOW)).toMatchObject({ error: "netsugen.errors.slotTaken" });
    expect((await db.booking.findUniqueOrThrow({ where: { id } })).startsAt).toEqual(jst("2026-12-02T10:30:00"));
    expect((await submitBooking(b, { resource: room.slug, date: "2026-12-02", start: "10:00", minutes: "30" }, NOW)).ok).toBe(false);
    expect(await db.auditLog.count({ where: { subjectId: id, action: "booking.change" } })).toBe(1);
  });

  test("the weekly cap counts the moved booking once", async () => {
    const room = await createResource(locationId);
    const member = await createMember(planId);
    const id = await book(member, room.slug, "2026-12-08", "10:00", 120);
    expect(await changeBooking(member, { bookingId: id, date: "2026-12-09", start: "10:00", minutes: "120" }, NOW)).toMatchObject({ ok: true });
    expect(await changeBooking(member, { bookingId: id, date: "2026-12-09", start: "10:00", minutes: "135" }, NOW)).toMatchObject({ error: "netsugen.errors.weeklyLimit" });
  });

  test("a moved studio booking waits for approval again", async () => {
    const studio = await createResource(locationId, { kind: "STUDIO", requiresApproval: true, minMinutes: 60 });
    const member = await createMember(planId);
    const id = await book(member, studio.slug, "2026-12-15", "10:00");
    await db.booking.update({ where: { id }, data: { status: "CONFIRMED" } });
    expect(await changeBooking(member, { bookingId: id, date: "2026-12-15", start: "13:00", minutes: "60" }, NOW)).toMatchObject({ ok: true, data: { status: "PENDING" } });
  });

  test("nobody else may move it, and not after the deadline or outside the rules", async () => {
    const room = await createResource(locationId);
    const [a, b] = [await createMember(planId), await createMember(planId)];
    const staff = await createMember(planId, ["STAFF"], null);
    const id = await book(a, room.slug, "2026-12-03", "10:00");
    const move = { bookingId: id, date: "2026-12-03", start: "15:00", minutes: "60" };
    expect(await changeBooking(null, move, NOW)).toMatchObject({ error: "errors.signInRequired" });
    expect(await changeBooking(b, move, NOW)).toMatchObject({ error: "errors.forbidden" });
    expect(await changeBooking(staff, move, NOW)).toMatchObject({ error: "errors.forbidden" });
    expect(await changeBooking(a, move, jst("2026-12-03T09:30:00"))).toMatchObject({ error: "netsugen.errors.cancelDeadlinePassed" });
    expect(await changeBooking(a, { ...move, start: "20:30" }, NOW)).toMatchObject({ error: "netsugen.errors.endsAfterClosing" });
    expect(await changeBooking(a, { ...move, start: "21:00" }, NOW)).toMatchObject({ error: "netsugen.errors.outsideHours" });
    expect(await changeBooking(a, { ...move, userId: b.id }, NOW)).toMatchObject({ ok: false });
    expect(await changeBooking(a, { ...move, resource: "elsewhere" }, NOW)).toMatchObject({ ok: false });
    expect((await db.booking.findUniqueOrThrow({ where: { id } })).startsAt).toEqual(jst("2026-12-03T10:00:00"));
  });
});

describe("linking a booking to a co-creation project", () => {
  test("a member links a booking to a project they take part in, and no other", async () => {
    const room = await createResource(locationId);
    const [member, outsider] = [await createMember(planId), await createMember(planId)];
    const project = await db.project.create({ data: { slug: `proj-${member.id.slice(-8)}`, titleJa: "共創プロジェクト", summaryJa: "テスト" } });
    await db.projectMember.create({ data: { projectId: project.id, userId: member.id, role: "LEAD" } });
    const linked = await submitBooking(member, { resource: room.slug, date: "2026-12-16", start: "10:00", minutes: "60", project: project.slug }, NOW);
    expect(linked.ok).toBe(true);
    expect((await db.booking.findUniqueOrThrow({ where: { id: linked.ok ? linked.data.id : "" } })).projectId).toBe(project.id);
    expect(await submitBooking(outsider, { resource: room.slug, date: "2026-12-16", start: "14:00", minutes: "60", project: project.slug }, NOW)).toMatchObject({
      error: "netsugen.errors.projectNotYours",
    });
    expect((await submitBooking(outsider, { resource: room.slug, date: "2026-12-16", start: "14:00", minutes: "60", project: "" }, NOW)).ok).toBe(true);
  });
});
