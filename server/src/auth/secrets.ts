import { createHash, randomBytes, randomInt } from "node:crypto";

/** A secret for a cookie or a link: 32 random bytes, URL-safe. */
export function newSecret(): string {
  return randomBytes(32).toString("base64url");
}

/** What the database keeps of a secret: enough to recognise it, useless to anyone who reads it. */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("base64url");
}

// No 0/O, 1/I/L, 5/S, 8/B: a code is read aloud across a table and typed on a tablet.
const CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY2346789";

/**
 * A join code: 8 characters, the first four a public lookup, the last four the secret. Wrong
 * guesses against a lookup are counted and burn the code after a few, so the secret half,
 * though short, is never brute-forced.
 */
export function newJoinCode(): { code: string; lookup: string; secret: string } {
  let code = "";
  for (let i = 0; i < 8; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return { code, lookup: code.slice(0, 4), secret: code.slice(4) };
}

export function formatJoinCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}
