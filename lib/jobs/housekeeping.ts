import "server-only";
// Deletes what has outlived its use: rate-limit counters whose window is over and account links
// (confirmation, password reset) that expired or were used; and marks as FAILED mail that has
// waited a day without being delivered (its job is long gone: admins should see it).
import { db } from "../db";

const DAY_MS = 24 * 60 * 60 * 1000;

export async function expireStaleRows(now = new Date()): Promise<{ rateLimits: number; accountTokens: number; staleMail: number }> {
  const { count: rateLimits } = await db.rateLimit.deleteMany({ where: { expire: { lt: now } } });
  const { count: accountTokens } = await db.accountToken.deleteMany({ where: { OR: [{ expiresAt: { lt: now } }, { usedAt: { not: null } }] } });
  const { count: staleMail } = await db.mailMessage.updateMany({
    where: { state: "QUEUED", createdAt: { lt: new Date(now.getTime() - DAY_MS) } },
    data: { state: "FAILED", finishedAt: now, lastError: "Not delivered within a day." },
  });
  return { rateLimits, accountTokens, staleMail };
}
