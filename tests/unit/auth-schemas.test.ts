import { describe, expect, test } from "vitest";
import { createUserSchema, signInSchema, signUpSchema } from "@/lib/auth/schemas";

const valid = {
  name: "上州 はな",
  email: "Hana@Example.JP ",
  password: "correct horse battery",
  passwordConfirm: "correct horse battery",
  purpose: "RESIDENT",
  acceptTerms: "on",
};

const errorsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("signUpSchema", () => {
  test("accepts a valid resident and normalises the email", () => {
    const result = signUpSchema.safeParse(valid);
    expect(result.success).toBe(true);
    expect(result.data?.email).toBe("hana@example.jp");
  });

  test("a NETSUGEN applicant must choose an individual plan", () => {
    expect(errorsOf(signUpSchema.safeParse({ ...valid, purpose: "NETSUGEN" }))).toEqual({ planCode: "errors.choosePlan" });
    expect(signUpSchema.safeParse({ ...valid, purpose: "NETSUGEN", planCode: "individual-hourly" }).success).toBe(true);
    expect(errorsOf(signUpSchema.safeParse({ ...valid, purpose: "NETSUGEN", planCode: "corporate-monthly" }))).toEqual({
      planCode: "errors.invalidChoice",
    });
  });

  test.each([
    ["empty name", { name: "   " }, "name", "errors.required"],
    ["oversized name", { name: "あ".repeat(61) }, "name", "errors.tooLong"],
    ["HTML in name", { name: "<script>alert(1)</script>" }, "name", "errors.markupNotAllowed"],
    ["control character in name", { name: "a\u0000b" }, "name", "errors.invalidCharacters"],
    ["bidi override in name", { name: "abc\u202Edef" }, "name", "errors.invalidCharacters"],
    ["not an email", { email: "hana" }, "email", "errors.email"],
    ["SQL-looking email", { email: "' OR 1=1 --" }, "email", "errors.email"],
    ["oversized email", { email: `${"a".repeat(250)}@example.jp` }, "email", "errors.tooLong"],
    ["short password", { password: "short", passwordConfirm: "short" }, "password", "errors.passwordTooShort"],
    ["10 kB password", { password: "x".repeat(10_000), passwordConfirm: "x".repeat(10_000) }, "password", "errors.tooLong"],
    ["mismatched confirmation", { passwordConfirm: "something else" }, "passwordConfirm", "errors.passwordMismatch"],
    ["unknown purpose", { purpose: "ADMIN" }, "purpose", "errors.invalidChoice"],
    ["terms not accepted", { acceptTerms: undefined }, "acceptTerms", "errors.mustAcceptTerms"],
    ["wrong type", { name: 42 }, "name", "errors.required"],
  ])("rejects %s with a message key", (_label, patch, field, message) => {
    const result = signUpSchema.safeParse({ ...valid, ...patch });
    expect(result.success).toBe(false);
    expect(errorsOf(result)[field]).toBe(message);
  });

  test("an attempt to smuggle roles is ignored, not applied", () => {
    const result = signUpSchema.safeParse({ ...valid, roles: ["ADMIN"] });
    expect(result.success).toBe(true);
    expect(result.data).not.toHaveProperty("roles");
  });
});

describe("signInSchema", () => {
  test.each([
    [{ email: "a@b.jp", password: "x" }, true],
    [{ email: "a@b.jp", password: "" }, false],
    [{ email: "", password: "x" }, false],
    [{ email: "a@b.jp", password: "x".repeat(129) }, false],
    [{}, false],
  ])("%j → %s", (input, expected) => {
    expect(signInSchema.safeParse(input).success).toBe(expected);
  });
});

describe("createUserSchema", () => {
  const base = { name: "職員", email: "staff@pref.gunma.example", password: "a long enough password" };
  test("deduplicates roles", () => {
    expect(createUserSchema.parse({ ...base, roles: ["STAFF", "STAFF"] }).roles).toEqual(["STAFF"]);
  });
  test.each([[[]], [["ROOT"]], ["STAFF"], [Array(50).fill("STAFF")]])("rejects roles %j", (roles) => {
    expect(createUserSchema.safeParse({ ...base, roles }).success).toBe(false);
  });
});
