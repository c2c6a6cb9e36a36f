import { describe, expect, test } from "vitest";
import { sessionPhase, type SessionTiming } from "@/lib/workshops/rules/schedule";

// A session from 13:30 to 16:30 in Japan on 5 December 2026 (04:30–07:30 UTC).
const session = (state: SessionTiming["state"]): SessionTiming => ({
  state,
  startsAt: new Date("2026-12-05T04:30:00Z"),
  endsAt: new Date("2026-12-05T07:30:00Z"),
});

describe("sessionPhase(): the badge follows the dates", () => {
  test.each([
    ["a week before", "SCHEDULED", "2026-11-28T03:00:00Z", "UPCOMING"],
    ["23:59 the evening before, in Japan", "SCHEDULED", "2026-12-04T14:59:00Z", "UPCOMING"],
    ["00:00 on the day, in Japan (still the 4th in UTC)", "SCHEDULED", "2026-12-04T15:00:00Z", "TODAY"],
    ["during the session, not yet opened", "SCHEDULED", "2026-12-05T05:00:00Z", "TODAY"],
    ["at its end, never opened", "SCHEDULED", "2026-12-05T07:30:00Z", "NOT_HELD"],
    ["a month later, never opened", "SCHEDULED", "2027-01-05T00:00:00Z", "NOT_HELD"],
    ["open, even after its planned end", "OPEN", "2026-12-05T09:00:00Z", "OPEN"],
    ["closed, even before its planned date", "CLOSED", "2026-11-01T00:00:00Z", "CLOSED"],
    ["a draft", "DRAFT", "2027-01-05T00:00:00Z", "DRAFT"],
  ] as const)("%s: %s at %s → %s", (_label, state, now, phase) => {
    expect(sessionPhase(session(state), new Date(now))).toBe(phase);
  });
});
