import "server-only";
import { db } from "../db";
import { logger } from "../logging/logger";
import { recordAudit } from "../audit/record";
import { isUniqueViolation } from "../db/errors";
import { lockDurationMs } from "./lock";
import type { Role } from "./roles";
import { dummyPasswordHash, hashPassword, verifyPassword } from "./password";
import type { SignUpInput } from "./schemas";

export interface AuthenticatedUser {
  id: string;
  name: string;
  email: string;
  roles: Role[];
}

/**
 * Checks an email and password. Returns null for every kind of failure (unknown email, wrong
 * password, locked or disabled account) in the same time, so the answer reveals nothing more.
 */
export async function authenticate(email: string, password: string, now = new Date()): Promise<AuthenticatedUser | null> {
  const user = await db.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    omit: { passwordHash: false },
  });
  if (!user) {
    await verifyPassword(await dummyPasswordHash(), password);
    return null;
  }
  const locked = user.lockedUntil !== null && user.lockedUntil > now;
  const valid = await verifyPassword(user.passwordHash, password);
  if (locked || user.disabledAt !== null) return null;

  if (!valid) {
    const failedSignInCount = user.failedSignInCount + 1;
    const lockMs = lockDurationMs(failedSignInCount);
    await db.$transaction(async (tx) => {
      await tx.user.update({
        where: { id: user.id },
        data: { failedSignInCount, lockedUntil: lockMs > 0 ? new Date(now.getTime() + lockMs) : null },
      });
      if (lockMs > 0) {
        await recordAudit(tx, {
          actorLabel: "system",
          action: "user.locked",
          subjectType: "User",
          subjectId: user.id,
          after: { failedSignInCount, lockedForMinutes: lockMs / 60000 },
        });
      }
    });
    if (lockMs > 0) logger.warn({ event: "user.locked", userId: user.id, failedSignInCount, lockedForMinutes: lockMs / 60000 }, "account locked after failed sign-ins");
    return null;
  }
  if (user.failedSignInCount > 0 || user.lockedUntil !== null) {
    await db.user.update({ where: { id: user.id }, data: { failedSignInCount: 0, lockedUntil: null } });
  }
  return { id: user.id, name: user.name, email: user.email, roles: user.roles };
}

/**
 * Open sign-up for residents and NETSUGEN applicants. An address that already has an account
 * gets the same answer as a new one and nothing changes, so sign-up cannot be used to learn
 * who is registered.
 */
export async function registerUser(input: SignUpInput): Promise<void> {
  const passwordHash = await hashPassword(input.password);
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) return;

  try {
    await createAccount(input, passwordHash);
  } catch (error) {
    // Two sign-ups for one address at once: the loser gets the same quiet answer.
    if (!isUniqueViolation(error)) throw error;
  }
}

async function createAccount(input: SignUpInput, passwordHash: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: { email: input.email, name: input.name, passwordHash, roles: ["RESIDENT"] },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "user.sign_up",
      subjectType: "User",
      subjectId: user.id,
      after: { name: input.name, purpose: input.purpose },
    });
    if (input.purpose === "NETSUGEN" && input.planCode) {
      const plan = await tx.membershipPlan.findUniqueOrThrow({ where: { code: input.planCode }, select: { id: true } });
      const membership = await tx.membership.create({
        data: { holderId: user.id, planId: plan.id, status: "APPLIED" },
        select: { id: true },
      });
      await recordAudit(tx, {
        actorId: user.id,
        action: "membership.apply",
        subjectType: "Membership",
        subjectId: membership.id,
        after: { planCode: input.planCode, status: "APPLIED" },
      });
    }
  });
}
