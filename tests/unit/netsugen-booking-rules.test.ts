import { describe, expect, test } from "vitest";
import { dayAvailability, freeFrom, nearestFreeSlots, possibleStarts } from "@/lib/netsugen/rules/availability";
import { blockedRange, cancelVerdict, checkBookingRequest, type ResourceRules } from "@/lib/netsugen/rules/booking";
import { hoursOn, type RegularHours } from "@/lib/netsugen/rules/opening-hours";

const HOURS: RegularHours[] = [
  { dayType: "WEEKDAY", opensMinute: 600, closesMinute: 1260 },
  { dayType: "WEEKEND_OR_HOLIDAY", opensMinute: 600, closesMinute: 1080 },
];
// Meeting room A of the demo seed: 30 min–3 h, 15 min to tidy up, 30 days ahead, cancel 60 min before.
const ROOM: ResourceRules = {
  minMinutes: 30,
  maxMinutes: 180,
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 15,
  advanceDays: 30,
  requiresApproval: false,
  cancelDeadlineMinutes: 60,
};
const STUDIO: ResourceRules = { ...ROOM, minMinutes: 60, maxMinutes: 240, bufferBeforeMinutes: 30, bufferAfterMinutes: 30, requiresApproval: true };
const jst = (iso: string) => new Date(`${iso}+09:00`);
// "Now" is Tuesday 1 December 2026, 09:00 JST (00:00 UTC, so a UTC-based day would be right by luck only until 09:00).
const NOW = jst("2026-12-01T09:00:00");

function check(from: string, to: string, rules: ResourceRules = ROOM, now: Date = NOW) {
  const startsAt = jst(from);
  const day = hoursOn(from.slice(0, 10), HOURS, []);
  const result = checkBookingRequest({ startsAt, endsAt: jst(to) }, rules, day, now);
  return result.ok ? result.status : result.error;
}

describe("booking rules", () => {
  test.each([
    ["2026-12-01T10:00:00", "2026-12-01T11:00:00", "CONFIRMED", "an hour on a weekday"],
    ["2026-12-01T10:00:00", "2026-12-01T10:30:00", "CONFIRMED", "the minimum length"],
    ["2026-12-01T10:00:00", "2026-12-01T13:00:00", "CONFIRMED", "the maximum length"],
    ["2026-12-01T18:00:00", "2026-12-01T21:00:00", "CONFIRMED", "until closing on a weekday"],
    ["2026-12-01T10:00:00", "2026-12-01T10:15:00", "netsugen.errors.tooShort", "shorter than the minimum"],
    ["2026-12-01T10:00:00", "2026-12-01T13:15:00", "netsugen.errors.tooLong", "longer than the maximum"],
    ["2026-12-01T10:10:00", "2026-12-01T11:10:00", "netsugen.errors.notOnStep", "off the 15-minute grid"],
    ["2026-12-01T10:00:30", "2026-12-01T11:00:30", "netsugen.errors.notOnStep", "seconds are not allowed"],
    ["2026-12-01T11:00:00", "2026-12-01T10:00:00", "netsugen.errors.endBeforeStart", "ends before it starts"],
    ["2026-12-01T10:00:00", "2026-12-01T10:00:00", "netsugen.errors.endBeforeStart", "no length at all"],
    ["2026-12-01T20:30:00", "2026-12-01T21:30:00", "netsugen.errors.endsAfterClosing", "starts open, runs past 21:00"],
    ["2026-12-05T17:00:00", "2026-12-05T19:00:00", "netsugen.errors.endsAfterClosing", "a Saturday closes at 18:00"],
    ["2026-12-05T18:00:00", "2026-12-05T19:00:00", "netsugen.errors.outsideHours", "a Saturday, starting at closing time"],
    ["2026-12-02T08:00:00", "2026-12-02T10:00:00", "netsugen.errors.outsideHours", "starts before opening"],
    ["2026-12-05T16:00:00", "2026-12-05T18:00:00", "CONFIRMED", "a Saturday until 18:00"],
    ["2026-12-31T10:00:00", "2026-12-31T11:00:00", "CONFIRMED", "the 30th day ahead"],
    ["2027-01-01T10:00:00", "2027-01-01T11:00:00", "netsugen.errors.tooFarAhead", "the 31st day ahead"],
    ["2026-12-01T23:00:00", "2026-12-02T00:30:00", "netsugen.errors.outsideHours", "across midnight"],
  ])("%s–%s → %s (%s)", (from, to, expected) => {
    expect(check(from, to)).toBe(expected);
  });

  test.each([
    ["2026-12-01T10:00:00", "netsugen.errors.inPast"],
    ["2026-12-01T10:15:00", "CONFIRMED"],
  ])("at 10:05 a booking starting %s → %s", (from, expected) => {
    const end = new Date(jst(from).getTime() + 3_600_000);
    const day = hoursOn("2026-12-01", HOURS, []);
    const result = checkBookingRequest({ startsAt: jst(from), endsAt: end }, ROOM, day, jst("2026-12-01T10:05:00"));
    expect(result.ok ? result.status : result.error).toBe(expected);
  });

  test("a studio request waits for staff approval", () => {
    expect(check("2026-12-01T13:00:00", "2026-12-01T15:00:00", STUDIO)).toBe("PENDING");
  });

  test("opening hours come from the Tokyo day even when the server's date differs", () => {
    // 08:00 JST on 敬老の日 2026 is the previous day in UTC; the holiday hours (until 18:00) apply.
    const now = new Date("2026-09-20T23:00:00Z");
    expect(check("2026-09-21T17:00:00", "2026-09-21T18:00:00", ROOM, now)).toBe("CONFIRMED");
    expect(check("2026-09-21T18:00:00", "2026-09-21T19:00:00", ROOM, now)).toBe("netsugen.errors.outsideHours");
  });

  test("a request checked against another day's hours is refused", () => {
    const day = hoursOn("2026-12-02", HOURS, []);
    const result = checkBookingRequest({ startsAt: jst("2026-12-01T10:00:00"), endsAt: jst("2026-12-01T11:00:00") }, ROOM, day, NOW);
    expect(result).toEqual({ ok: false, error: "netsugen.errors.outsideHours" });
  });

  test.each([
    [ROOM, "2026-12-01T10:00:00", "2026-12-01T11:15:00"],
    [STUDIO, "2026-12-01T09:30:00", "2026-12-01T11:30:00"],
  ])("buffers widen the blocked range (%#)", (rules, from, until) => {
    const range = blockedRange({ startsAt: jst("2026-12-01T10:00:00"), endsAt: jst("2026-12-01T11:00:00") }, rules);
    expect([range.start.toISOString(), range.end.toISOString()]).toEqual([jst(from).toISOString(), jst(until).toISOString()]);
  });

  test.each([
    ["2026-12-01T08:00:00", "free"],
    ["2026-12-01T09:00:00", "free"], // exactly 60 minutes before
    ["2026-12-01T09:01:00", "pastDeadline"],
    ["2026-12-01T10:00:00", "started"],
    ["2026-12-01T10:30:00", "started"],
  ])("cancelling a 10:00 booking at %s is %s", (now, verdict) => {
    expect(cancelVerdict(jst("2026-12-01T10:00:00"), ROOM, jst(now))).toBe(verdict);
  });
});

describe("availability", () => {
  const day = hoursOn("2026-12-01", HOURS, []);
  const taken = [blockedRange({ startsAt: jst("2026-12-01T11:00:00"), endsAt: jst("2026-12-01T12:00:00") }, ROOM)];
  const iso = (xs: { start: Date; end: Date }[]) => xs.map((x) => [x.start.toISOString(), x.end.toISOString()]);

  test("busy and free intervals cover the opening hours", () => {
    const { busy, free } = dayAvailability(day, taken);
    expect(iso(busy)).toEqual([[jst("2026-12-01T11:00:00").toISOString(), jst("2026-12-01T12:15:00").toISOString()]]);
    expect(iso(free)).toEqual([
      [jst("2026-12-01T10:00:00").toISOString(), jst("2026-12-01T11:00:00").toISOString()],
      [jst("2026-12-01T12:15:00").toISOString(), jst("2026-12-01T21:00:00").toISOString()],
    ]);
  });

  test("possible starts respect the taken slot and the new booking's own buffer", () => {
    const starts = possibleStarts(day, taken, ROOM, 60, NOW).map((d) => d.toISOString());
    // 10:00–11:00 plus 15 minutes of tidying would run into 11:00: not possible.
    expect(starts).not.toContain(jst("2026-12-01T10:00:00").toISOString());
    expect(starts).toContain(jst("2026-12-01T12:15:00").toISOString());
    expect(starts.at(-1)).toBe(jst("2026-12-01T20:00:00").toISOString());
  });

  test("the nearest free slots to a taken one come first, then in order of time", () => {
    const slots = nearestFreeSlots(day, taken, ROOM, { startsAt: jst("2026-12-01T11:00:00"), minutes: 60 }, NOW, 3);
    expect(iso(slots).map(([s]) => s)).toEqual([
      jst("2026-12-01T12:15:00").toISOString(),
      jst("2026-12-01T12:30:00").toISOString(),
      jst("2026-12-01T12:45:00").toISOString(),
    ]);
  });

  test("no slot is offered in the past", () => {
    const late = jst("2026-12-01T20:10:00");
    expect(possibleStarts(day, [], ROOM, 30, late).map((d) => d.toISOString())).toEqual([
      jst("2026-12-01T20:15:00").toISOString(),
      jst("2026-12-01T20:30:00").toISOString(),
    ]);
  });
});

describe("freeFrom(): time already past is not free", () => {
  const interval = (from: string, to: string) => ({ start: jst(from), end: jst(to) });
  test.each([
    ["before the day starts, nothing changes", "2026-12-01T08:00:00", [interval("2026-12-01T10:00:00", "2026-12-01T12:00:00"), interval("2026-12-01T13:00:00", "2026-12-01T21:00:00")]],
    ["inside a free period, it starts now", "2026-12-01T11:10:00", [interval("2026-12-01T11:10:00", "2026-12-01T12:00:00"), interval("2026-12-01T13:00:00", "2026-12-01T21:00:00")]],
    ["between periods, the earlier one is gone", "2026-12-01T12:30:00", [interval("2026-12-01T13:00:00", "2026-12-01T21:00:00")]],
    ["at the very end, nothing is left", "2026-12-01T21:00:00", []],
  ])("%s", (_label, now, expected) => {
    const free = [interval("2026-12-01T10:00:00", "2026-12-01T12:00:00"), interval("2026-12-01T13:00:00", "2026-12-01T21:00:00")];
    expect(freeFrom(free, jst(now))).toEqual(expected);
  });
});
