import "server-only";
// Turning off one kind of notification mail, from the link in such a mail. Idempotent: a second
// click (or a mail client's automatic POST and then the person's) changes nothing more.
import { recordAudit } from "../audit/record";
import { db } from "../db";
import { isNotificationMailKind } from "./kinds";
import { verifyUnsubscribe } from "./unsubscribe-token";

export type UnsubscribeOutcome = { ok: true; kind: string } | { ok: false };

/** The kind a valid token is about, without changing anything (for the confirmation page). */
export function readUnsubscribeToken(token: unknown): UnsubscribeOutcome {
  const verified = verifyUnsubscribe(token);
  return verified && isNotificationMailKind(verified.kind) ? { ok: true, kind: verified.kind } : { ok: false };
}

export async function unsubscribe(token: unknown): Promise<UnsubscribeOutcome> {
  const verified = verifyUnsubscribe(token);
  if (!verified || !isNotificationMailKind(verified.kind)) return { ok: false };
  const { userId, kind } = verified;
  const done = await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true } });
    if (!user) return false;
    const existing = await tx.mailOptOut.findUnique({ where: { userId_kind: { userId, kind } }, select: { kind: true } });
    if (existing) return true;
    await tx.mailOptOut.create({ data: { userId, kind } });
    await recordAudit(tx, { actorId: userId, action: "mail.unsubscribe", subjectType: "User", subjectId: userId, after: { kind } });
    return true;
  });
  return done ? { ok: true, kind } : { ok: false };
}
