import { describe, expect, test } from "vitest";
import { ACTION_BODY_LIMIT_BYTES, API_BODY_LIMIT_BYTES, declaredBodyTooLarge } from "@/lib/security/body-limit";

describe("declaredBodyTooLarge", () => {
  test.each<[string, string, string | null, boolean]>([
    ["GET", "/", String(10 ** 9), false],
    ["POST", "/zukan/x", String(ACTION_BODY_LIMIT_BYTES), false],
    ["POST", "/zukan/x", String(ACTION_BODY_LIMIT_BYTES + 1), true],
    ["POST", "/api/auth/callback/credentials", String(API_BODY_LIMIT_BYTES + 1), true],
    ["POST", "/api/mail/unsubscribe", "0", false],
    ["POST", "/", null, false],
    ["POST", "/", "-1", true],
    ["POST", "/", "1e9", true],
    ["POST", "/", "12, 12", true],
    ["POST", "/", "9".repeat(40), true],
  ])("%s %s with Content-Length %s → %s", (method, path, length, expected) => {
    expect(declaredBodyTooLarge(method, path, length)).toBe(expected);
  });
});
