import { hkdfSync } from "node:crypto";

// Fixed, so that the same secret and session always give the same key; it also keeps these keys
// apart from anything else that might one day be derived from the token secret.
const SALT = "samplan device copy";
const KEY_BYTES = 32;

/**
 * The key a browser encrypts its copy of a meeting's plan with (client/src/features/meeting/encryptedDeviceCopy.ts),
 * one per session. Derived rather than stored, from the token secret and the session's stored id:
 * every instance shares the secret (SAMPLAN_TOKEN_SECRET), so each hands out the same key for the
 * same session, and there is nothing to keep or to delete. Once the session is gone nobody can ask
 * for its key again, so a copy left behind on a shared tablet cannot be read.
 */
export class DeviceKeys {
  private readonly secret: Uint8Array;

  constructor(tokenSecret: Uint8Array) {
    this.secret = tokenSecret;
  }

  /** base64url of 32 bytes, for AES-256-GCM in the browser. */
  forSession(sessionId: string): string {
    return Buffer.from(hkdfSync("sha256", this.secret, SALT, sessionId, KEY_BYTES)).toString("base64url");
  }
}
