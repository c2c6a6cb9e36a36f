// The token in a notification mail's unsubscribe link: "<payload>.<HMAC>", where the payload is
// the recipient's id and the kind of mail, signed with the app secret. It needs no sign-in (RFC
// 8058 one-click: the mail client POSTs it) and no database row, and nobody can forge one for
// someone else or for another kind.
import { resolveAuthSecret } from "../auth/secret";
import { hmacText, signaturesMatch } from "../security/signing";

const MAX_TOKEN_LENGTH = 400;

function mac(payload: string, secret: string): string {
  return hmacText(secret, `mail-unsubscribe:${payload}`);
}

export function signUnsubscribe(userId: string, kind: string, secret = resolveAuthSecret()): string {
  const payload = Buffer.from(JSON.stringify([userId, kind]), "utf8").toString("base64url");
  return `${payload}.${mac(payload, secret)}`;
}

/** The recipient and kind of a valid token, else null. Never throws. */
export function verifyUnsubscribe(token: unknown, secret = resolveAuthSecret()): { userId: string; kind: string } | null {
  if (typeof token !== "string" || token.length > MAX_TOKEN_LENGTH) return null;
  const dot = token.indexOf(".");
  if (dot <= 0) return null;
  const payload = token.slice(0, dot);
  if (!signaturesMatch(token.slice(dot + 1), mac(payload, secret))) return null;
  try {
    const decoded: unknown = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
    if (!Array.isArray(decoded) || decoded.length !== 2) return null;
    const [userId, kind] = decoded as unknown[];
    return typeof userId === "string" && typeof kind === "string" ? { userId, kind } : null;
  } catch {
    return null;
  }
}
