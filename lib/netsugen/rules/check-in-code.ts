// The rotating check-in code a member shows at reception (as a QR code, or typed by staff). It
// carries no personal data: it is a MAC over the membership's private seed and the current time
// window, so only the server can tell whose it is, and a code stops working minutes later.
import { hmacBytes, signaturesMatch } from "../../security/signing";

/** A code is valid in its own window and the next one: two to four minutes. */
export const WINDOW_SECONDS = 120;

// Crockford's base32: no I, L, O or U, so a code read aloud or typed is hard to get wrong.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const CODE_CHARS = 10;

export const windowOf = (now: Date) => Math.floor(now.getTime() / 1000 / WINDOW_SECONDS);

function rawCode(serverKey: string, seed: string, window: number): string {
  const mac = hmacBytes(serverKey, `netsugen-checkin.v1.${seed}.${window}`);
  let bits = 0n;
  for (let i = 0; i < 8; i++) bits = (bits << 8n) | BigInt(mac[i]!);
  let out = "";
  for (let i = 0; i < CODE_CHARS; i++) out += ALPHABET[Number((bits >> BigInt(59 - i * 5)) & 31n)];
  return out;
}

/** "K7M2Q-9XD4F": the code for `seed` at `now`. */
export function checkInCode(serverKey: string, seed: string, now: Date): string {
  const code = rawCode(serverKey, seed, windowOf(now));
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** Upper-cases, drops spaces and hyphens and maps look-alikes; null if it cannot be a code. */
export function normaliseCode(input: string): string | null {
  if (input.length > 40) return null;
  const cleaned = input
    .toUpperCase()
    .replace(/[\s-]/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
  if (cleaned.length !== CODE_CHARS || [...cleaned].some((c) => !ALPHABET.includes(c))) return null;
  return cleaned;
}

/** The id of the candidate whose code this is, now or one window ago; null for forged or expired codes. */
export function matchCheckInCode(
  serverKey: string,
  input: string,
  candidates: readonly { id: string; seed: string }[],
  now: Date,
): string | null {
  const code = normaliseCode(input);
  if (!code) return null;
  const current = windowOf(now);
  let found: string | null = null;
  // Every candidate is compared, so the time taken does not tell how close a guess came.
  for (const candidate of candidates) {
    for (const window of [current, current - 1]) {
      if (signaturesMatch(code, rawCode(serverKey, candidate.seed, window))) found ??= candidate.id;
    }
  }
  return found;
}
