// The digests the tests read (tests/support/next-control-flow.ts) are the ones Next's own
// redirect() and notFound() throw: if a Next release changes them, this fails first.
import { notFound, redirect } from "next/navigation";
import { describe, expect, test } from "vitest";
import { accessFallbackStatus, redirectTarget } from "../support/next-control-flow";

const thrownBy = (run: () => never): unknown => {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("nothing was thrown");
};

describe("reading Next's control-flow errors", () => {
  test("redirect() names its target, including one with a semicolon", () => {
    expect(redirectTarget(thrownBy(() => redirect("/signin?callbackUrl=%2Faccount")))).toBe("/signin?callbackUrl=%2Faccount");
    expect(redirectTarget(thrownBy(() => redirect("/a;b")))).toBe("/a;b");
    expect(accessFallbackStatus(thrownBy(() => redirect("/x")))).toBeNull();
  });

  test("notFound() is a 404, and is not a redirect", () => {
    const error = thrownBy(() => notFound());
    expect(accessFallbackStatus(error)).toBe(404);
    expect(redirectTarget(error)).toBeNull();
  });

  test("ordinary errors and look-alikes are neither", () => {
    for (const error of [new Error("boom"), null, "NEXT_REDIRECT", { digest: 42 }, { digest: "NEXT_HTTP_ERROR_FALLBACK;500" }, { digest: "NEXT_REDIRECT;push" }]) {
      expect(redirectTarget(error)).toBeNull();
      expect(accessFallbackStatus(error)).toBeNull();
    }
  });
});
