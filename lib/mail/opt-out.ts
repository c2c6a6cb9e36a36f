import "server-only";
// Turning off mail from the link in a mail. For a notice, its kind goes OFF; for a digest, every
// kind sent in that digest goes OFF (the in-app notices stay). Idempotent: a second click (or a
// mail client's automatic POST and then the person's) changes nothing more.
import { recordAudit } from "../audit/record";
import { db } from "../db";
import { DIGEST_MAIL_KINDS, isDigestMailKind, isUnsubscribableKind } from "./kinds";
import { verifyUnsubscribe } from "./unsubscribe-token";

export type UnsubscribeOutcome = { ok: true; kind: string } | { ok: false };

/** The kind a valid token is about, without changing anything (for the confirmation page). */
export function readUnsubscribeToken(token: unknown): UnsubscribeOutcome {
  const verified = verifyUnsubscribe(token);
  return verified && isUnsubscribableKind(verified.kind) ? { ok: true, kind: verified.kind } : { ok: false };
}

export async function unsubscribe(token: unknown): Promise<UnsubscribeOutcome> {
  const verified = verifyUnsubscribe(token);
  if (!verified || !isUnsubscribableKind(verified.kind)) return { ok: false };
  const { userId, kind } = verified;
  const done = await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true } });
    if (!user) return false;
    let changed: number;
    if (isDigestMailKind(kind)) {
      const cadence = kind === DIGEST_MAIL_KINDS.DAILY ? "DAILY" : "WEEKLY";
      ({ count: changed } = await tx.notificationPreference.updateMany({ where: { userId, delivery: cadence }, data: { delivery: "OFF" } }));
    } else {
      const existing = await tx.notificationPreference.findUnique({ where: { userId_kind: { userId, kind } }, select: { delivery: true } });
      changed = existing?.delivery === "OFF" ? 0 : 1;
      if (changed) await tx.notificationPreference.upsert({ where: { userId_kind: { userId, kind } }, create: { userId, kind, delivery: "OFF" }, update: { delivery: "OFF" } });
    }
    if (changed > 0) await recordAudit(tx, { actorId: userId, action: "mail.unsubscribe", subjectType: "User", subjectId: userId, after: { kind } });
    return true;
  });
  return done ? { ok: true, kind } : { ok: false };
}
