// The account server actions, called as Next.js calls them, against each role and with invalid,
// hostile and oversized input. Only the request context is simulated (tests/support/next-request.ts).
import { beforeEach, describe, expect, test, vi } from "vitest";
import { createUserAction } from "@/app/(staff)/admin/users/actions";
import { signUpAction } from "@/app/(auth)/signup/actions";
import { setLocale } from "@/app/actions/locale";
import { db } from "@/lib/db";
import type { Role } from "@/lib/auth/roles";
import { redirectOf, request, signInAs } from "../support/next-request";
import { createTestUser } from "./factories";

vi.mock("next-auth", async (original) => (await import("../support/next-request")).mockNextAuth(original));
vi.mock("next/headers", async (original) => (await import("../support/next-request")).mockNextHeaders(original));
vi.mock("next/cache", async (original) => (await import("../support/next-request")).mockNextCache(original));

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(key, v);
  return data;
}

const validStaff = () => ({
  name: "新任 職員",
  email: `staff-${crypto.randomUUID().slice(0, 8)}@pref.test`,
  roles: ["STAFF"],
});

const validSignUp = () => ({
  name: "上州 はな",
  email: `hana-${crypto.randomUUID().slice(0, 8)}@example.jp`,
  password: "correct horse battery",
  passwordConfirm: "correct horse battery",
  purpose: "RESIDENT",
  acceptTerms: "on",
});

beforeEach(() => {
  signInAs(null);
  request.cookies.clear();
  request.revalidated.length = 0;
});

describe("createUserAction: who may create accounts", () => {
  const refused: [string, Role[] | null, string][] = [
    ["anonymous", null, "errors.signInRequired"],
    ["resident", ["RESIDENT"], "errors.forbidden"],
    ["member", ["MEMBER"], "errors.forbidden"],
    ["facilitator", ["FACILITATOR"], "errors.forbidden"],
    ["staff", ["STAFF"], "errors.forbidden"],
  ];

  test.each(refused)("%s is refused and nothing is written", async (_who, roles, error) => {
    signInAs(roles ? (await createTestUser(roles)).id : null);
    const input = validStaff();
    const before = await db.auditLog.count();
    await expect(createUserAction(null, form(input))).resolves.toEqual({ ok: false, error });
    expect(await db.user.count({ where: { email: input.email } })).toBe(0);
    expect(await db.auditLog.count()).toBe(before);
  });

  test("an admin creates a staff account, audited, and the list is refreshed", async () => {
    const admin = await createTestUser(["ADMIN"]);
    signInAs(admin.id);
    const input = validStaff();
    const result = await createUserAction(null, form(input));
    expect(result).toMatchObject({ ok: true });
    const created = await db.user.findUniqueOrThrow({ where: { email: input.email } });
    expect(created.roles).toEqual(["STAFF"]);
    // Nobody can sign in to it until the invitee sets a password from the mailed link.
    expect((await db.user.findUniqueOrThrow({ where: { id: created.id }, select: { passwordHash: true } })).passwordHash).toBe("!invited");
    expect(created.emailConfirmedAt).toBeNull();
    expect(await db.mailMessage.count({ where: { userId: created.id, kind: "account.invitation" } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "user.create", actorId: admin.id, subjectId: created.id } })).toBe(1);
    expect(request.revalidated).toContain("/admin/users");
  });

  test("a role taken away in the database takes effect at once, whatever the session says", async () => {
    const admin = await createTestUser(["ADMIN"]);
    signInAs(admin.id);
    await db.user.update({ where: { id: admin.id }, data: { roles: ["RESIDENT"] } });
    await expect(createUserAction(null, form(validStaff()))).resolves.toEqual({ ok: false, error: "errors.forbidden" });
  });
});

describe("createUserAction: bad input", () => {
  const cases: [string, Record<string, string | string[]>, string, string][] = [
    ["empty form", {}, "name", "errors.required"],
    ["markup in the name", { ...validStaff(), name: "<img src=x onerror=alert(1)>" }, "name", "errors.markupNotAllowed"],
    ["a 100,000-character name", { ...validStaff(), name: "あ".repeat(100_000) }, "name", "errors.tooLong"],
    ["a header-injection email", { ...validStaff(), email: "a@b.jp\r\nBcc: all@pref.test" }, "email", "errors.email"],
    ["a role that does not exist", { ...validStaff(), roles: ["ROOT"] }, "roles", "errors.invalidChoice"],
    ["no role", { ...validStaff(), roles: [] }, "roles", "errors.chooseOneRole"],
    ["a thousand roles", { ...validStaff(), roles: Array(1_000).fill("STAFF") }, "roles", "errors.invalidChoice"],
  ];

  test.each(cases)("%s: a localised field error, nothing written", async (_case, fields, field, key) => {
    signInAs((await createTestUser(["ADMIN"])).id);
    const users = await db.user.count();
    const result = await createUserAction(null, form(fields));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBe("errors.checkFields");
    expect(result.fieldErrors?.[field]).toContain(key);
    expect(await db.user.count()).toBe(users);
  });

  test("an address already in use is reported to the admin, and nothing changes", async () => {
    signInAs((await createTestUser(["ADMIN"])).id);
    const input = validStaff();
    await createUserAction(null, form(input));
    await expect(createUserAction(null, form({ ...input, name: "別人" }))).resolves.toMatchObject({
      ok: false,
      fieldErrors: { email: ["errors.emailTaken"] },
    });
    expect((await db.user.findUniqueOrThrow({ where: { email: input.email } })).name).toBe("新任 職員");
  });
});

describe("signUpAction", () => {
  test("anyone may sign up; they become a resident and go to sign-in", async () => {
    const input = validSignUp();
    expect(await redirectOf(() => signUpAction(null, form(input)))).toBe("/signin?registered=1");
    expect((await db.user.findUniqueOrThrow({ where: { email: input.email } })).roles).toEqual(["RESIDENT"]);
  });

  test("a NETSUGEN applicant gets an application for the chosen plan, not membership", async () => {
    const input = { ...validSignUp(), purpose: "NETSUGEN", planCode: "individual-hourly" };
    const { runSeed } = await import("@/prisma/seed");
    await runSeed(db);
    expect(await redirectOf(() => signUpAction(null, form(input)))).toBe("/signin?registered=1");
    const user = await db.user.findUniqueOrThrow({ where: { email: input.email }, include: { memberships: { include: { plan: true } } } });
    expect(user.roles).toEqual(["RESIDENT"]);
    expect(user.memberships.map((m) => [m.status, m.plan.code])).toEqual([["APPLIED", "individual-hourly"]]);
  });

  test("roles cannot be smuggled in through the form", async () => {
    const input = { ...validSignUp(), roles: ["ADMIN"], role: "ADMIN" };
    await redirectOf(() => signUpAction(null, form(input)));
    expect((await db.user.findUniqueOrThrow({ where: { email: input.email } })).roles).toEqual(["RESIDENT"]);
  });

  const cases: [string, Record<string, string>, string, string][] = [
    ["markup in the name", { ...validSignUp(), name: "<script>alert(1)</script>" }, "name", "errors.markupNotAllowed"],
    ["a 1 MB name", { ...validSignUp(), name: "x".repeat(1_000_000) }, "name", "errors.tooLong"],
    ["a bad email", { ...validSignUp(), email: "not-an-email" }, "email", "errors.email"],
    ["a short password", { ...validSignUp(), password: "short", passwordConfirm: "short" }, "password", "errors.passwordTooShort"],
    ["passwords that differ", { ...validSignUp(), passwordConfirm: "something else entirely" }, "passwordConfirm", "errors.passwordMismatch"],
    ["terms not accepted", { ...validSignUp(), acceptTerms: "" }, "acceptTerms", "errors.mustAcceptTerms"],
    ["an unknown purpose", { ...validSignUp(), purpose: "STAFF" }, "purpose", "errors.invalidChoice"],
    ["NETSUGEN without a plan", { ...validSignUp(), purpose: "NETSUGEN" }, "planCode", "errors.choosePlan"],
    ["a corporate plan by the individual form", { ...validSignUp(), purpose: "NETSUGEN", planCode: "corporate-monthly" }, "planCode", "errors.invalidChoice"],
  ];

  test.each(cases)("%s: a localised field error, what was typed comes back, nothing written", async (_case, fields, field, key) => {
    const users = await db.user.count();
    const result = await signUpAction(null, form(fields));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors?.[field]).toContain(key);
    expect(result.values?.email).toEqual([fields.email]);
    expect(result.values?.password).toBeUndefined();
    expect(result.values?.passwordConfirm).toBeUndefined();
    expect(await db.user.count()).toBe(users);
  });
});

describe("setLocale", () => {
  test.each(["ja", "en"])("stores %s in the locale cookie", async (locale) => {
    await setLocale(form({ locale }));
    expect(request.cookies.get("NEXT_LOCALE")).toBe(locale);
  });

  test.each([["fr"], ["<script>"], ["e".repeat(100_000)], [""]])("ignores %j", async (locale) => {
    await setLocale(form({ locale }));
    expect(request.cookies.has("NEXT_LOCALE")).toBe(false);
  });
});
