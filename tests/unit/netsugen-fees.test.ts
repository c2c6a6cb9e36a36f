import { describe, expect, test } from "vitest";
import { dropInCharges, feeForMinutesJpy, splitByTokyoDay, totalJpy } from "@/lib/netsugen/rules/fees";

const jst = (iso: string) => new Date(`${iso}+09:00`);

describe("drop-in fee: ¥250 per started hour, at most ¥1,000 per Tokyo day", () => {
  test.each([
    [0, 0],
    [1, 250],
    [59, 250],
    [60, 250],
    [61, 500],
    [120, 500],
    [121, 750],
    [180, 750],
    [181, 1000],
    [240, 1000],
    [241, 1000],
    [600, 1000],
    [-5, 0],
  ])("%i minutes cost ¥%i", (minutes, fee) => {
    expect(feeForMinutesJpy(minutes)).toBe(fee);
  });

  test("one second into the next hour starts it", () => {
    const visit = { checkedInAt: jst("2026-12-01T10:00:00"), checkedOutAt: jst("2026-12-01T11:00:01") };
    expect(totalJpy(dropInCharges([visit]))).toBe(500);
  });

  test.each([
    // [in, out, expected per day]
    ["2026-12-01T10:00:00", "2026-12-01T21:00:00", [["2026-12-01", 1000]]],
    ["2026-12-01T23:30:00", "2026-12-02T00:30:00", [["2026-12-01", 250], ["2026-12-02", 250]]],
    ["2026-12-01T20:00:00", "2026-12-02T02:01:00", [["2026-12-01", 1000], ["2026-12-02", 750]]],
    ["2026-12-01T22:00:00", "2026-12-03T01:00:00", [["2026-12-01", 500], ["2026-12-02", 1000], ["2026-12-03", 250]]],
  ])("across midnight: %s → %s", (from, to, perDay) => {
    const charges = dropInCharges([{ checkedInAt: jst(from), checkedOutAt: jst(to) }]);
    expect(charges.map((c) => [c.dateKey, c.feeJpy])).toEqual(perDay);
  });

  test("midnight is Tokyo's, not the server's (UTC midnight is 09:00 in Tokyo)", () => {
    const parts = splitByTokyoDay({ checkedInAt: new Date("2026-11-30T23:00:00Z"), checkedOutAt: new Date("2026-12-01T01:00:00Z") });
    expect(parts).toEqual([{ dateKey: "2026-12-01", ms: 2 * 3_600_000 }]);
  });

  test("visits on one day share the cap and are summed before rounding", () => {
    const visits = [
      { checkedInAt: jst("2026-12-01T10:00:00"), checkedOutAt: jst("2026-12-01T10:20:00") },
      { checkedInAt: jst("2026-12-01T15:00:00"), checkedOutAt: jst("2026-12-01T15:30:00") },
      { checkedInAt: jst("2026-12-02T10:00:00"), checkedOutAt: jst("2026-12-02T19:00:00") },
      { checkedInAt: jst("2026-12-02T19:30:00"), checkedOutAt: jst("2026-12-02T20:00:00") },
    ];
    expect(dropInCharges(visits).map((c) => [c.dateKey, c.feeJpy])).toEqual([
      ["2026-12-01", 250],
      ["2026-12-02", 1000],
    ]);
    expect(totalJpy(dropInCharges(visits))).toBe(1250);
  });

  test("a check-out before the check-in costs nothing", () => {
    expect(dropInCharges([{ checkedInAt: jst("2026-12-01T12:00:00"), checkedOutAt: jst("2026-12-01T11:00:00") }])).toEqual([]);
  });

  test("fees are integer yen", () => {
    for (let m = 0; m <= 720; m += 7) expect(Number.isInteger(feeForMinutesJpy(m))).toBe(true);
  });
});
