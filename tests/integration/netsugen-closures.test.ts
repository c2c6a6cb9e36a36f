import { beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { addClosure, removeClosure } from "@/lib/netsugen/closures";
import { submitBooking } from "@/lib/netsugen/commands";
import { getSpaceAvailability, getWeekAvailability } from "@/lib/netsugen/queries";
import { createMember, createNetsugenLocation, createPlan, createResource } from "./netsugen-factories";

const NOW = new Date("2026-12-01T09:00:00+09:00");
let staff: Actor;
let member: Actor;
let slug: string;

beforeAll(async () => {
  const location = await createNetsugenLocation("netsugen-32f");
  slug = (await createResource(location.id)).slug;
  const planId = (await createPlan()).id;
  staff = await createMember(planId, ["STAFF"], null);
  member = await createMember(planId);
});

describe("closures", () => {
  test("a closure stops bookings on its days and shows in the availability; removing it reopens", async () => {
    const booked = await submitBooking(member, { resource: slug, date: "2026-12-29", start: "11:00", minutes: "60" }, NOW);
    expect(booked.ok).toBe(true);
    const added = await addClosure(staff, { from: "2026-12-29", to: "2027-01-03", reasonJa: "年末年始休館", reasonEn: "Year-end closure" });
    expect(added).toMatchObject({ ok: true, data: { affectedBookings: 1 } });

    expect(await submitBooking(member, { resource: slug, date: "2026-12-30", start: "10:00", minutes: "60" }, NOW)).toMatchObject({ error: "netsugen.errors.outsideHours" });
    const day = await getSpaceAvailability(slug, "2027-01-03");
    expect(day?.day.open).toEqual([]);
    expect(day?.day.closures[0]?.reasonJa).toBe("年末年始休館");
    expect((await getSpaceAvailability(slug, "2026-12-28"))?.free).toHaveLength(1);
    // The week view: Monday 28th open, then closed from the 29th; the 29th's booking is not "free".
    const week = await getWeekAvailability(slug, "2026-12-28");
    expect(week?.map((d) => [d.dateKey, d.open])).toEqual([
      ["2026-12-28", true],
      ["2026-12-29", false],
      ["2026-12-30", false],
      ["2026-12-31", false],
      ["2027-01-01", false],
      ["2027-01-02", false],
      ["2027-01-03", false],
    ]);

    expect(await removeClosure(staff, added.ok ? added.data.id : "")).toMatchObject({ ok: true });
    expect((await submitBooking(member, { resource: slug, date: "2026-12-30", start: "10:00", minutes: "60" }, NOW)).ok).toBe(true);
  });

  test.each([
    ["the last day before the first", { from: "2026-12-10", to: "2026-12-09", reasonJa: "点検" }, "netsugen.errors.closureOrder"],
    ["more than a year", { from: "2026-12-10", to: "2028-01-01", reasonJa: "点検" }, "netsugen.errors.closureTooLong"],
    ["no reason", { from: "2026-12-10", to: "2026-12-10", reasonJa: "" }, "errors.required"],
    ["a bad date", { from: "2026-02-30", to: "2026-03-01", reasonJa: "点検" }, "netsugen.errors.invalidDate"],
    ["an extra field", { from: "2026-12-10", to: "2026-12-10", reasonJa: "点検", locationId: "elsewhere" }, "netsugen.errors.unexpectedField"],
  ])("%s is refused", async (_label, input, error) => {
    const before = await db.closure.count();
    expect(await addClosure(staff, input)).toMatchObject({ ok: false, error });
    expect(await db.closure.count()).toBe(before);
  });

  test("only staff and admins manage closures", async () => {
    const input = { from: "2026-12-10", to: "2026-12-10", reasonJa: "点検" };
    expect(await addClosure(null, input)).toMatchObject({ error: "errors.signInRequired" });
    expect(await addClosure(member, input)).toMatchObject({ error: "errors.forbidden" });
    expect(await removeClosure(member, "whatever00000")).toMatchObject({ error: "errors.forbidden" });
    expect(await removeClosure(staff, "nosuchclosure0")).toMatchObject({ error: "netsugen.errors.closureNotFound" });
  });
});
