import "server-only";
import type { z } from "zod";
import { fail, ok, type ActionResult } from "../actions/result";
import { recordAudit } from "../audit/record";
import { INVITATION_LIFETIME_MS, issueAccountToken } from "../auth/account-tokens";
import { INVITED_PASSWORD_HASH } from "../auth/password";
import type { createUserSchema } from "../auth/schemas";
import type { CurrentUser } from "../auth/session";
import { db } from "../db";
import { isUniqueViolation } from "../db/errors";
import { composeMail } from "../mail/compose";
import { ACCOUNT_MAIL_KINDS } from "../mail/kinds";
import { mailBaseUrl } from "../mail/settings";

/**
 * An admin invites someone with any roles (staff and admins are never self-registered). No
 * password passes through the admin: the invitee sets their own from a mailed link, which also
 * proves the address. Until then the account cannot be signed in to.
 */
export async function createUser(admin: CurrentUser, input: z.infer<typeof createUserSchema>, now = new Date()): Promise<ActionResult<{ id: string }>> {
  try {
    const id = await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { name: input.name, email: input.email, passwordHash: INVITED_PASSWORD_HASH, roles: input.roles },
        select: { id: true },
      });
      const token = await issueAccountToken(tx, { userId: user.id, purpose: "RESET_PASSWORD", lifetimeMs: INVITATION_LIFETIME_MS }, now);
      await composeMail(tx, {
        kind: ACCOUNT_MAIL_KINDS.invitation,
        userId: user.id,
        unsubscribable: false,
        content: {
          subject: { key: "accountMail.invitation.subject" },
          paragraphs: [{ key: "accountMail.invitation.body", values: { inviter: admin.name } }, { key: "accountMail.invitation.expiry" }],
          action: {
            url: `${mailBaseUrl()}/reset-password?token=${encodeURIComponent(token)}&welcome=1`,
            intro: { key: "accountMail.invitation.intro" },
            label: { key: "accountMail.invitation.button" },
          },
          reason: { key: "accountMail.invitation.reason" },
        },
      });
      await recordAudit(tx, {
        actorId: admin.id,
        action: "user.create",
        subjectType: "User",
        subjectId: user.id,
        after: { name: input.name, email: input.email, roles: input.roles, invited: true },
      });
      return user.id;
    });
    return ok({ id });
  } catch (error) {
    // Admins may learn that an address is taken: they manage accounts.
    if (isUniqueViolation(error)) return fail("errors.emailTaken", { email: ["errors.emailTaken"] });
    throw error;
  }
}
