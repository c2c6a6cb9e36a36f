// Join codes are read off a projector and typed on phones: no 0/O, 1/I/L or other look-alikes,
// upper case only, and a typed code is forgiving about case, spaces and dashes.
export const JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const JOIN_CODE_LENGTH = 6;

const VALID = new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`);

/** A random integer in [0, n); injected so tests can make the draw deterministic. */
export type RandomInt = (n: number) => number;

export function generateJoinCode(randomInt: RandomInt): string {
  let code = "";
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

/**
 * A code not in `taken` (the codes of sessions that still hold one). The database's unique index
 * is the real guard; this only avoids a predictable collision before the insert.
 */
export function generateUniqueJoinCode(randomInt: RandomInt, taken: ReadonlySet<string>, attempts = 20): string {
  for (let i = 0; i < attempts; i++) {
    const code = generateJoinCode(randomInt);
    if (!taken.has(code)) return code;
  }
  throw new Error("No free join code after several attempts");
}

/** What a person typed, as a canonical code, or null when it cannot be one. */
export function normaliseJoinCode(input: unknown): string | null {
  if (typeof input !== "string" || input.length > 64) return null;
  const code = input.normalize("NFKC").replace(/[\s\-‐－ー]/g, "").toUpperCase();
  return VALID.test(code) ? code : null;
}
