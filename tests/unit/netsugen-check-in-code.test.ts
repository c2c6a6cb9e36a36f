import { describe, expect, test } from "vitest";
import { checkInCode, matchCheckInCode, normaliseCode, WINDOW_SECONDS } from "@/lib/netsugen/rules/check-in-code";

const KEY = "server-key-for-tests";
const members = [
  { id: "m1", seed: "seed-of-member-one" },
  { id: "m2", seed: "seed-of-member-two" },
];
const NOW = new Date("2026-12-01T10:00:30+09:00");
const later = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);

describe("rotating check-in code", () => {
  test("looks like XXXXX-XXXXX and says nothing about the member", () => {
    const code = checkInCode(KEY, members[0]!.seed, NOW);
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(code).not.toContain("m1");
  });

  test.each([
    [0, "m1"],
    [WINDOW_SECONDS, "m1"], // the next window still accepts it
    [WINDOW_SECONDS * 2 + 1, null], // expired
    [-WINDOW_SECONDS * 2, null], // not yet valid: a code from the future is forged
  ])("a code shown at NOW and scanned %i seconds later matches %s", (seconds, expected) => {
    const code = checkInCode(KEY, members[0]!.seed, NOW);
    expect(matchCheckInCode(KEY, code, members, later(seconds))).toBe(expected);
  });

  test("each member's code is their own, and changes with the window", () => {
    const one = checkInCode(KEY, members[0]!.seed, NOW);
    const two = checkInCode(KEY, members[1]!.seed, NOW);
    expect(one).not.toBe(two);
    expect(matchCheckInCode(KEY, two, members, NOW)).toBe("m2");
    expect(checkInCode(KEY, members[0]!.seed, later(WINDOW_SECONDS))).not.toBe(one);
  });

  test.each([
    ["a forged code", "ABCDE-FGHJK"],
    ["another server's code", checkInCode("another-key", "seed-of-member-one", NOW)],
    ["empty", ""],
    ["too short", "ABCDE"],
    ["oversized", "A".repeat(10_000)],
    ["not base32", "!!!!!-?????"],
    ["SQL", "' OR 1=1 --"],
  ])("%s matches no one", (_label, input) => {
    expect(matchCheckInCode(KEY, input, members, NOW)).toBeNull();
  });

  test("typing is forgiving: lower case, spaces and look-alike letters", () => {
    const code = checkInCode(KEY, members[0]!.seed, NOW);
    const typed = ` ${code.toLowerCase().replace("-", " ").replace(/0/g, "o").replace(/1/g, "l")} `;
    expect(matchCheckInCode(KEY, typed, members, NOW)).toBe("m1");
    expect(normaliseCode("abcde fghjk")).toBe("ABCDEFGHJK");
  });
});
