// The secrets that links in mails carry (confirming an address, resetting a password, cancelling a
// guest's registration, answering a team invitation). The link holds random bytes; the database
// keeps only their SHA-256, so a leaked backup opens nothing. A plain hash (not argon2) is enough:
// the token has 192 bits of entropy or more, nothing to guess.
import { createHash, randomBytes } from "node:crypto";

/** A new token for a link: `bytes` random bytes, base64url (32 bytes make 43 characters). */
export function newLinkToken(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}

/** What the database stores of a token, and looks it up by. */
export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
