// The one place that signs with HMAC-SHA-256 and compares signatures. Every caller prefixes its
// message with its own purpose (e.g. "mail-unsubscribe:"), so a signature made for one purpose
// is never valid for another. The message formats are frozen: links already mailed and calendar
// feeds already subscribed must keep verifying.
import { createHmac, timingSafeEqual } from "node:crypto";

/** The raw HMAC-SHA-256 of `message` under `key`. */
export const hmacBytes = (key: string, message: string): Buffer => createHmac("sha256", key).update(message).digest();

/** The same as base64url text, for tokens in cookies and links. */
export const hmacText = (key: string, message: string): string => hmacBytes(key, message).toString("base64url");

/** Whether two signatures are equal, in time that does not depend on where they differ. */
export function signaturesMatch(given: string, expected: string): boolean {
  const a = Buffer.from(given, "utf8");
  const b = Buffer.from(expected, "utf8");
  return a.length === b.length && timingSafeEqual(a, b);
}
