// 「担い手」 at 3 or more activities in the last 12 months: the rule at its edges.
import { describe, expect, test } from "vitest";
import { activitiesInWindow, supporterTier, windowStart } from "@/lib/supporters/tier";

const now = new Date("2026-12-06T03:00:00Z");
const at = (iso: string) => new Date(iso);

describe("the supporter's tier", () => {
  test("two activities are a supporter, the third makes a local helper", () => {
    const two = [at("2026-11-01T00:00:00Z"), at("2026-06-15T00:00:00Z")];
    expect(supporterTier(two, now)).toBe("supporter");
    expect(supporterTier([...two, at("2026-12-06T02:59:59Z")], now)).toBe("core");
  });

  test("the window is the last 12 calendar months: exactly 12 months ago no longer counts, a moment later does", () => {
    expect(windowStart(now).toISOString()).toBe("2025-12-06T03:00:00.000Z");
    const recentTwo = [at("2026-10-01T00:00:00Z"), at("2026-11-01T00:00:00Z")];
    expect(supporterTier([...recentTwo, at("2025-12-06T03:00:00Z")], now)).toBe("supporter");
    expect(supporterTier([...recentTwo, at("2025-12-06T03:00:00.001Z")], now)).toBe("core");
  });

  test("activities dated after now do not count", () => {
    const dates = [at("2026-11-01T00:00:00Z"), at("2026-11-02T00:00:00Z"), at("2026-12-06T03:00:00.001Z")];
    expect(activitiesInWindow(dates, now)).toBe(2);
    expect(supporterTier(dates, now)).toBe("supporter");
  });

  test("the threshold is a setting", () => {
    const dates = [at("2026-11-01T00:00:00Z"), at("2026-11-02T00:00:00Z")];
    expect(supporterTier(dates, now, 2)).toBe("core");
    expect(supporterTier(dates, now, 5)).toBe("supporter");
    expect(supporterTier([], now, 1)).toBe("supporter");
  });

  test("at the end of February, a year back lands on the same calendar day", () => {
    expect(windowStart(new Date("2028-02-29T12:00:00Z")).toISOString()).toBe("2027-03-01T12:00:00.000Z");
  });
});
