import { beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { submitBooking } from "@/lib/netsugen/commands";
import { releaseNoShows } from "@/lib/netsugen/no-shows";
import { createMember, createNetsugenLocation, createPlan, createResource } from "./netsugen-factories";

const at = (iso: string) => new Date(`${iso}+09:00`);
const BOOKED_AT = at("2026-12-01T09:00:00");

let locationId: string;
let planId: string;

beforeAll(async () => {
  locationId = (await createNetsugenLocation()).id;
  planId = (await createPlan()).id;
});

async function book(member: Actor, slug: string, date: string, start: string) {
  const result = await submitBooking(member, { resource: slug, date, start, minutes: "60" }, BOOKED_AT);
  if (!result.ok) throw new Error(result.error);
  return result.data.id;
}

describe("no-shows", () => {
  test("a booking with no check-in within 15 minutes is released, and the slot can be booked again", async () => {
    const room = await createResource(locationId);
    const [a, b] = [await createMember(planId), await createMember(planId)];
    const id = await book(a, room.slug, "2026-12-02", "10:00");
    expect(await releaseNoShows(at("2026-12-02T10:15:00"))).toEqual({ released: 0, suspended: 0 });
    expect((await releaseNoShows(at("2026-12-02T10:16:00"))).released).toBe(1);
    expect(await db.booking.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "NO_SHOW" });
    // Booking later that morning: 10:30 is free again.
    expect((await submitBooking(b, { resource: room.slug, date: "2026-12-02", start: "10:30", minutes: "30" }, at("2026-12-02T10:20:00"))).ok).toBe(true);
  });

  test.each([
    ["checked in before the start and still here", "2026-12-03T09:50:00", null, "CONFIRMED"],
    ["checked in 10 minutes late", "2026-12-03T10:10:00", null, "CONFIRMED"],
    ["checked in 20 minutes late", "2026-12-03T10:20:00", null, "NO_SHOW"],
    ["left before the booking started", "2026-12-03T08:00:00", "2026-12-03T09:00:00", "NO_SHOW"],
  ])("a member who %s → %s", async (_label, inAt, outAt, status) => {
    const room = await createResource(locationId);
    const member = await createMember(planId);
    const id = await book(member, room.slug, "2026-12-03", "10:00");
    await db.checkIn.create({ data: { userId: member.id, locationId, checkedInAt: new Date(`${inAt}+09:00`), checkedOutAt: outAt ? new Date(`${outAt}+09:00`) : null } });
    await releaseNoShows(at("2026-12-03T10:30:00"));
    expect((await db.booking.findUniqueOrThrow({ where: { id } })).status).toBe(status);
  });

  test("three no-shows in 30 days suspend booking for two weeks", async () => {
    const room = await createResource(locationId);
    const member = await createMember(planId);
    for (const date of ["2026-12-07", "2026-12-08", "2026-12-09"]) {
      await book(member, room.slug, date, "10:00");
      await releaseNoShows(new Date(`${date}T11:00:00+09:00`));
    }
    const membership = await db.membership.findFirstOrThrow({ where: { holderId: member.id } });
    expect(membership.bookingSuspendedUntil?.toISOString()).toBe(at("2026-12-23T11:00:00").toISOString());
    expect(await submitBooking(member, { resource: room.slug, date: "2026-12-10", start: "10:00", minutes: "60" }, at("2026-12-09T12:00:00"))).toMatchObject({
      error: "netsugen.errors.bookingSuspended",
    });
    expect(await db.auditLog.count({ where: { action: "membership.booking_suspended", subjectId: membership.id } })).toBe(1);
  });

  test("releasing twice at once releases once", async () => {
    const room = await createResource(locationId);
    const member = await createMember(planId);
    await book(member, room.slug, "2026-12-14", "10:00");
    const results = await Promise.all([releaseNoShows(at("2026-12-14T10:30:00")), releaseNoShows(at("2026-12-14T10:30:00"))]);
    expect(results.reduce((s, r) => s + r.released, 0)).toBe(1);
  });
});
