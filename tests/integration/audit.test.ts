import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record";
import { authenticate, registerUser } from "@/lib/auth/accounts";
import { createUser } from "@/lib/users/mutations";
import { createTestUser } from "./factories";

const signUp = (email: string) =>
  registerUser({
    name: "上州 はな",
    email,
    password: "correct horse battery",
    passwordConfirm: "correct horse battery",
    purpose: "RESIDENT",
    acceptTerms: "on",
  });

describe("audit log", () => {
  test("records who changed what, from what to what, in the change's own transaction", async () => {
    const admin = await createTestUser(["ADMIN"]);
    const result = await createUser(
      { id: admin.id, name: "Admin", email: admin.email, roles: ["ADMIN"], emailConfirmed: true, sessionId: "not-used-here" },
      { name: "新しい職員", email: "new.staff@pref.test", roles: ["STAFF"] },
    );
    expect(result.ok).toBe(true);
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "user.create", actorId: admin.id } });
    expect(entry.subjectType).toBe("User");
    expect(entry.after).toMatchObject({ email: "new.staff@pref.test", roles: ["STAFF"] });
  });

  test("is append-only: UPDATE, DELETE and TRUNCATE are refused", async () => {
    await db.$transaction((tx) => recordAudit(tx, { actorLabel: "test", action: "test.append", subjectType: "Test", subjectId: "1" }));
    const before = await db.auditLog.count();
    await expect(db.auditLog.updateMany({ data: { action: "tampered" } })).rejects.toThrow(/append-only/);
    await expect(db.auditLog.deleteMany({})).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe('TRUNCATE "AuditLog"')).rejects.toThrow(/append-only/);
    expect(await db.auditLog.count()).toBe(before);
  });

  test("a failed change leaves no audit row behind", async () => {
    const before = await db.auditLog.count();
    await expect(
      db.$transaction(async (tx) => {
        await recordAudit(tx, { actorLabel: "test", action: "test.rollback", subjectType: "Test", subjectId: "2" });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db.auditLog.count()).toBe(before);
  });
});

describe("accounts", () => {
  test("sign-up creates a resident with an argon2id hash, and the audit row", async () => {
    await signUp("Hana@Example.JP".toLowerCase());
    const user = await db.user.findUniqueOrThrow({ where: { email: "hana@example.jp" }, omit: { passwordHash: false } });
    expect(user.roles).toEqual(["RESIDENT"]);
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await db.auditLog.count({ where: { action: "user.sign_up", subjectId: user.id } })).toBe(1);
  });

  test("signing up again with a taken address changes nothing and does not say so", async () => {
    await signUp("twice@example.jp");
    const users = await db.user.count();
    await expect(signUp("twice@example.jp")).resolves.toBeUndefined();
    expect(await db.user.count()).toBe(users);
  });

  test("sign-in succeeds with the right password and fails the same way otherwise", async () => {
    await signUp("signin@example.jp");
    const client = "203.0.113.10";
    expect(await authenticate("SignIn@Example.jp", "correct horse battery", client)).toMatchObject({ kind: "ok", user: { email: "signin@example.jp" } });
    expect(await authenticate("signin@example.jp", "wrong password", client)).toEqual({ kind: "failed" });
    expect(await authenticate("nobody@example.jp", "correct horse battery", client)).toEqual({ kind: "failed" });
  });
});
