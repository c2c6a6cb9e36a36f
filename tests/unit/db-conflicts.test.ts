import { describe, expect, test } from "vitest";
import { isExclusionViolation, isTransientConflict, isUniqueViolation } from "@/lib/db/errors";
import { CONFLICT_RETRIES, retryOnConflict } from "@/lib/db/retry";

// The shapes the two driver adapters and Prisma itself report errors in.
const fromAdapter = (code: string) => ({ meta: { driverAdapterError: { cause: { originalCode: code } } } });
const inMessage = (code: string) => new Error(`db error: ${code}: could not complete the statement`);

describe("which errors are a transient conflict", () => {
  test.each([
    ["deadlock from the adapter", fromAdapter("40P01")],
    ["serialization failure from the adapter", fromAdapter("40001")],
    ["deadlock in the message", inMessage("40P01")],
    ["Prisma's write-conflict code", { code: "P2034" }],
  ])("%s is one", (_, error) => {
    expect(isTransientConflict(error)).toBe(true);
  });

  test.each([
    ["an overlap", fromAdapter("23P01")],
    ["a duplicate", fromAdapter("23505")],
    ["a lost connection", fromAdapter("08006")],
    ["a plain error", new Error("boom")],
    ["nothing", null],
  ])("%s is not", (_, error) => {
    expect(isTransientConflict(error)).toBe(false);
  });

  test("the constraint checks still read the same shapes", () => {
    expect(isExclusionViolation(fromAdapter("23P01"))).toBe(true);
    expect(isUniqueViolation(inMessage("23505"))).toBe(true);
    expect(isExclusionViolation(fromAdapter("40P01"))).toBe(false);
  });
});

describe("retryOnConflict", () => {
  test("runs the work again after a conflict and returns its result", async () => {
    let calls = 0;
    const result = await retryOnConflict(async () => {
      calls++;
      if (calls < 3) throw fromAdapter("40P01");
      return "booked";
    });
    expect(result).toBe("booked");
    expect(calls).toBe(3);
  });

  test("gives up after its retries and throws the last conflict", async () => {
    let calls = 0;
    const conflict = fromAdapter("40001");
    await expect(
      retryOnConflict(async () => {
        calls++;
        throw conflict;
      }),
    ).rejects.toBe(conflict);
    expect(calls).toBe(CONFLICT_RETRIES + 1);
  });

  test("never repeats work that failed for another reason", async () => {
    let calls = 0;
    const overlap = fromAdapter("23P01");
    await expect(
      retryOnConflict(async () => {
        calls++;
        throw overlap;
      }),
    ).rejects.toBe(overlap);
    expect(calls).toBe(1);
  });
});
