import { describe, expect, test } from "vitest";
import { safeCallbackPath } from "@/lib/auth/guard";

describe("safeCallbackPath", () => {
  test.each([
    ["/staff", "/staff"],
    ["/admin/users?x=1", "/admin/users?x=1"],
    ["https://evil.example/", "/"],
    ["//evil.example/", "/"],
    ["/\\evil.example", "/"],
    ["javascript:alert(1)", "/"],
    ["", "/"],
    [undefined, "/"],
    [["/a", "/b"], "/"],
    [`/${"a".repeat(600)}`, "/"],
  ])("%j → %j", (input, expected) => {
    expect(safeCallbackPath(input)).toBe(expected);
  });
});
