import { beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { submitBooking, submitCancellation } from "@/lib/netsugen/commands";
import { findFirstBookableDate, getWeekAvailability, listMyBookings } from "@/lib/netsugen/queries";
import { createMember, createNetsugenLocation, createPlan, createResource } from "./netsugen-factories";

// Tuesday 1 December 2026 in Tokyo. Weekdays are open 10:00–21:00, weekends and holidays 10:00–18:00.
const at = (iso: string) => new Date(`${iso}+09:00`);

let locationId: string;
let planId: string;
let member: Actor;

beforeAll(async () => {
  locationId = (await createNetsugenLocation()).id;
  planId = (await createPlan()).id;
  member = await createMember(planId);
});

describe("the booking page opens on a day that can still be booked", () => {
  test("today while the shortest booking still fits, otherwise the next open day", async () => {
    const room = await createResource(locationId, { minMinutes: 60 });
    expect(await findFirstBookableDate(room.slug, at("2026-12-01T09:00:00"))).toBe("2026-12-01");
    expect(await findFirstBookableDate(room.slug, at("2026-12-01T19:55:00"))).toBe("2026-12-01");
    // At 20:05 an hour no longer fits before 21:00.
    expect(await findFirstBookableDate(room.slug, at("2026-12-01T20:05:00"))).toBe("2026-12-02");
  });

  test("a fully booked day is skipped, and closures count", async () => {
    const room = await createResource(locationId, { minMinutes: 60, maxMinutes: 660 });
    const booked = await submitBooking(member, { resource: room.slug, date: "2026-12-02", start: "10:00", minutes: "660" }, at("2026-12-01T09:00:00"));
    expect(booked).toMatchObject({ ok: true });
    await db.closure.create({ data: { locationId, startsAt: at("2026-12-03T00:00:00"), endsAt: at("2026-12-04T00:00:00"), reasonJa: "点検", reasonEn: "Maintenance" } });
    expect(await findFirstBookableDate(room.slug, at("2026-12-01T20:30:00"))).toBe("2026-12-04");
  });

  test("nothing bookable within the advance window gives no date, and an unknown space none either", async () => {
    const room = await createResource(locationId, { minMinutes: 60, advanceDays: 0 });
    expect(await findFirstBookableDate(room.slug, at("2026-12-01T20:30:00"))).toBeNull();
    expect(await findFirstBookableDate("no-such-space", at("2026-12-01T09:00:00"))).toBeNull();
  });
});

describe("times already past are not offered as free", () => {
  test("the week view starts today's free time at the present moment", async () => {
    const room = await createResource(locationId);
    const week = await getWeekAvailability(room.slug, "2026-12-01", at("2026-12-01T15:20:00"));
    expect(week?.[0]?.free).toEqual([{ start: at("2026-12-01T15:20:00"), end: at("2026-12-01T21:00:00") }]);
    expect(week?.[1]?.free).toEqual([{ start: at("2026-12-02T10:00:00"), end: at("2026-12-02T21:00:00") }]);
  });
});

describe("a member's bookings", () => {
  test("a cancelled future booking stays among the upcoming ones, marked as cancelled; the past keeps the last 30 days", async () => {
    const room = await createResource(locationId);
    const someone = await createMember(planId);
    const now = at("2026-12-01T09:00:00");
    const kept = await submitBooking(someone, { resource: room.slug, date: "2026-12-08", start: "10:00", minutes: "60" }, now);
    const dropped = await submitBooking(someone, { resource: room.slug, date: "2026-12-10", start: "10:00", minutes: "60" }, now);
    if (!kept.ok || !dropped.ok) throw new Error("setup bookings were refused");
    expect(await submitCancellation(someone, { bookingId: dropped.data.id }, now)).toMatchObject({ ok: true });

    const { upcoming, past } = await listMyBookings(someone.id, now);
    expect(upcoming.map((b) => [b.id, b.status])).toEqual([
      [kept.data.id, "CONFIRMED"],
      [dropped.data.id, "CANCELLED"],
    ]);
    expect(past).toEqual([]);

    const later = await listMyBookings(someone.id, at("2026-12-09T09:00:00"));
    expect(later.upcoming.map((b) => b.id)).toEqual([dropped.data.id]);
    expect(later.past.map((b) => b.id)).toEqual([kept.data.id]);
  });
});
