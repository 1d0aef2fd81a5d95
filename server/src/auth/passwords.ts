import { argon2, randomBytes, scrypt, timingSafeEqual } from "node:crypto";
import { promisify } from "node:util";

const argon2Async = promisify(argon2);
const scryptAsync = promisify(scrypt) as (
  password: string,
  salt: Buffer,
  keylen: number,
  options: { N: number; r: number; p: number; maxmem: number },
) => Promise<Buffer>;

// Argon2id with OWASP's first recommended setting (m=19 MiB, t=2, p=1), from Node's own crypto
// (24.7+), so no native package to build. It is OWASP's first choice, and at that setting takes a
// tenth of the time and memory that scrypt at OWASP's N=2^17 (128 MiB) does on the same machine,
// which matters on a small municipal VM where a morning's sign-ins coincide.
export const CURRENT = { memory: 19_456, passes: 2, parallelism: 1 } as const;
const KEY_LENGTH = 32;
const SALT_LENGTH = 16;
// Room for old scrypt hashes up to N=2^17, r=8 (128 MiB) and a little over.
const SCRYPT_MAXMEM = 160 * 1024 * 1024;

const b64 = (bytes: Buffer) => bytes.toString("base64").replace(/=+$/, "");

/** A PHC string: `$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>`, the parameters kept with the hash. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const key = await argon2Async("argon2id", {
    message: password.normalize("NFC"),
    nonce: salt,
    tagLength: KEY_LENGTH,
    ...CURRENT,
  });
  return `$argon2id$v=19$m=${CURRENT.memory},t=${CURRENT.passes},p=${CURRENT.parallelism}$${b64(salt)}$${b64(key)}`;
}

/** Checks a password against an argon2id hash, or an scrypt one (`scrypt$N$r$p$salt$key`) from before. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const expected = storedKey(stored);
  if (!expected) return false;
  const actual = await derive(password.normalize("NFC"), stored, expected.length);
  return actual !== null && actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** True when a hash was made with weaker or other parameters than today's: re-hash it at sign-in. */
export function needsRehash(stored: string): boolean {
  const argon = parseArgon2(stored);
  return !(
    argon &&
    argon.memory === CURRENT.memory &&
    argon.passes === CURRENT.passes &&
    argon.parallelism === CURRENT.parallelism &&
    argon.key.length === KEY_LENGTH
  );
}

/** Spends the time a real check would, so an unknown username answers as slowly as a wrong password. */
let dummyHash: Promise<string> | undefined;
export async function verifyAgainstNothing(password: string): Promise<false> {
  dummyHash ??= hashPassword("samplan-timing-equaliser");
  await verifyPassword(password, await dummyHash);
  return false;
}

function storedKey(stored: string): Buffer | null {
  const argon = parseArgon2(stored);
  if (argon) return argon.key;
  const scryptParts = parseScrypt(stored);
  return scryptParts ? scryptParts.key : null;
}

async function derive(password: string, stored: string, length: number): Promise<Buffer | null> {
  const argon = parseArgon2(stored);
  if (argon) {
    const { memory, passes, parallelism, salt } = argon;
    return argon2Async("argon2id", { message: password, nonce: salt, tagLength: length, memory, passes, parallelism });
  }
  const old = parseScrypt(stored);
  if (!old) return null;
  return scryptAsync(password, old.salt, length, { N: old.N, r: old.r, p: old.p, maxmem: SCRYPT_MAXMEM });
}

function parseArgon2(stored: string) {
  const match = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/.exec(stored);
  if (!match) return null;
  return {
    memory: Number(match[1]),
    passes: Number(match[2]),
    parallelism: Number(match[3]),
    salt: Buffer.from(match[4] ?? "", "base64"),
    key: Buffer.from(match[5] ?? "", "base64"),
  };
}

function parseScrypt(stored: string) {
  const [scheme, n, r, p, salt, key] = stored.split("$");
  if (scheme !== "scrypt" || !salt || !key) return null;
  return {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    salt: Buffer.from(salt, "base64url"),
    key: Buffer.from(key, "base64url"),
  };
}
