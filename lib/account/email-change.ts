import "server-only";
// Moving an account to another address. The new address is proved the way a sign-up's is: a
// single-use link mailed to it (the CONFIRM_EMAIL token remembers which address it was sent to).
// Until the link is opened nothing changes; once it is, the old address is told, so a change
// nobody asked for does not go unnoticed.
import type { z } from "zod";
import { fail, ok, type ActionResult } from "../actions/result";
import { recordAudit } from "../audit/record";
import { issueAccountToken } from "../auth/account-tokens";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { composeMail } from "../mail/compose";
import { ACCOUNT_MAIL_KINDS } from "../mail/kinds";
import { mailBaseUrl } from "../mail/settings";
import { consume } from "../security/rate-limit";
import { passwordMatches } from "./mutations";
import type { changeEmailSchema } from "./schemas";

/**
 * Mails a confirmation link to the new address. An address that belongs to another account gets
 * the same answer and no mail, so this form cannot be used to learn who is registered.
 */
export async function requestEmailChange(user: CurrentUser, input: z.infer<typeof changeEmailSchema>, now = new Date()): Promise<ActionResult<{ email: string }>> {
  if (input.newEmail === user.email.toLowerCase()) return fail("errors.checkFields", { newEmail: ["accountErrors.sameEmail"] });
  // Counted before the password is checked, so a session left open cannot be used to guess it.
  if (!(await consume("confirmationMail", user.id)).allowed) return fail("errors.rateLimited");
  if (!(await passwordMatches(user.id, input.currentPassword))) return fail("errors.checkFields", { currentPassword: ["accountErrors.wrongPassword"] });
  const taken = (await db.user.count({ where: { email: input.newEmail } })) > 0;
  await db.$transaction(async (tx) => {
    await recordAudit(tx, { actorId: user.id, action: "user.email_change_request", subjectType: "User", subjectId: user.id, after: { email: input.newEmail } });
    if (taken) return;
    const token = await issueAccountToken(tx, { userId: user.id, purpose: "CONFIRM_EMAIL", email: input.newEmail }, now);
    await composeMail(tx, {
      kind: ACCOUNT_MAIL_KINDS.changeEmail,
      userId: user.id,
      toAddress: input.newEmail,
      unsubscribable: false,
      content: {
        subject: { key: "accountMail.changeEmail.subject" },
        paragraphs: [{ key: "accountMail.changeEmail.body" }, { key: "accountMail.changeEmail.expiry" }],
        action: {
          url: `${mailBaseUrl()}/confirm-email?token=${encodeURIComponent(token)}`,
          intro: { key: "accountMail.changeEmail.intro" },
          label: { key: "accountMail.changeEmail.button" },
        },
        reason: { key: "accountMail.changeEmail.reason" },
      },
    });
  });
  return ok({ email: input.newEmail });
}

type ChangeWriter = Pick<Prisma.TransactionClient, "user" | "auditLog" | "notificationPreference" | "mailMessage">;

/**
 * Switches the account to the address a confirmation link was sent to, and tells the old address.
 * False when another account took the address in the meantime: the link then changes nothing.
 */
export async function applyEmailChange(tx: ChangeWriter, userId: string, from: string, to: string, now: Date): Promise<boolean> {
  if ((await tx.user.count({ where: { email: to } })) > 0) return false;
  // A sign-up racing for the same address past this check meets the unique index; the caller
  // answers that as an unusable link.
  await tx.user.update({ where: { id: userId }, data: { email: to, emailConfirmedAt: now } });
  await recordAudit(tx, { actorId: userId, action: "user.email_change", subjectType: "User", subjectId: userId, before: { email: from }, after: { email: to } });
  await composeMail(tx, {
    kind: ACCOUNT_MAIL_KINDS.emailChanged,
    userId,
    toAddress: from,
    unsubscribable: false,
    content: {
      subject: { key: "accountMail.emailChanged.subject" },
      paragraphs: [{ key: "accountMail.emailChanged.body", values: { email: to } }, { key: "accountMail.emailChanged.notYou" }],
      reason: { key: "accountMail.emailChanged.reason" },
    },
  });
  return true;
}
