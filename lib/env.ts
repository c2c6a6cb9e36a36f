// Every environment variable the platform reads, each with its type and default, in one place; the
// README's Configuration table lists the same names (a test holds the two together). Values are
// read at the moment they are asked for, not once at start: tests point SMTP_URL or DATABASE_URL
// elsewhere between cases, and `npm start` sets PORT after this module has loaded.
// Plain zod, not lib/validation/zod: these messages are for whoever deploys, in zod's own English,
// not message keys for a form.
// eslint-disable-next-line @typescript-eslint/no-restricted-imports
import { z } from "zod";

const text = z.string();
const positiveInt = z.coerce.number().int().positive();
const flag = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");

const VARIABLES = {
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }),
  DATABASE_POOL_SIZE: positiveInt,
  PGLITE_DATA_DIR: text,
  AUTH_SECRET: text.min(16),
  NEXTAUTH_SECRET: text.min(16),
  YUKEMURI_ALLOW_GENERATED_SECRET: flag,
  NEXTAUTH_URL: z.url({ protocol: /^https?$/ }),
  PORT: positiveInt.max(65_535),
  UPLOAD_DIR: text,
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]),
  PAGE_CACHE_SECONDS: z.coerce.number().min(0),
  PAGE_CACHE_ORIGIN: z.url({ protocol: /^https?$/ }),
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10),
  SMTP_URL: z.url({ protocol: /^smtps?$/ }),
  MAIL_FROM: text,
  JOBS_IN_PROCESS: flag,
  OPERATOR_NAME: text,
  OPERATOR_NAME_EN: text,
  OPERATOR_DEPARTMENT: text,
  OPERATOR_DEPARTMENT_EN: text,
  OPERATOR_ADDRESS: text,
  OPERATOR_ADDRESS_EN: text,
  OPERATOR_EMAIL: z.email(),
  OPERATOR_PHONE: text,
  OPERATOR_HOURS: text,
  OPERATOR_HOURS_EN: text,
  SUPPORTER_CORE_ACTIVITIES: positiveInt.max(100),
} as const;

export type SettingName = keyof typeof VARIABLES;
export type SettingValue<N extends SettingName> = z.output<(typeof VARIABLES)[N]>;

/** The names this module reads, for the test that keeps the README's table complete. */
export const SETTING_NAMES = Object.keys(VARIABLES) as SettingName[];

export class InvalidSettingError extends Error {
  constructor(name: string, detail: string) {
    super(`Environment variable ${name} is invalid: ${detail}`);
    this.name = "InvalidSettingError";
  }
}

/**
 * The setting's typed value, or undefined when it is unset or blank (callers apply their default).
 * A value that is set but malformed throws, naming the variable: a typo in a deployment's
 * configuration stops the server instead of silently falling back.
 */
export function setting<N extends SettingName>(name: N, source: Readonly<Record<string, string | undefined>> = process.env): SettingValue<N> | undefined {
  const raw = source[name]?.trim();
  if (!raw) return undefined;
  const parsed = VARIABLES[name].safeParse(raw);
  if (!parsed.success) throw new InvalidSettingError(name, parsed.error.issues.map((issue) => issue.message).join("; "));
  return parsed.data as SettingValue<N>;
}

/** Every malformed setting at once, for `npm start` and the worker to report before they begin. */
export function invalidSettings(source: Readonly<Record<string, string | undefined>> = process.env): string[] {
  const problems: string[] = [];
  for (const name of SETTING_NAMES) {
    try {
      setting(name, source);
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  return problems;
}
