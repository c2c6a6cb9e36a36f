import { describe, expect, test } from "vitest";
import { utilisation } from "@/lib/netsugen/rules/utilisation";

const jst = (iso: string) => new Date(`${iso}+09:00`);

describe("utilisation by Tokyo weekday and hour", () => {
  test("a booking is spread over the hours it touches", () => {
    // Tuesday 1 December 2026, 10:30–12:15 JST.
    const { minutes, byWeekday } = utilisation([{ resource: "room", startsAt: jst("2026-12-01T10:30:00"), endsAt: jst("2026-12-01T12:15:00") }]);
    expect(minutes.room![2]!.slice(10, 13)).toEqual([30, 60, 15]);
    expect(byWeekday.room![2]).toBe(105);
  });

  test("weekday and hour are Tokyo's, not the server's (tests run in UTC)", () => {
    // Saturday 09:00 UTC is Saturday 18:00 in Tokyo; Sunday 20:00 JST is Sunday 11:00 UTC.
    const { minutes } = utilisation([
      { resource: "studio", startsAt: new Date("2026-12-05T08:00:00Z"), endsAt: new Date("2026-12-05T09:00:00Z") },
      { resource: "studio", startsAt: jst("2026-12-06T20:00:00"), endsAt: jst("2026-12-06T20:45:00") },
    ]);
    expect(minutes.studio![6]![17]).toBe(60);
    expect(minutes.studio![7]![20]).toBe(45);
  });

  test("resources are kept apart and summed per weekday", () => {
    const { byWeekday } = utilisation([
      { resource: "a", startsAt: jst("2026-12-07T10:00:00"), endsAt: jst("2026-12-07T11:00:00") },
      { resource: "a", startsAt: jst("2026-12-14T10:00:00"), endsAt: jst("2026-12-14T12:00:00") },
      { resource: "b", startsAt: jst("2026-12-08T10:00:00"), endsAt: jst("2026-12-08T10:30:00") },
    ]);
    expect(byWeekday.a![1]).toBe(180);
    expect(byWeekday.b![2]).toBe(30);
  });
});
