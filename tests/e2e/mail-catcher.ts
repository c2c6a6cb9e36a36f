// A real SMTP server for the end-to-end run, like MailHog: the production server under test sends
// to it over SMTP (SMTP_URL), and tests read what arrived through a small HTTP endpoint, because
// the browser tests run in other processes than the one holding the server.
import { createServer, type Server } from "node:http";
import { type AddressInfo } from "node:net";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export const E2E_SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 3125);
export const E2E_MAIL_API_PORT = Number(process.env.E2E_MAIL_API_PORT ?? 3126);

/** What a test sees of one received message. */
export interface CaughtMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  attachments: { filename: string; contentType: string; content: string }[];
}

function toCaught(mail: ParsedMail): CaughtMail {
  const headers: Record<string, string> = {};
  for (const { key, line } of mail.headerLines) headers[key] = line.slice(line.indexOf(":") + 1).replace(/\r?\n\s+/g, " ").trim();
  return {
    to: mail.to && !Array.isArray(mail.to) ? mail.to.text : "",
    subject: mail.subject ?? "",
    text: mail.text ?? "",
    html: typeof mail.html === "string" ? mail.html : "",
    headers,
    attachments: mail.attachments.map((a) => ({ filename: a.filename ?? "", contentType: a.contentType, content: a.content.toString("utf8") })),
  };
}

export async function startMailCatcher(): Promise<() => Promise<void>> {
  const caught: CaughtMail[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          caught.push(toCaught(mail));
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  const api: Server = createServer((request, response) => {
    const to = new URL(request.url ?? "/", "http://localhost").searchParams.get("to");
    response.setHeader("content-type", "application/json");
    response.end(JSON.stringify(caught.filter((mail) => !to || mail.to === to)));
  });
  await new Promise<void>((resolve) => smtp.listen(E2E_SMTP_PORT, "127.0.0.1", resolve));
  await new Promise<void>((resolve) => api.listen(E2E_MAIL_API_PORT, "127.0.0.1", resolve));
  const { port } = smtp.server.address() as AddressInfo;
  if (port !== E2E_SMTP_PORT) throw new Error(`The mail catcher listens on ${port}, not ${E2E_SMTP_PORT}`);
  return async () => {
    await new Promise<void>((resolve) => api.close(() => resolve()));
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  };
}

/** The messages to `address` so far, waiting until one matches `subject` (and has `containing` in its text). */
export async function waitForMail(address: string, subject: RegExp, { timeoutMs = 20_000, containing = "" } = {}): Promise<CaughtMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await fetch(`http://127.0.0.1:${E2E_MAIL_API_PORT}/?to=${encodeURIComponent(address)}`);
    const mails = (await response.json()) as CaughtMail[];
    const found = mails.find((mail) => subject.test(mail.subject) && mail.text.includes(containing));
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`No mail ${subject} to ${address} within ${timeoutMs} ms (got: ${mails.map((m) => m.subject).join(", ") || "none"})`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The first link in a mail's text part that starts with `prefix`. */
export function linkFrom(mail: CaughtMail, prefix: string): string {
  const link = mail.text.split(/\s+/).find((word) => word.startsWith(prefix));
  if (!link) throw new Error(`No link starting ${prefix} in:\n${mail.text}`);
  return link;
}
