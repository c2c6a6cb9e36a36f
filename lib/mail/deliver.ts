import "server-only";
// Delivers one stored mail. Safe to call any number of times for the same row, from any worker:
// 1. claim: QUEUED → SENDING (a conditional update, so two workers never both send);
// 2. send over SMTP with the Message-ID fixed at composition, or keep it in the outbox (STORED);
// 3. SENT, or back to QUEUED with the error so the queue retries it (FAILED after the last try).
// A row already SENDING when an attempt starts means the worker holding it died between steps 1
// and 3. The SMTP server may have accepted the message, so it becomes UNCERTAIN instead of being
// sent again: nobody gets a message twice, and admins see the few that need a look.
import { db } from "../db";
import { logger } from "../logging/logger";
import { mailFrom, mailTransportKind } from "./settings";
import { smtpTransport } from "./transport";
import { setting } from "../env";

export type DeliveryOutcome = "sent" | "stored" | "uncertain" | "already-done" | "missing";

const MAX_ERROR_LENGTH = 1_000;

export class MailDeliveryError extends Error {}

function headersOf(value: unknown): Record<string, string> {
  if (typeof value !== "object" || value === null) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}

function attachmentsOf(value: unknown): { filename: string; contentType: string; content: string }[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (a): a is { filename: string; contentType: string; content: string } =>
      typeof a === "object" && a !== null && typeof a.filename === "string" && typeof a.contentType === "string" && typeof a.content === "string",
  );
}

// The server answered with a refusal (4xx/5xx), or the failure came before the message was handed
// over (no connection, TLS, authentication, addresses): trying again cannot deliver it twice.
const REFUSED_CODES = new Set(["ECONNECTION", "EAUTH", "EENVELOPE", "EDNS", "ETLS", "EMESSAGE"]);
function refusedBeforeAcceptance(error: unknown): boolean {
  const e = error as { responseCode?: unknown; code?: unknown; command?: unknown } | null;
  if (!e) return false;
  return typeof e.responseCode === "number" || e.command === "CONN" || (typeof e.code === "string" && REFUSED_CODES.has(e.code));
}

export async function deliverMail(id: string, options: { finalAttempt: boolean; now?: () => Date }): Promise<DeliveryOutcome> {
  const now = options.now ?? (() => new Date());
  const claimed = await db.mailMessage.updateMany({ where: { id, state: "QUEUED" }, data: { state: "SENDING", attempts: { increment: 1 }, sendingAt: now() } });
  if (claimed.count === 0) {
    const { count } = await db.mailMessage.updateMany({
      where: { id, state: "SENDING" },
      data: { state: "UNCERTAIN", finishedAt: now(), lastError: "The worker stopped while sending; not sent again." },
    });
    if (count === 1) {
      logger.warn({ event: "mail.uncertain", mailId: id }, "mail left mid-send by a stopped worker");
      return "uncertain";
    }
    return (await db.mailMessage.count({ where: { id } })) === 1 ? "already-done" : "missing";
  }

  const mail = await db.mailMessage.findUniqueOrThrow({ where: { id } });
  const smtpUrl = setting("SMTP_URL");
  if (mailTransportKind() === "outbox" || !smtpUrl) {
    await db.mailMessage.update({ where: { id }, data: { state: "STORED", finishedAt: now() } });
    return "stored";
  }
  try {
    await smtpTransport(smtpUrl).sendMail({
      from: mailFrom(),
      to: mail.toAddress,
      subject: mail.subject,
      text: mail.textBody,
      html: mail.htmlBody,
      messageId: mail.messageId,
      headers: headersOf(mail.headers),
      attachments: attachmentsOf(mail.attachments),
    });
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).slice(0, MAX_ERROR_LENGTH);
    if (!refusedBeforeAcceptance(error)) {
      // Lost the connection after handing the message over: it may have been taken.
      await db.mailMessage.update({ where: { id }, data: { state: "UNCERTAIN", lastError: message, finishedAt: now() } });
      logger.warn({ event: "mail.uncertain", mailId: id }, "mail delivery ended without an answer");
      return "uncertain";
    }
    await db.mailMessage.update({
      where: { id },
      data: options.finalAttempt ? { state: "FAILED", lastError: message, finishedAt: now() } : { state: "QUEUED", lastError: message },
    });
    logger.warn({ event: "mail.send_failed", mailId: id, final: options.finalAttempt }, "mail delivery failed");
    throw new MailDeliveryError(message);
  }
  await db.mailMessage.update({ where: { id }, data: { state: "SENT", finishedAt: now(), lastError: null } });
  return "sent";
}
