import { describe, expect, test } from "vitest";
import { holidayNameOn, isWeekendOrHolidayInTokyo, tokyoDateKey, tokyoDateTime } from "@/lib/dates/tokyo";

describe("Tokyo calendar (tests run with TZ=UTC)", () => {
  test("the process really runs in UTC", () => {
    expect(new Date("2024-01-01T00:00:00Z").getTimezoneOffset()).toBe(0);
  });

  test.each([
    // 敬老の日 2024 is Monday 16 September; 08:00 JST is still 15 September in UTC.
    ["2024-09-15T23:00:00Z", "2024-09-16", "敬老の日"],
    ["2024-09-16T14:59:00Z", "2024-09-16", "敬老の日"],
    ["2024-09-16T15:00:00Z", "2024-09-17", null],
    ["2025-01-01T00:00:00+09:00", "2025-01-01", "元日"],
  ])("%s is %s in Tokyo (holiday: %s)", (iso, key, holiday) => {
    const instant = new Date(iso);
    expect(tokyoDateKey(instant)).toBe(key);
    expect(holidayNameOn(instant)?.ja ?? null).toBe(holiday);
  });

  test.each([
    ["2024-09-16T08:00:00+09:00", true, "敬老の日 at 08:00 JST"],
    ["2024-09-17T10:00:00+09:00", false, "an ordinary Tuesday"],
    ["2024-09-21T10:00:00+09:00", true, "a Saturday"],
    ["2024-09-20T23:30:00Z", true, "Friday 23:30 UTC is Saturday in Japan"],
  ])("%s weekend or holiday: %s (%s)", (iso, expected) => {
    expect(isWeekendOrHolidayInTokyo(new Date(iso))).toBe(expected);
  });

  test("tokyoDateTime builds a JST wall-clock instant", () => {
    expect(tokyoDateTime(2024, 4, 1, 10, 0).toISOString()).toBe("2024-04-01T01:00:00.000Z");
  });
});
