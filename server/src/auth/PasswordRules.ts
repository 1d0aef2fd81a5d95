import fs from "node:fs";
import path from "node:path";

/**
 * What NIST SP 800-63B asks of a new password beyond its length (which the shared zod schema
 * checks, so the browser can say it before sending): it is not a known common password, and not
 * the person's own name. No composition rules (a digit, a capital): they make passwords harder to
 * remember and no harder to guess.
 */
export type PasswordProblem =
  | { code: "password_too_common"; message: string }
  | { code: "password_like_name"; message: string };

const COMMON = new Set(
  fs
    .readFileSync(path.join(import.meta.dirname, "common-passwords.txt"), "utf8")
    .split("\n")
    .filter((line) => line.length > 0 && !line.startsWith("#")),
);

// A password that only walks along one of these (a run of digits, the alphabet, a keyboard row) is
// among the first any guesser tries, however long.
const SEQUENCES = [
  "01234567890123456789",
  "abcdefghijklmnopqrstuvwxyzæøå",
  "qwertyuiopasdfghjklzxcvbnm",
  "qwertyuiopåasdfghjklæøzxcvbnm",
];

/** The letters at the heart of a password: lower-case, without spaces, digits and symbols around them. */
function core(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/\s+/g, "")
    .replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
}

function isSequence(lower: string): boolean {
  return SEQUENCES.some((run) => {
    const twice = run + run;
    return twice.includes(lower) || [...twice].reverse().join("").includes(lower);
  });
}

/**
 * Why this password may not be set for this person, or null. "Sommerfugl2024!" is refused like
 * "sommerfugl": guessers try the common words with digits and symbols around them first.
 */
export function passwordProblem(
  password: string,
  person: { username: string; displayName: string },
): PasswordProblem | null {
  const lower = password.normalize("NFC").toLowerCase().replace(/\s+/g, "");
  const heart = core(password);
  const names = [person.username, person.displayName, person.username.split("@")[0] ?? ""]
    .map(core)
    .filter((name) => name.length > 0);
  if (names.some((name) => name === heart || name === lower))
    return { code: "password_like_name", message: "password must not be your name or username" };
  if (COMMON.has(lower) || COMMON.has(heart) || new Set(lower).size < 5 || isSequence(lower))
    return { code: "password_too_common", message: "password is too common or too easy to guess; choose another" };
  return null;
}
