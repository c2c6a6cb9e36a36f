import "server-only";
// Getting back in after forgetting a password: a link by mail that works once, for 30 minutes.
// The request is answered the same way whether or not the address has an account, and using the
// link ends every session, so whoever else was signed in (perhaps the reason for the reset) is out.
import type { z } from "zod";
import { fail, ok, type ActionResult } from "../actions/result";
import { recordAudit } from "../audit/record";
import { db } from "../db";
import { composeMail } from "../mail/compose";
import { ACCOUNT_MAIL_KINDS } from "../mail/kinds";
import { mailBaseUrl } from "../mail/settings";
import { consume } from "../security/rate-limit";
import { consumeAccountToken, issueAccountToken, peekAccountToken } from "./account-tokens";
import { hashPassword, INVITED_PASSWORD_HASH } from "./password";
import type { passwordResetRequestSchema, passwordResetSchema } from "./schemas";
import { revokeOtherUserSessions } from "./user-sessions";

/**
 * Writes a reset mail if the address belongs to an active account. Returns nothing either way:
 * the caller's answer must not depend on it.
 */
export async function requestPasswordReset(input: z.infer<typeof passwordResetRequestSchema>, now = new Date()): Promise<void> {
  const user = await db.user.findUnique({ where: { email: input.email }, select: { id: true, disabledAt: true, deletedAt: true } });
  if (!user || user.disabledAt || user.deletedAt) return;
  // Someone naming this address over and over would fill its inbox; past the limit, nothing is sent.
  if (!(await consume("passwordResetMail", user.id)).allowed) return;
  await db.$transaction(async (tx) => {
    const token = await issueAccountToken(tx, { userId: user.id, purpose: "RESET_PASSWORD" }, now);
    await composeMail(tx, {
      kind: ACCOUNT_MAIL_KINDS.resetPassword,
      userId: user.id,
      unsubscribable: false,
      content: {
        subject: { key: "accountMail.resetPassword.subject" },
        paragraphs: [{ key: "accountMail.resetPassword.body" }, { key: "accountMail.resetPassword.expiry" }, { key: "accountMail.resetPassword.notYou" }],
        action: {
          url: `${mailBaseUrl()}/reset-password?token=${encodeURIComponent(token)}`,
          intro: { key: "accountMail.resetPassword.intro" },
          label: { key: "accountMail.resetPassword.button" },
        },
        reason: { key: "accountMail.resetPassword.reason" },
      },
    });
    await recordAudit(tx, { actorId: null, action: "user.password_reset_request", subjectType: "User", subjectId: user.id });
  });
}

/** Whether a reset link still works, so its page can say so before anyone types a password. */
export async function resetLinkIsUsable(token: unknown): Promise<boolean> {
  return (await peekAccountToken(token, "RESET_PASSWORD")) !== null;
}

/**
 * Sets the new password and ends every session of the account. Opening the link also proves the
 * address, so an unconfirmed account becomes confirmed.
 */
export async function resetPassword(input: z.infer<typeof passwordResetSchema>, now = new Date()): Promise<ActionResult<undefined>> {
  // Hashed before the transaction: argon2 takes a moment, and the transaction holds the token row.
  const passwordHash = await hashPassword(input.password);
  const done = await db.$transaction(async (tx) => {
    const used = await consumeAccountToken(tx, input.token, "RESET_PASSWORD", now);
    if (!used) return false;
    const user = await tx.user.findUnique({ where: { id: used.userId }, select: { passwordHash: true, emailConfirmedAt: true, disabledAt: true, deletedAt: true } });
    if (!user || user.disabledAt || user.deletedAt) return false;
    await tx.user.update({ where: { id: used.userId }, data: { passwordHash, emailConfirmedAt: user.emailConfirmedAt ?? now } });
    const endedSessions = await revokeOtherUserSessions(tx, used.userId, null, now);
    // An invitee setting their first password changed nothing anyone needs warning of.
    const invitation = user.passwordHash === INVITED_PASSWORD_HASH;
    if (!invitation) {
      await composeMail(tx, {
        kind: ACCOUNT_MAIL_KINDS.passwordChanged,
        userId: used.userId,
        unsubscribable: false,
        content: {
          subject: { key: "accountMail.passwordChanged.subject" },
          paragraphs: [{ key: "accountMail.passwordChanged.body" }, { key: "accountMail.passwordChanged.notYou" }],
          action: { url: `${mailBaseUrl()}/forgot-password`, intro: { key: "accountMail.passwordChanged.intro" }, label: { key: "accountMail.passwordChanged.button" } },
          reason: { key: "accountMail.passwordChanged.reason" },
        },
      });
    }
    await recordAudit(tx, {
      actorId: used.userId,
      action: invitation ? "user.invitation_accept" : "user.password_reset",
      subjectType: "User",
      subjectId: used.userId,
      after: { endedSessions },
    });
    return true;
  });
  return done ? ok(undefined) : fail("accountErrors.linkInvalid");
}

