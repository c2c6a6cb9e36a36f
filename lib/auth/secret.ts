// The key that signs session tokens. A real deployment sets AUTH_SECRET. A fresh clone should
// still start with one command, so development (and `npm start`, which passes the secret on
// explicitly) fall back to a random key kept in `.data/auth-secret`; a production server started
// any other way refuses to run without a configured secret.
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { setting, type SettingName } from "../env";

export const GENERATED_SECRET_OPT_IN = "YUKEMURI_ALLOW_GENERATED_SECRET" satisfies SettingName;

const globalState = globalThis as typeof globalThis & { __yukemuriSecretWarned?: boolean };

export function generatedSecretPath(): string {
  return path.resolve(process.cwd(), ".data", "auth-secret");
}

export class MissingAuthSecretError extends Error {
  constructor() {
    super(
      "AUTH_SECRET is not set. A production server needs a fixed secret to sign sessions: set " +
        "AUTH_SECRET (e.g. `openssl rand -base64 32`), or start the app with `npm start`, which " +
        `generates one in .data/auth-secret. (${GENERATED_SECRET_OPT_IN}=1 allows that here too.)`,
    );
    this.name = "MissingAuthSecretError";
  }
}

/** AUTH_SECRET or NEXTAUTH_SECRET; else the generated development secret, where allowed. */
export function resolveAuthSecret(): string {
  const configured = setting("AUTH_SECRET") ?? setting("NEXTAUTH_SECRET");
  if (configured) return configured;
  if (process.env.NODE_ENV === "production" && setting(GENERATED_SECRET_OPT_IN) !== true) {
    throw new MissingAuthSecretError();
  }
  return readOrCreateGeneratedSecret();
}

/** Reads `.data/auth-secret`, creating it (32 random bytes, owner-only) on first use. */
export function readOrCreateGeneratedSecret(): string {
  const file = generatedSecretPath();
  let secret = existsSync(file) ? readFileSync(file, "utf8").trim() : "";
  if (!secret) {
    secret = randomBytes(32).toString("base64url");
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${secret}\n`, { mode: 0o600 });
    // `mode` only applies when the file is created; tighten a file that existed empty too.
    chmodSync(file, 0o600);
  }
  if (!globalState.__yukemuriSecretWarned) {
    globalState.__yukemuriSecretWarned = true;
    console.warn(
      `[auth] AUTH_SECRET is not set: using the generated secret in ${path.relative(process.cwd(), file)}. ` +
        "Set AUTH_SECRET for any real deployment.",
    );
  }
  return secret;
}
