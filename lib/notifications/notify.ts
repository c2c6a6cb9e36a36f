import "server-only";
// Telling someone about something: the in-app notice and, as they chose for that kind, an e-mail
// now, a place in their next daily or weekly digest, or no mail; all in the caller's transaction.
// Every notice goes through here.
import type { Prisma } from "../generated/prisma/client";
import { composeMail, type MailAttachment } from "../mail/compose";
import { kindMessageKey } from "../mail/kinds";
import { mailBaseUrl } from "../mail/settings";
import { deliveryFor } from "./preferences";
import { presentNotification } from "./present";

type NotifyWriter = Pick<Prisma.TransactionClient, "notification" | "user" | "notificationPreference" | "mailMessage">;

export interface Notice {
  userId: string;
  kind: string;
  payload: Prisma.InputJsonObject;
  /** Sent with the immediate mail only; the in-app notice and digests link to the page instead. */
  attachments?: readonly MailAttachment[];
}

export async function notify(tx: NotifyWriter, notice: Notice): Promise<void> {
  const delivery = await deliveryFor(tx, notice.userId, notice.kind);
  const awaitsDigest = delivery === "DAILY" || delivery === "WEEKLY";
  await tx.notification.create({ data: { userId: notice.userId, kind: notice.kind, payload: notice.payload, awaitsDigest } });
  if (delivery !== "IMMEDIATE") return;
  const presented = presentNotification(notice.kind, notice.payload);
  await composeMail(tx, {
    kind: notice.kind,
    userId: notice.userId,
    unsubscribable: true,
    content: {
      subject: { key: `mail.subjects.${presented.messageKey}`, values: presented.values },
      paragraphs: [{ key: `notifications.${presented.messageKey}`, values: presented.values }],
      action: presented.href ? { url: `${mailBaseUrl()}${presented.href}` } : undefined,
      reason: { key: `mail.reasons.${kindMessageKey(notice.kind)}` },
    },
    attachments: notice.attachments,
  });
}
