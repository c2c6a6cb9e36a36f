import "server-only";
// Proving an address is one's own: sign-up sends a link that works once, for 24 hours. Until it
// is opened the person may browse and sign in, but not post, offer or book (lib/auth/roles.ts).
import { fail, ok, type ActionResult } from "../actions/result";
import { recordAudit } from "../audit/record";
import { applyEmailChange } from "../account/email-change";
import { db } from "../db";
import { isUniqueViolation } from "../db/errors";
import type { Prisma } from "../generated/prisma/client";
import { composeMail } from "../mail/compose";
import { ACCOUNT_MAIL_KINDS } from "../mail/kinds";
import { mailBaseUrl } from "../mail/settings";
import { consume } from "../security/rate-limit";
import { consumeAccountToken, issueAccountToken, peekAccountToken } from "./account-tokens";
import type { CurrentUser } from "./session";

type ConfirmationWriter = Pick<Prisma.TransactionClient, "accountToken" | "user" | "notificationPreference" | "mailMessage">;

/** Issues a confirmation link for the account's address and writes the mail that carries it. */
export async function sendEmailConfirmation(tx: ConfirmationWriter, userId: string, email: string, now = new Date()): Promise<void> {
  const token = await issueAccountToken(tx, { userId, purpose: "CONFIRM_EMAIL", email }, now);
  await composeMail(tx, {
    kind: ACCOUNT_MAIL_KINDS.confirmEmail,
    userId,
    unsubscribable: false,
    content: {
      subject: { key: "accountMail.confirmEmail.subject" },
      paragraphs: [{ key: "accountMail.confirmEmail.body" }, { key: "accountMail.confirmEmail.expiry" }],
      action: {
        url: `${mailBaseUrl()}/confirm-email?token=${encodeURIComponent(token)}`,
        intro: { key: "accountMail.confirmEmail.intro" },
        label: { key: "accountMail.confirmEmail.button" },
      },
      reason: { key: "accountMail.confirmEmail.reason" },
    },
  });
}

/** Whether a confirmation link still works, for the page it opens (which asks before confirming). */
export async function confirmationLinkIsUsable(token: unknown): Promise<boolean> {
  return (await peekAccountToken(token, "CONFIRM_EMAIL")) !== null;
}

/**
 * Confirms the address the link was sent to: the account's own, or the one it asked to move to
 * (lib/account/email-change.ts). Only the newest link works, so it always names the address the
 * person wants now. Needs no sign-in: the link may be opened on another device.
 */
export async function confirmEmail(token: string, now = new Date()): Promise<ActionResult<undefined>> {
  const confirmed = await db
    .$transaction(async (tx) => {
      const used = await consumeAccountToken(tx, token, "CONFIRM_EMAIL", now);
      if (!used?.email) return false;
      const user = await tx.user.findUnique({ where: { id: used.userId }, select: { email: true, emailConfirmedAt: true, deletedAt: true, disabledAt: true } });
      if (!user || user.deletedAt || user.disabledAt) return false;
      if (user.email !== used.email) return applyEmailChange(tx, used.userId, user.email, used.email, now);
      if (user.emailConfirmedAt === null) {
        await tx.user.update({ where: { id: used.userId }, data: { emailConfirmedAt: now } });
        await recordAudit(tx, { actorId: used.userId, action: "user.email_confirm", subjectType: "User", subjectId: used.userId, after: { email: user.email } });
      }
      return true;
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error)) return false;
      throw error;
    });
  return confirmed ? ok(undefined) : fail("accountErrors.linkInvalid");
}

/** Sends the link again, for someone signed in whose address is not yet confirmed. */
export async function resendEmailConfirmation(user: CurrentUser, now = new Date()): Promise<ActionResult<{ alreadyConfirmed: boolean }>> {
  if (user.emailConfirmed) return ok({ alreadyConfirmed: true });
  const limit = await consume("confirmationMail", user.id);
  if (!limit.allowed) return fail("errors.rateLimited");
  await db.$transaction((tx) => sendEmailConfirmation(tx, user.id, user.email, now));
  return ok({ alreadyConfirmed: false });
}
