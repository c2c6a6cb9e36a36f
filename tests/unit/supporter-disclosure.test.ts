// No published supporter figure may single anyone out: counts from 1 to 4 are hidden, and a lone
// hidden count takes a partner with it so that it cannot be recovered by subtraction.
import { describe, expect, test } from "vitest";
import { suppressTable, suppressTotal } from "@/lib/supporters/disclosure";

describe("small-cell suppression", () => {
  test("1 to 4 are hidden; 0 and 5 or more are shown", () => {
    expect(suppressTable([0, 1, 4, 5, 12, 3])).toEqual([0, null, null, 5, 12, null]);
  });

  test("a lone hidden count hides the smallest other non-zero count too", () => {
    expect(suppressTable([7, 2, 9, 0])).toEqual([null, null, 9, 0]);
    // Ties: the first of the smallest goes.
    expect(suppressTable([8, 1, 8])).toEqual([null, null, 8]);
  });

  test("with a lone hidden count and nothing else to hide, it stays hidden alone", () => {
    expect(suppressTable([3, 0, 0])).toEqual([null, 0, 0]);
  });

  test("a total from 1 to 4 is hidden", () => {
    expect([0, 1, 4, 5].map(suppressTotal)).toEqual([0, null, null, 5]);
  });

  test("every possible table of small counts: no published count is between 1 and 4, and never exactly one hidden when another could be", () => {
    for (let a = 0; a < 8; a++)
      for (let b = 0; b < 8; b++)
        for (let c = 0; c < 8; c++) {
          const cells = suppressTable([a, b, c]);
          for (const cell of cells) if (cell !== null) expect(cell === 0 || cell >= 5).toBe(true);
          const hidden = cells.filter((cell) => cell === null).length;
          const nonZero = [a, b, c].filter((n) => n > 0).length;
          if (hidden === 1) expect(nonZero).toBe(1);
        }
  });
});
