import "server-only";
import { db } from "../db";
import { logger } from "../logging/logger";
import { recordAudit } from "../audit/record";
import { isUniqueViolation } from "../db/errors";
import { resolveAuthSecret } from "./secret";
import { secondsUntilNextAttempt, THROTTLE_WINDOW_MS } from "./throttle";
import type { Role } from "./roles";
import { dummyPasswordHash, hashPassword, verifyPassword } from "./password";
import type { SignUpInput } from "./schemas";
import { composeMail } from "../mail/compose";
import { ACCOUNT_MAIL_KINDS } from "../mail/kinds";
import { mailBaseUrl } from "../mail/settings";
import { consume } from "../security/rate-limit";
import { hmacText } from "../security/signing";
import { sendEmailConfirmation } from "./email-confirmation";

export interface AuthenticatedUser {
  id: string;
  name: string;
  email: string;
  roles: Role[];
}

export type SignInVerdict =
  | { kind: "ok"; user: AuthenticatedUser }
  | { kind: "failed" }
  | { kind: "wait"; retryAfterSeconds: number };

function throttleKey(kind: "account" | "client", value: string): string {
  return hmacText(resolveAuthSecret(), `sign-in-throttle:${kind}:${value}`);
}

/**
 * Checks an email and password from one client address. A pair that has failed too often is told
 * to wait before its password is even checked (lib/auth/throttle.ts); the account itself is never
 * locked. Unknown addresses go through the same steps in the same time, so neither the answer nor
 * the wait reveals who has an account.
 */
export async function authenticate(email: string, password: string, clientAddress: string, now = new Date()): Promise<SignInVerdict> {
  const normalised = email.trim().toLowerCase();
  const accountKey = throttleKey("account", normalised);
  const clientKey = throttleKey("client", clientAddress);

  // The check and a provisional failure are written under one lock per pair, so parallel guesses
  // from one client see each other instead of all slipping through on the same count.
  const attempt = await db.$transaction(async (tx): Promise<{ wait: number } | { failureId: string }> => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`sign-in:${accountKey}:${clientKey}`}))`;
    const since = new Date(now.getTime() - THROTTLE_WINDOW_MS);
    const [accountFailures, pair] = await Promise.all([
      tx.signInFailure.count({ where: { accountKey, failedAt: { gt: since } } }),
      tx.signInFailure.aggregate({ where: { accountKey, clientKey, failedAt: { gt: since } }, _count: { _all: true }, _max: { failedAt: true } }),
    ]);
    const wait = secondsUntilNextAttempt({ accountFailures, pairFailures: pair._count._all ?? 0, lastPairFailureAt: pair._max.failedAt }, now);
    if (wait > 0) return { wait };
    const failure = await tx.signInFailure.create({ data: { accountKey, clientKey, failedAt: now }, select: { id: true } });
    return { failureId: failure.id };
  });
  if ("wait" in attempt) {
    logger.warn({ event: "sign_in.throttled", retryAfterSeconds: attempt.wait }, "sign-in attempt made to wait");
    return { kind: "wait", retryAfterSeconds: attempt.wait };
  }

  const user = await findSignInUser(normalised);
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !valid) {
    await db.signInFailure.deleteMany({ where: { failedAt: { lt: new Date(now.getTime() - THROTTLE_WINDOW_MS) } } });
    return { kind: "failed" };
  }
  await db.signInFailure.deleteMany({ where: { OR: [{ id: attempt.failureId }, { accountKey, clientKey }] } });
  return { kind: "ok", user: { id: user.id, name: user.name, email: user.email, roles: user.roles } };
}

async function findSignInUser(email: string) {
  const user = await db.user.findUnique({ where: { email }, omit: { passwordHash: false } });
  return user && user.disabledAt === null && user.deletedAt === null ? user : null;
}

/**
 * Open sign-up for residents and NETSUGEN applicants. An address that already has an account
 * gets the same answer as a new one and nothing changes, so sign-up cannot be used to learn
 * who is registered.
 */
export async function registerUser(input: SignUpInput): Promise<void> {
  const passwordHash = await hashPassword(input.password);
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true, deletedAt: true, disabledAt: true } });
  if (existing) {
    if (!existing.deletedAt && !existing.disabledAt) await tellOwnerOfSignUpAttempt(existing.id);
    return;
  }

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
    await sendEmailConfirmation(tx, user.id, input.email);
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

/**
 * The owner of an address someone tried to sign up with hears of it (perhaps they forgot they had
 * an account), while the person signing up sees the usual answer. Limited like resent
 * confirmations, so sign-up cannot be used to flood an inbox.
 */
async function tellOwnerOfSignUpAttempt(userId: string): Promise<void> {
  if (!(await consume("confirmationMail", userId)).allowed) return;
  await db.$transaction((tx) =>
    composeMail(tx, {
      kind: ACCOUNT_MAIL_KINDS.signUpExisting,
      userId,
      unsubscribable: false,
      content: {
        subject: { key: "accountMail.signUpExisting.subject" },
        paragraphs: [{ key: "accountMail.signUpExisting.body" }, { key: "accountMail.signUpExisting.notYou" }],
        action: { url: `${mailBaseUrl()}/forgot-password`, intro: { key: "accountMail.signUpExisting.intro" }, label: { key: "accountMail.signUpExisting.button" } },
        reason: { key: "accountMail.signUpExisting.reason" },
      },
    }),
  );
}
