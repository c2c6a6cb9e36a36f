import { describe, expect, test } from "vitest";
import { addDays, parseDateKey, tokyoClock, weekStartOf } from "@/lib/netsugen/rules/calendar";
import { hoursOn, isOpenAt, isWithinOpenHours, type ClosureSpan, type RegularHours } from "@/lib/netsugen/rules/opening-hours";

// The hours of seed 000 lines 2083–2085: weekdays 10:00–21:00; weekends and holidays 10:00–18:00.
const HOURS: RegularHours[] = [
  { dayType: "WEEKDAY", opensMinute: 600, closesMinute: 1260 },
  { dayType: "WEEKEND_OR_HOLIDAY", opensMinute: 600, closesMinute: 1080 },
];
const jst = (iso: string) => new Date(`${iso}+09:00`);
const span = (from: string, to: string) => ({ start: jst(from).toISOString(), end: jst(to).toISOString() });
const iso = (intervals: { start: Date; end: Date }[]) => intervals.map((i) => ({ start: i.start.toISOString(), end: i.end.toISOString() }));

describe("opening hours by Tokyo day (tests run with TZ=UTC)", () => {
  test("the process really runs in UTC", () => {
    expect(new Date(0).getTimezoneOffset()).toBe(0);
  });

  test.each([
    ["2026-09-18", "Friday", "WEEKDAY", null, "10:00", "21:00"],
    ["2026-09-19", "Saturday", "WEEKEND_OR_HOLIDAY", null, "10:00", "18:00"],
    ["2026-09-20", "Sunday", "WEEKEND_OR_HOLIDAY", null, "10:00", "18:00"],
    ["2026-09-21", "敬老の日 (Monday)", "WEEKEND_OR_HOLIDAY", "敬老の日", "10:00", "18:00"],
    ["2026-09-22", "国民の休日 between two holidays", "WEEKEND_OR_HOLIDAY", "休日", "10:00", "18:00"],
    ["2026-09-23", "秋分の日", "WEEKEND_OR_HOLIDAY", "秋分の日", "10:00", "18:00"],
    ["2026-09-24", "Thursday", "WEEKDAY", null, "10:00", "21:00"],
    ["2027-01-01", "元日", "WEEKEND_OR_HOLIDAY", "元日", "10:00", "18:00"],
  ])("%s (%s) is %s, holiday %s, open %s–%s", (dateKey, _label, dayType, holiday, opens, closes) => {
    const day = hoursOn(dateKey, HOURS, []);
    expect(day.dayType).toBe(dayType);
    expect(day.holiday?.ja ?? null).toBe(holiday);
    expect(iso(day.open)).toEqual([span(`${dateKey}T${opens}:00`, `${dateKey}T${closes}:00`)]);
  });

  test.each([
    // 敬老の日 2026 at 08:00 JST is still Sunday 20 September 23:00 in UTC: the Tokyo day decides.
    ["2026-09-20T23:00:00Z", "2026-09-21", "敬老の日"],
    ["2026-09-21T14:59:59Z", "2026-09-21", "敬老の日"],
    ["2026-09-23T15:00:00Z", "2026-09-24", null],
  ])("the instant %s falls on %s in Tokyo (holiday %s)", (instant, dateKey, holiday) => {
    const key = tokyoClock(new Date(instant)).dateKey;
    expect(key).toBe(dateKey);
    expect(hoursOn(key, HOURS, []).holiday?.ja ?? null).toBe(holiday);
  });

  test.each([
    ["2026-09-21T09:59:00", false],
    ["2026-09-21T10:00:00", true],
    ["2026-09-21T17:59:00", true],
    ["2026-09-21T18:00:00", false], // a holiday closes at 18:00, not 21:00
    ["2026-09-24T20:59:00", true],
    ["2026-09-24T21:00:00", false],
  ])("open at %s JST: %s", (wallClock, open) => {
    const instant = jst(wallClock);
    const day = hoursOn(tokyoClock(instant).dateKey, HOURS, []);
    expect(isOpenAt(day, instant)).toBe(open);
  });

  const yearEnd: ClosureSpan = { startsAt: jst("2026-12-29T00:00:00"), endsAt: jst("2027-01-04T00:00:00"), reasonJa: "年末年始休館", reasonEn: "Year-end closure" };
  const afternoon: ClosureSpan = { startsAt: jst("2026-12-02T13:00:00"), endsAt: jst("2026-12-02T15:00:00"), reasonJa: "設備点検", reasonEn: null };

  test.each([
    ["2026-12-28", [span("2026-12-28T10:00:00", "2026-12-28T21:00:00")]],
    ["2026-12-29", []],
    ["2027-01-01", []],
    ["2027-01-04", [span("2027-01-04T10:00:00", "2027-01-04T21:00:00")]],
    ["2026-12-02", [span("2026-12-02T10:00:00", "2026-12-02T13:00:00"), span("2026-12-02T15:00:00", "2026-12-02T21:00:00")]],
  ])("closures: %s is open %j", (dateKey, open) => {
    expect(iso(hoursOn(dateKey, HOURS, [yearEnd, afternoon]).open)).toEqual(open);
  });

  test.each([
    ["2026-12-02T10:00:00", "2026-12-02T13:00:00", true],
    ["2026-12-02T12:00:00", "2026-12-02T14:00:00", false], // runs into the inspection
    ["2026-12-02T20:00:00", "2026-12-02T21:15:00", false], // past closing
    ["2026-12-02T09:45:00", "2026-12-02T10:30:00", false], // before opening
  ])("a booking %s–%s on a day with a closure fits: %s", (from, to, fits) => {
    const day = hoursOn("2026-12-02", HOURS, [afternoon]);
    expect(isWithinOpenHours(day, jst(from), jst(to))).toBe(fits);
  });

  test("a location without hours for the kind of day is closed", () => {
    expect(hoursOn("2026-09-19", HOURS.slice(0, 1), []).open).toEqual([]);
  });
});

describe("calendar keys", () => {
  test.each([
    ["2026-02-28", true],
    ["2026-02-29", false],
    ["2028-02-29", true],
    ["2026-13-01", false],
    ["2026-1-01", false],
    ["2026-01-01T00:00:00Z", false],
    ["", false],
  ])("%j is a valid date key: %s", (key, valid) => {
    expect(parseDateKey(key) !== null).toBe(valid);
  });

  test.each([
    ["2026-12-31", 1, "2027-01-01"],
    ["2026-03-01", -1, "2026-02-28"],
  ])("%s + %i day(s) = %s", (key, days, expected) => {
    expect(addDays(key, days)).toBe(expected);
  });

  test.each([
    ["2026-09-21", "2026-09-21"], // Monday
    ["2026-09-27", "2026-09-21"], // Sunday
    ["2027-01-01", "2026-12-28"], // Friday, across the year
  ])("the week of %s starts on Monday %s", (key, monday) => {
    expect(weekStartOf(key)).toBe(monday);
  });
});
