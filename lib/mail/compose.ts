import "server-only";
// The composition API: features describe a mail by message keys, and composeMail renders it in
// the recipient's language and stores it as a QUEUED row of the outbox, inside the caller's
// transaction, so a mail exists exactly when the change it reports does. Delivery is the queue's
// job (lib/mail/deliver.ts); nothing here talks to a mail server.
import { randomUUID } from "node:crypto";
import type { Prisma } from "../generated/prisma/client";
import { deliveryFor } from "../notifications/preferences";
import { operator } from "../site/operator";
import { type MailContent, renderMail } from "./render";
import { mailBaseUrl } from "./settings";
import { mailLocale, translatorFor } from "./translator";
import { signUnsubscribe } from "./unsubscribe-token";

type MailWriter = Pick<Prisma.TransactionClient, "user" | "notificationPreference" | "mailMessage">;

export interface ComposeRequest {
  kind: string;
  /** The account the mail is for: its address, name and language are read from it. */
  userId?: string;
  /** Someone without an account (a guest registered for an event by address): transactional mail only. */
  guest?: { address: string; name: string; locale: string };
  /** Another address of that person (the new one being confirmed, the old one told of a change). */
  toAddress?: string;
  content: Omit<MailContent, "recipientName">;
  /**
   * Notification mail (true) carries one-click unsubscribe and is written only for someone who
   * gets its kind immediately (not off, not by digest). Mail the person asked for (a confirmation
   * link) passes false.
   */
  unsubscribable: boolean;
  /** Files sent with it, such as a booking's calendar entry (.ics). */
  attachments?: readonly MailAttachment[];
}

/** A text file carried by a mail: stored with the row, so every attempt sends the same bytes. */
export interface MailAttachment {
  filename: string;
  contentType: string;
  content: string;
}

/** The link a notification mail's List-Unsubscribe header and footer point to. */
export function unsubscribeUrl(userId: string, kind: string): string {
  return `${mailBaseUrl()}/api/mail/unsubscribe?token=${encodeURIComponent(signUnsubscribe(userId, kind))}`;
}

async function accountRecipient(tx: MailWriter, request: ComposeRequest) {
  if (!request.userId) return null;
  const user = await tx.user.findUnique({ where: { id: request.userId }, select: { email: true, name: true, locale: true, disabledAt: true } });
  if (!user || user.disabledAt) return null;
  if (request.unsubscribable && (await deliveryFor(tx, request.userId, request.kind)) !== "IMMEDIATE") return null;
  return { userId: request.userId, email: user.email, name: user.name, locale: user.locale };
}

/** Stores the mail, or returns null when there is nobody to send it to (disabled, turned off). */
export async function composeMail(tx: MailWriter, request: ComposeRequest): Promise<string | null> {
  const recipient = request.guest
    ? { userId: null, email: request.guest.address, name: request.guest.name, locale: request.guest.locale }
    : await accountRecipient(tx, request);
  if (!recipient) return null;
  const locale = mailLocale(recipient.locale);
  const t = await translatorFor(locale);
  // Unsubscribing is a setting of an account; a guest's mail is only ever the one they asked for.
  const unsubscribe = request.unsubscribable && recipient.userId ? unsubscribeUrl(recipient.userId, request.kind) : null;
  const rendered = renderMail(t, { ...request.content, recipientName: recipient.name }, { operator: operator(locale), locale, unsubscribeUrl: unsubscribe });
  const headers: Record<string, string> = { "Content-Language": locale };
  if (unsubscribe) {
    headers["List-Unsubscribe"] = `<${unsubscribe}>`;
    headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click";
  }
  const id = randomUUID();
  await tx.mailMessage.create({
    data: {
      id,
      kind: request.kind,
      userId: recipient.userId,
      toAddress: request.toAddress ?? recipient.email,
      locale,
      subject: rendered.subject,
      textBody: rendered.text,
      htmlBody: rendered.html,
      headers,
      attachments: (request.attachments ?? []).map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })),
      messageId: `<${id}@${new URL(mailBaseUrl()).hostname}>`,
    },
  });
  return id;
}
