import "server-only";
// One nodemailer transport per SMTP_URL, reused across messages.
import nodemailer, { type Transporter } from "nodemailer";

const globalState = globalThis as typeof globalThis & { __yukemuriMailTransports?: Map<string, Transporter> };
const transports = (globalState.__yukemuriMailTransports ??= new Map());

export function smtpTransport(url: string): Transporter {
  let transport = transports.get(url);
  if (!transport) {
    // Bounded waits: a stuck server must fail the attempt (and be retried), not hold the job forever.
    transport = nodemailer.createTransport(url, { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 } as never);
    transports.set(url, transport);
  }
  return transport;
}
