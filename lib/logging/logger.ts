// Structured logs (pino): one JSON object per line, with the request id that proxy.ts gives every
// request, so a report from a user ("reference 1234…") can be traced through the logs. Personal
// data never reaches them: the fields below are censored wherever they appear, and callers log
// ids, not names or addresses.
import pino, { type DestinationStream, type Logger } from "pino";
import { setting } from "../env";

/** Fields that hold personal data or secrets, censored at any depth pino can address. */
export const REDACTED_FIELDS = [
  "email",
  "password",
  "passwordConfirm",
  "passwordHash",
  "name",
  "nickname",
  "phone",
  "address",
  "ip",
  "cookie",
  "authorization",
  "x-forwarded-for",
  "set-cookie",
];

// pino's paths: top level, one level down and two levels down ("*.email", "*.*.email").
const accessor = (field: string) => (/^[A-Za-z_$][\w$]*$/.test(field) ? `.${field}` : `["${field}"]`);
const redactPaths = REDACTED_FIELDS.flatMap((field) => {
  const tail = accessor(field);
  return [tail.startsWith(".") ? tail.slice(1) : tail, `*${tail}`, `*.*${tail}`];
});

export function createLogger(destination?: DestinationStream): Logger {
  return pino(
    {
      level: setting("LOG_LEVEL") ?? (process.env.VITEST ? "silent" : "info"),
      base: { service: "yukemuri" },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: redactPaths, censor: "[redacted]" },
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
}

const globalState = globalThis as typeof globalThis & { __yukemuriLogger?: Logger };

/** The process's logger. */
export const logger: Logger = (globalState.__yukemuriLogger ??= createLogger());

const EMAIL = /[^\s@"'<>]+@[^\s@"'<>]+\.[^\s@"'<>]+/g;

/** Text from elsewhere (an error message) with any e-mail address in it masked. */
export function maskPersonalText(text: string, max = 500): string {
  return text.replace(EMAIL, "[email]").slice(0, max);
}
