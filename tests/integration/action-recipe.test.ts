// Every exported server action is built with lib/actions/define.ts, and so meets arguments that
// are not a form (anyone can send them: an empty list, undefined, a string, a look-alike object)
// with a plain refusal instead of a crash.
import { describe, expect, test, vi } from "vitest";
import { isBuiltAction } from "@/lib/actions/define";
import { loadServerActions } from "../support/server-actions";

vi.mock("next-auth", async (original) => (await import("../support/next-request")).mockNextAuth(original));
vi.mock("next/headers", async (original) => (await import("../support/next-request")).mockNextHeaders(original));
vi.mock("next/cache", async (original) => (await import("../support/next-request")).mockNextCache(original));

const NOT_A_FORM: unknown[] = [undefined, null, "x", 42, [], {}, { get: () => "x" }, new URLSearchParams("email=a@example.jp")];

describe("one recipe for every server action", async () => {
  const actions = await loadServerActions();

  test("there are actions to check", () => {
    expect(actions.length).toBeGreaterThan(60);
  });

  for (const action of actions) {
    test(`${action.id} is built with lib/actions/define.ts`, () => {
      expect(isBuiltAction(action.run)).toBe(true);
    });

    // Actions with no input (length 0) do not read their arguments at all.
    if (action.run.length === 0) continue;
    test(`${action.id} refuses anything but a form`, async () => {
      for (const notAForm of NOT_A_FORM) {
        const result = action.run.length >= 2 ? await action.run(null, notAForm) : await action.run(notAForm);
        if (action.run.length >= 2) expect(result, `given ${JSON.stringify(notAForm)}`).toEqual({ ok: false, error: "errors.badRequest" });
        else expect(result, `given ${JSON.stringify(notAForm)}`).toBeUndefined();
      }
    });
  }
});
