import "server-only";
// Single-use links sent by mail (confirming an address, resetting a password), made and stored as
// lib/security/link-token.ts says: the database keeps only the token's hash.
import { db } from "../db";
import type { AccountTokenPurpose, Prisma } from "../generated/prisma/client";
import { hashLinkToken as hashToken, newLinkToken } from "../security/link-token";

type TokenWriter = Pick<Prisma.TransactionClient, "accountToken">;

export const ACCOUNT_TOKEN_LIFETIME_MS: Record<AccountTokenPurpose, number> = {
  CONFIRM_EMAIL: 24 * 60 * 60 * 1000,
  RESET_PASSWORD: 30 * 60 * 1000,
};

/** An invitation sets the first password through a reset link that lasts a week, not 30 minutes. */
export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

const MAX_TOKEN_LENGTH = 200;

/**
 * A new link for `purpose`. Earlier unused links of the same purpose stop working: only the
 * newest mail counts, so an old reset mail found later in someone's inbox opens nothing.
 */
export async function issueAccountToken(
  tx: TokenWriter,
  request: { userId: string; purpose: AccountTokenPurpose; email?: string; lifetimeMs?: number },
  now = new Date(),
): Promise<string> {
  await tx.accountToken.deleteMany({ where: { userId: request.userId, purpose: request.purpose, usedAt: null } });
  const token = newLinkToken();
  await tx.accountToken.create({
    data: {
      userId: request.userId,
      purpose: request.purpose,
      email: request.email ?? null,
      tokenHash: hashToken(token),
      expiresAt: new Date(now.getTime() + (request.lifetimeMs ?? ACCOUNT_TOKEN_LIFETIME_MS[request.purpose])),
    },
  });
  return token;
}

export interface UsableToken {
  userId: string;
  email: string | null;
}

async function findUsable(tx: TokenWriter, token: unknown, purpose: AccountTokenPurpose, now: Date) {
  if (typeof token !== "string" || token.length === 0 || token.length > MAX_TOKEN_LENGTH) return null;
  const row = await tx.accountToken.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!row || row.purpose !== purpose || row.usedAt !== null || row.expiresAt <= now) return null;
  return row;
}

/** Whether a link still works, without using it (the page a link opens asks before acting). */
export async function peekAccountToken(token: unknown, purpose: AccountTokenPurpose, now = new Date()): Promise<UsableToken | null> {
  const row = await db.$transaction((tx) => findUsable(tx, token, purpose, now));
  return row && { userId: row.userId, email: row.email };
}

/**
 * Uses a link once. The conditional update is the guard: of two requests racing with one link,
 * exactly one sees a row change; the other gets null, as for an expired or unknown link.
 */
export async function consumeAccountToken(tx: TokenWriter, token: unknown, purpose: AccountTokenPurpose, now = new Date()): Promise<UsableToken | null> {
  const row = await findUsable(tx, token, purpose, now);
  if (!row) return null;
  const { count } = await tx.accountToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: now } });
  return count === 1 ? { userId: row.userId, email: row.email } : null;
}
