// Where mail goes, read from the environment on each use so a test can point it elsewhere.
// SMTP_URL unset (the default) keeps every message in the outbox table for /admin/outbox, so a
// demo or an offline machine loses nothing and sends nothing.
import { operator } from "../site/operator";
import { setting } from "../env";

export type MailTransportKind = "smtp" | "outbox";

export function mailTransportKind(): MailTransportKind {
  return setting("SMTP_URL") ? "smtp" : "outbox";
}

/** The From header: MAIL_FROM, else the operator's address under the platform's name. */
export function mailFrom(): string {
  const configured = setting("MAIL_FROM");
  if (configured) return configured;
  return `"湯けむり Yukemuri" <${operator("ja").email}>`;
}

/** The public origin links in mail point to (a mail has no request to take a host from). */
export function mailBaseUrl(): string {
  const configured = setting("NEXTAUTH_URL");
  if (configured) return configured.replace(/\/+$/, "");
  return `http://localhost:${setting("PORT") ?? 3000}`;
}

/** One line for `npm start` and the worker: where mail goes, without the SMTP password. */
export function describeMailTransport(): string {
  const url = setting("SMTP_URL");
  if (!url) return "outbox only (no SMTP_URL): read messages at /admin/outbox";
  try {
    const parsed = new URL(url);
    return `SMTP ${parsed.protocol}//${parsed.hostname}${parsed.port ? `:${parsed.port}` : ""}`;
  } catch {
    return "SMTP (SMTP_URL is not a valid URL)";
  }
}
