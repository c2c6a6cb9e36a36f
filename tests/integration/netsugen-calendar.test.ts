import { beforeAll, describe, expect, test } from "vitest";
import { GET as getFeed } from "@/app/api/v1/netsugen/calendar/[token]/route";
import type { Actor } from "@/lib/auth/roles";
import { bookingCalendar, feedToken, verifyFeedToken } from "@/lib/netsugen/calendar-feed";
import { submitBooking } from "@/lib/netsugen/commands";
import { createMember, createNetsugenLocation, createPlan, createResource } from "./netsugen-factories";

const NOW = new Date("2026-12-01T09:00:00+09:00");
let member: Actor;
let other: Actor;
let bookingId: string;

beforeAll(async () => {
  const location = await createNetsugenLocation();
  const room = await createResource(location.id);
  const planId = (await createPlan()).id;
  [member, other] = [await createMember(planId), await createMember(planId)];
  const booked = await submitBooking(member, { resource: room.slug, date: "2026-12-02", start: "10:00", minutes: "60" }, NOW);
  bookingId = booked.ok ? booked.data.id : "";
});

const feed = (token: string) => getFeed(new Request(`http://test/api/v1/netsugen/calendar/${token}`), { params: Promise.resolve({ token }) });

describe("iCal feed and .ics files", () => {
  test("the signed feed lists the member's bookings", async () => {
    const response = await feed(`${feedToken(member.id)}.ics`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/calendar");
    const body = await response.text();
    expect(body).toContain(`UID:booking-${bookingId}@netsugen.yukemuri`);
    expect(body).toContain("DTSTART:20261202T010000Z");
  });

  test.each([
    ["another member's id with this member's signature", () => `${other.id}.${feedToken(member.id).split(".")[1]}`],
    ["no signature", () => member.id],
    ["a made-up signature", () => `${member.id}.${"A".repeat(32)}`],
    ["an oversized token", () => "x".repeat(10_000)],
  ])("%s is refused", async (_label, token) => {
    expect(verifyFeedToken(token())).toBeNull();
    expect((await feed(token())).status).toBe(404);
  });

  test("a booking's .ics is for its owner only", async () => {
    expect(await bookingCalendar(member.id, bookingId)).toContain("BEGIN:VEVENT");
    expect(await bookingCalendar(other.id, bookingId)).toBeNull();
    expect(await bookingCalendar(member.id, "../../etc")).toBeNull();
  });
});
