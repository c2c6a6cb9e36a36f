import { beforeAll, describe, expect, test } from "vitest";
import type { Actor, Role } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { submitBooking, submitCancellation, submitDecision } from "@/lib/netsugen/commands";
import { createMember, createNetsugenLocation, createPlan, createResource } from "./netsugen-factories";

const NOW = new Date("2026-12-01T09:00:00+09:00");
// Known before the tables of cases are built, which happens before beforeAll runs.
const ROOM_SLUG = "access-room";

let studio: { slug: string; id: string };
let planId: string;
let member: Actor;
let otherMember: Actor;
const actors: Record<string, Actor | null> = {};

const form = (date: string, start: string, minutes: number | string, extra: Record<string, unknown> = {}) => ({
  resource: ROOM_SLUG,
  date,
  start,
  minutes: String(minutes),
  ...extra,
});

async function unchanged<T>(run: () => Promise<T>): Promise<T> {
  const [bookings, audit] = [await db.booking.count(), await db.auditLog.count()];
  const result = await run();
  expect(await db.booking.count()).toBe(bookings);
  expect(await db.auditLog.count()).toBe(audit);
  return result;
}

beforeAll(async () => {
  const location = await createNetsugenLocation();
  await createResource(location.id, { bufferAfterMinutes: 15, slug: ROOM_SLUG });
  studio = await createResource(location.id, { kind: "STUDIO", requiresApproval: true, minMinutes: 60, maxMinutes: 240 });
  planId = (await createPlan()).id;
  member = await createMember(planId);
  otherMember = await createMember(planId);
  const roles: [string, Role[]][] = [
    ["resident", ["RESIDENT"]],
    ["facilitator", ["FACILITATOR"]],
    ["staff", ["STAFF"]],
    ["admin", ["ADMIN", "STAFF"]],
  ];
  actors.anonymous = null;
  for (const [name, r] of roles) actors[name] = await createMember(planId, r, null);
  actors.member = member;
});

describe("who may do what", () => {
  // [role, may book, may cancel someone else's booking, may decide a pending request]
  test.each([
    ["anonymous", "errors.signInRequired", "errors.signInRequired", "errors.signInRequired"],
    ["resident", "errors.forbidden", "errors.forbidden", "errors.forbidden"],
    ["member", true, "errors.forbidden", "errors.forbidden"],
    ["facilitator", "errors.forbidden", "errors.forbidden", "errors.forbidden"],
    ["staff", "errors.forbidden", true, true],
    ["admin", "errors.forbidden", true, true],
  ])("%s: book %s, cancel another's %s, decide %s", async (name, book, cancel, decide) => {
    const actor = actors[name]!;
    const outcome = (r: { ok: boolean; error?: string }) => (r.ok ? true : r.error);
    const day = { anonymous: "2026-12-02", resident: "2026-12-03", member: "2026-12-04", facilitator: "2026-12-07", staff: "2026-12-08", admin: "2026-12-09" }[name]!;
    expect(outcome(await submitBooking(actor, form(day, "10:00", 60), NOW))).toBe(book);

    const theirs = await submitBooking(otherMember, form(day, "14:00", 60), NOW);
    expect(theirs.ok).toBe(true);
    const theirId = theirs.ok ? theirs.data.id : "";
    expect(outcome(await submitCancellation(actor, { bookingId: theirId }, NOW))).toBe(cancel);

    const pending = await submitBooking(otherMember, { ...form(day, "16:00", 60), resource: studio.slug }, NOW);
    expect(pending).toMatchObject({ ok: true, data: { status: "PENDING" } });
    expect(outcome(await submitDecision(actor, { bookingId: pending.ok ? pending.data.id : "", decision: "approve" }))).toBe(decide);
  });

  test("a member without an active membership cannot book", async () => {
    const applicant = await createMember(planId, ["RESIDENT", "MEMBER"], "APPLIED");
    const ended = await createMember(planId, ["RESIDENT", "MEMBER"], "ENDED");
    for (const actor of [applicant, ended]) {
      expect(await unchanged(() => submitBooking(actor, form("2026-12-10", "10:00", 60), NOW))).toMatchObject({ error: "netsugen.errors.noActiveMembership" });
    }
  });

  test("a member cannot cancel after the deadline, but staff can", async () => {
    const booking = await submitBooking(member, form("2026-12-01", "10:00", 60), NOW);
    const id = booking.ok ? booking.data.id : "";
    const late = new Date("2026-12-01T09:30:00+09:00");
    expect(await unchanged(() => submitCancellation(member, { bookingId: id }, late))).toMatchObject({ error: "netsugen.errors.cancelDeadlinePassed" });
    expect(await submitCancellation(actors.staff!, { bookingId: id }, late)).toMatchObject({ ok: true });
    expect(await submitCancellation(actors.staff!, { bookingId: id }, late)).toMatchObject({ error: "netsugen.errors.notCancellable" });
  });
});

describe("bad, hostile and oversized input changes nothing", () => {
  test.each([
    ["running past closing", form("2026-12-02", "20:30", 60), "netsugen.errors.endsAfterClosing"],
    ["after closing", form("2026-12-02", "21:00", 60), "netsugen.errors.outsideHours"],
    ["before opening", form("2026-12-02", "09:00", 60), "netsugen.errors.outsideHours"],
    ["a Saturday past 18:00", form("2026-12-05", "17:30", 60), "netsugen.errors.endsAfterClosing"],
    ["in the past", form("2026-11-30", "10:00", 60), "netsugen.errors.inPast"],
    ["earlier today", form("2026-12-01", "08:00", 60), "netsugen.errors.inPast"],
    ["longer than allowed", form("2026-12-02", "10:00", 240), "netsugen.errors.tooLong"],
    ["shorter than allowed", form("2026-12-02", "10:00", 15), "netsugen.errors.tooShort"],
    ["off the 15-minute grid", form("2026-12-02", "10:05", 60), "netsugen.errors.notOnStep"],
    ["a length off the grid", form("2026-12-02", "10:00", 50), "netsugen.errors.notOnStep"],
    ["too far ahead", form("2027-02-01", "10:00", 60), "netsugen.errors.tooFarAhead"],
    ["an impossible date", form("2026-02-30", "10:00", 60), "netsugen.errors.invalidDate"],
    ["a date with a time zone", form("2026-12-02T10:00:00Z", "10:00", 60), "netsugen.errors.invalidDate"],
    ["a time with a time zone", form("2026-12-02", "10:00+09:00", 60), "netsugen.errors.invalidTime"],
    ["an ISO instant as the time", form("2026-12-02", "2026-12-02T01:00:00.000Z", 60), "netsugen.errors.invalidTime"],
    ["24:00", form("2026-12-02", "24:00", 60), "netsugen.errors.invalidTime"],
    ["a negative length", form("2026-12-02", "10:00", -60), "netsugen.errors.invalidDuration"],
    ["a fractional length", form("2026-12-02", "10:00", "60.5"), "netsugen.errors.invalidDuration"],
    ["a huge length", form("2026-12-02", "10:00", "1e9"), "netsugen.errors.invalidDuration"],
    ["a length that is not a number", form("2026-12-02", "10:00", "abc"), "netsugen.errors.invalidDuration"],
    ["an unknown room", { ...form("2026-12-02", "10:00", 60), resource: "no-such-room" }, "netsugen.errors.unknownResource"],
    ["a slug with SQL in it", { ...form("2026-12-02", "10:00", 60), resource: "x'; DROP TABLE \"Booking\"; --" }, "netsugen.errors.unknownResource"],
    ["an oversized purpose", form("2026-12-02", "10:00", 60, { purpose: "あ".repeat(201) }), "errors.tooLong"],
    ["markup in the purpose", form("2026-12-02", "10:00", 60, { purpose: "<script>alert(1)</script>" }), "errors.markupNotAllowed"],
    ["a megabyte of date", form("x".repeat(1_000_000), "10:00", 60), "netsugen.errors.invalidDate"],
    ["a missing field", { resource: "meeting-room-a", date: "2026-12-02", minutes: "60" }, "netsugen.errors.invalidTime"],
    ["not an object at all", "resource=meeting-room-a", "errors.checkFields"],
  ])("%s", async (_label, input, error) => {
    const result = await unchanged(() => submitBooking(member, input, NOW));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toBe(error);
  });

  test("booking for another member: a forged userId is refused, not ignored", async () => {
    const result = await unchanged(() => submitBooking(member, form("2026-12-02", "10:00", 60, { userId: otherMember.id }), NOW));
    expect(result).toMatchObject({ ok: false, error: "netsugen.errors.unexpectedField" });
  });

  test("cancelling another member's booking, or a made-up one, is refused", async () => {
    const theirs = await submitBooking(otherMember, form("2026-12-11", "10:00", 60), NOW);
    const id = theirs.ok ? theirs.data.id : "";
    expect(await unchanged(() => submitCancellation(member, { bookingId: id }, NOW))).toMatchObject({ error: "errors.forbidden" });
    expect(await unchanged(() => submitCancellation(member, { bookingId: "doesnotexist0000" }, NOW))).toMatchObject({ error: "netsugen.errors.bookingNotFound" });
    expect(await unchanged(() => submitCancellation(member, { bookingId: "../../etc/passwd" }, NOW))).toMatchObject({ error: "netsugen.errors.bookingNotFound" });
    expect(await db.booking.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "CONFIRMED" });
  });

  test("a decision without a known choice is refused", async () => {
    const result = await unchanged(() => submitDecision(actors.staff!, { bookingId: "doesnotexist0000", decision: "maybe" }));
    expect(result).toMatchObject({ ok: false, error: "errors.invalidChoice" });
  });
});
