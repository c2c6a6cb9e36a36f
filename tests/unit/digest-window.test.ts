import { describe, expect, test } from "vitest";
import { digestWindowKey } from "@/lib/notifications/rules/digest-window";

describe("digestWindowKey(): the window a moment falls in, in Japan time", () => {
  test.each([
    ["DAILY", "2026-12-03T22:00:00Z", "2026-12-04"], // Friday 07:00 in Japan
    ["DAILY", "2026-12-03T14:59:59Z", "2026-12-03"], // 23:59:59 in Japan, still Thursday
    ["DAILY", "2026-12-03T15:00:00Z", "2026-12-04"], // midnight in Japan, though still the 3rd in UTC
    ["WEEKLY", "2026-12-03T22:00:00Z", "W2026-11-30"], // a Friday belongs to the week of Monday the 30th
    ["WEEKLY", "2026-11-29T22:00:00Z", "W2026-11-30"], // Monday 07:00 in Japan, Sunday in UTC
    ["WEEKLY", "2026-11-29T14:00:00Z", "W2026-11-23"], // Sunday 23:00 in Japan
    ["WEEKLY", "2027-01-01T01:00:00Z", "W2026-12-28"], // across the new year
  ] as const)("%s at %s is %s", (cadence, at, key) => {
    expect(digestWindowKey(cadence, new Date(at))).toBe(key);
  });
});
