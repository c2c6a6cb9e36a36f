import fc from "fast-check";
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
    ["/\t/evil.example", "/"],
    ["/\n/evil.example", "/"],
    ["/\r\n/evil.example/path", "/"],
    ["/%09/evil.example", "/%09/evil.example"],
    ["/zukan?q=温泉", "/zukan?q=%E6%B8%A9%E6%B3%89"],
    ["/\u0000", "/"],
  ])("%j → %j", (input, expected) => {
    expect(safeCallbackPath(input)).toBe(expected);
  });
});

describe("safeCallbackPath against any string", () => {
  // What a browser does with a Location header: drops ASCII tabs and line breaks, reads "\\" as "/".
  const asBrowserReads = (path: string) => new URL(path.replace(/[\t\n\r]/g, "").replace(/\\/g, "/"), "https://yukemuri.example");
  const hostile = fc.oneof(
    fc.string(),
    fc.string({ unit: fc.constantFrom("/", "\\", "\t", "\n", "\r", ".", ":", "@", "%", "e", "x", "?", "#", " ", "\u0000") }),
    fc.tuple(fc.constantFrom("/", "//", "/\t/", "/\\", "https:", "/%2F"), fc.string()).map(([a, b]) => a + b),
  );

  test("whatever comes in, the browser lands on this site", () => {
    fc.assert(
      fc.property(hostile, (input) => {
        const path = safeCallbackPath(input);
        expect(path.startsWith("/")).toBe(true);
        expect(path.startsWith("//")).toBe(false);
        expect(asBrowserReads(path).origin).toBe("https://yukemuri.example");
      }),
      { numRuns: 2_000 },
    );
  });
});
