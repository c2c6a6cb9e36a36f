import { beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { db, databaseKind } from "@/lib/db";
import { submitBooking, submitCancellation, submitDecision } from "@/lib/netsugen/commands";
import { createMember, createNetsugenLocation, createPlan, createResource } from "./netsugen-factories";
import { createTestUser } from "./factories";

// Tuesday 1 December 2026, 09:00 in Tokyo (00:00 UTC). Every call passes it as "now".
const NOW = new Date("2026-12-01T09:00:00+09:00");
const jst = (iso: string) => new Date(`${iso}+09:00`).toISOString();

let locationId: string;
let room: { slug: string; id: string };
let planId: string;

beforeAll(async () => {
  locationId = (await createNetsugenLocation()).id;
  room = await createResource(locationId, { bufferAfterMinutes: 15 });
  planId = (await createPlan()).id;
});

const form = (slug: string, date: string, start: string, minutes: number, extra: Record<string, string> = {}) => ({
  resource: slug,
  date,
  start,
  minutes: String(minutes),
  ...extra,
});

const activeOn = (resourceId: string) => db.booking.count({ where: { resourceId, status: { in: ["PENDING", "CONFIRMED"] } } });

describe("no double booking, even under a race", () => {
  test("50 members try overlapping slots of one room at once: exactly one succeeds", async () => {
    const target = await createResource(locationId, { bufferAfterMinutes: 15 });
    const members = await Promise.all(Array.from({ length: 50 }, () => createMember(planId)));
    // Every attempt overlaps every other: starts between 13:00 and 13:45, each for two hours.
    const starts = ["13:00", "13:15", "13:30", "13:45"];
    const started = performance.now();
    const results = await Promise.all(members.map((m, i) => submitBooking(m, form(target.slug, "2026-12-02", starts[i % 4]!, 120), NOW)));
    const elapsed = Math.round(performance.now() - started);
    const succeeded = results.filter((r) => r.ok).length;
    const taken = results.filter((r) => !r.ok && r.error === "netsugen.errors.slotTaken").length;
    console.info(`[netsugen race on ${databaseKind()}] 50 attempts: ${succeeded} succeeded, ${taken} told "slot just taken", ${50 - succeeded - taken} other, in ${elapsed} ms`);
    expect(succeeded).toBe(1);
    expect(taken).toBe(49);
    expect(await activeOn(target.id)).toBe(1);
    const loser = results.find((r) => !r.ok);
    expect(loser && !loser.ok && loser.alternatives?.length).toBeGreaterThan(0);
  });

  test("the nearest free slots offered after a clash are really free", async () => {
    const target = await createResource(locationId, { bufferAfterMinutes: 15 });
    const [first, second] = [await createMember(planId), await createMember(planId)];
    expect((await submitBooking(first, form(target.slug, "2026-12-03", "11:00", 60), NOW)).ok).toBe(true);
    const clash = await submitBooking(second, form(target.slug, "2026-12-03", "11:30", 60), NOW);
    expect(clash).toMatchObject({ ok: false, error: "netsugen.errors.slotTaken" });
    const alternatives = !clash.ok ? clash.alternatives ?? [] : [];
    // 10:00 would run into 11:00 with its own 15 minutes of tidying; 12:15 is the first free start.
    expect(alternatives.map((a) => a.startsAt)).toEqual([jst("2026-12-03T12:15:00"), jst("2026-12-03T12:30:00"), jst("2026-12-03T12:45:00")]);
    const retry = await submitBooking(second, form(target.slug, "2026-12-03", "12:15", 60), NOW);
    expect(retry.ok).toBe(true);
  });

  test("back-to-back bookings are allowed; the buffer is kept", async () => {
    const noBuffer = await createResource(locationId);
    const [a, b, c] = [await createMember(planId), await createMember(planId), await createMember(planId)];
    expect((await submitBooking(a, form(noBuffer.slug, "2026-12-04", "10:00", 60), NOW)).ok).toBe(true);
    expect((await submitBooking(b, form(noBuffer.slug, "2026-12-04", "11:00", 60), NOW)).ok).toBe(true);
    // Room A keeps 15 minutes after each booking: 11:00 clashes, 11:15 is back to back with the buffer.
    expect((await submitBooking(a, form(room.slug, "2026-12-04", "10:00", 60), NOW)).ok).toBe(true);
    expect(await submitBooking(b, form(room.slug, "2026-12-04", "11:00", 60), NOW)).toMatchObject({ error: "netsugen.errors.slotTaken" });
    expect((await submitBooking(c, form(room.slug, "2026-12-04", "11:15", 60), NOW)).ok).toBe(true);
  });

  test("a cancelled booking frees its slot", async () => {
    const [a, b] = [await createMember(planId), await createMember(planId)];
    const first = await submitBooking(a, form(room.slug, "2026-12-07", "15:00", 60), NOW);
    expect(first.ok).toBe(true);
    expect(await submitBooking(b, form(room.slug, "2026-12-07", "15:00", 60), NOW)).toMatchObject({ error: "netsugen.errors.slotTaken" });
    expect(await submitCancellation(a, { bookingId: first.ok ? first.data.id : "" }, NOW)).toMatchObject({ ok: true });
    expect((await submitBooking(b, form(room.slug, "2026-12-07", "15:00", 60), NOW)).ok).toBe(true);
    const audit = await db.auditLog.findMany({ where: { subjectType: "Booking", subjectId: first.ok ? first.data.id : "" }, orderBy: { id: "asc" } });
    expect(audit.map((e) => e.action)).toEqual(["booking.create", "booking.cancel"]);
  });

  test("the same form sent twice books once", async () => {
    const a = await createMember(planId);
    const key = "retry-key-0001";
    const [one, two] = await Promise.all([
      submitBooking(a, form(room.slug, "2026-12-08", "10:00", 30, { clientKey: key }), NOW),
      submitBooking(a, form(room.slug, "2026-12-08", "10:00", 30, { clientKey: key }), NOW),
    ]);
    expect(one).toMatchObject({ ok: true });
    expect(two).toMatchObject({ ok: true });
    expect(one.ok && one.data.id).toBe(two.ok && two.data.id);
    expect(await db.booking.count({ where: { userId: a.id } })).toBe(1);
  });
});

describe("fairness caps hold under concurrency", () => {
  test("at most N future bookings, however many requests arrive at once", async () => {
    const capped = await createPlan({ maxFutureBookings: 3 });
    const member = await createMember(capped.id);
    const rooms = await Promise.all(Array.from({ length: 10 }, () => createResource(locationId)));
    const results = await Promise.all(rooms.map((r) => submitBooking(member, form(r.slug, "2026-12-09", "10:00", 30), NOW)));
    console.info(`[netsugen caps on ${databaseKind()}] 10 parallel requests, cap 3: ${results.filter((r) => r.ok).length} booked`);
    expect(results.filter((r) => r.ok)).toHaveLength(3);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.error)).toEqual(Array(7).fill("netsugen.errors.tooManyBookings"));
    expect(await db.booking.count({ where: { userId: member.id } })).toBe(3);
  });

  test("at most M room minutes a week, however many requests arrive at once", async () => {
    const capped = await createPlan({ maxRoomMinutesPerWeek: 180 });
    const member = await createMember(capped.id);
    const rooms = await Promise.all(Array.from({ length: 6 }, () => createResource(locationId)));
    // Monday 14 to Friday 18 December is one week; 6 × 60 minutes asked, 180 allowed.
    const days = ["2026-12-14", "2026-12-15", "2026-12-16", "2026-12-17", "2026-12-18", "2026-12-18"];
    const results = await Promise.all(rooms.map((r, i) => submitBooking(member, form(r.slug, days[i]!, "14:00", 60), NOW)));
    expect(results.filter((r) => r.ok)).toHaveLength(3);
    expect(new Set(results.filter((r) => !r.ok).map((r) => !r.ok && r.error))).toEqual(new Set(["netsugen.errors.weeklyLimit"]));
    // The next week has its own allowance.
    expect((await submitBooking(member, form(rooms[0]!.slug, "2026-12-21", "14:00", 60), NOW)).ok).toBe(true);
  });

  test("a suspended member cannot book", async () => {
    const member = await createMember(planId);
    await db.membership.updateMany({ where: { holderId: member.id }, data: { bookingSuspendedUntil: new Date("2026-12-15T00:00:00Z") } });
    expect(await submitBooking(member, form(room.slug, "2026-12-10", "10:00", 60), NOW)).toMatchObject({ error: "netsugen.errors.bookingSuspended" });
  });
});

describe("approval for the studio and the seminar space", () => {
  test("a pending request holds the slot; staff approve it, or decline it with a reason", async () => {
    const studio = await createResource(locationId, { kind: "STUDIO", requiresApproval: true, minMinutes: 60, maxMinutes: 240, bufferBeforeMinutes: 30, bufferAfterMinutes: 30 });
    const [a, b] = [await createMember(planId), await createMember(planId)];
    const staffUser = await createTestUser(["STAFF"]);
    const staff: Actor = { id: staffUser.id, roles: staffUser.roles };

    const request = await submitBooking(a, form(studio.slug, "2026-12-10", "13:00", 120), NOW);
    expect(request).toMatchObject({ ok: true, data: { status: "PENDING" } });
    const id = request.ok ? request.data.id : "";
    // The studio keeps 30 minutes either side: 15:00–16:00 would start inside the 15:30 buffer.
    expect(await submitBooking(b, form(studio.slug, "2026-12-10", "15:00", 60), NOW)).toMatchObject({ error: "netsugen.errors.slotTaken" });

    expect(await submitDecision(a, { bookingId: id, decision: "approve" })).toMatchObject({ error: "errors.forbidden" });
    expect(await submitDecision(staff, { bookingId: id, decision: "decline", reason: "" })).toMatchObject({ ok: false });
    expect(await submitDecision(staff, { bookingId: id, decision: "approve" })).toMatchObject({ ok: true });
    expect(await submitDecision(staff, { bookingId: id, decision: "decline", reason: "二重判断" })).toMatchObject({ error: "netsugen.errors.notPending" });
    expect(await db.booking.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "CONFIRMED", decidedById: staff.id });

    const second = await submitBooking(b, form(studio.slug, "2026-12-11", "13:00", 120), NOW);
    const secondId = second.ok ? second.data.id : "";
    expect(await submitDecision(staff, { bookingId: secondId, decision: "decline", reason: "機材点検のため" })).toMatchObject({ ok: true });
    expect(await db.booking.findUniqueOrThrow({ where: { id: secondId } })).toMatchObject({ status: "DECLINED", decisionNote: "機材点検のため" });
    // A declined request no longer holds the slot.
    expect((await submitBooking(a, form(studio.slug, "2026-12-11", "13:00", 120), NOW)).ok).toBe(true);
  });
});
