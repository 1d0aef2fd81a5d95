/**
 * Sealing the plan kept on the device with AES-256-GCM (WebCrypto): whoever reads the device's
 * storage without the session's key sees only noise, and a copy that was changed (or sealed with
 * another session's key) fails to open instead of being applied.
 */

/** What is stored: a fresh 12-byte IV for every sealing, as GCM needs, and the ciphertext with its tag. */
export interface Sealed {
  iv: Uint8Array;
  data: Uint8Array;
}

const IV_BYTES = 12;

/** The 32 bytes the server gives, as a key that can be used but never read back out of the browser. */
export function importSealingKey(raw: Uint8Array): Promise<CryptoKey> {
  return crypto.subtle.importKey("raw", raw as Uint8Array<ArrayBuffer>, "AES-GCM", false, ["encrypt", "decrypt"]);
}

export async function seal(key: CryptoKey, plain: Uint8Array): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const data = await crypto.subtle.encrypt({ name: "AES-GCM", iv }, key, plain as Uint8Array<ArrayBuffer>);
  return { iv, data: new Uint8Array(data) };
}

/** The plain bytes, or null when this key does not open it (another session's, or tampered with). */
export async function unseal(key: CryptoKey, sealed: Sealed): Promise<Uint8Array | null> {
  try {
    const plain = await crypto.subtle.decrypt(
      { name: "AES-GCM", iv: sealed.iv as Uint8Array<ArrayBuffer> },
      key,
      sealed.data as Uint8Array<ArrayBuffer>,
    );
    return new Uint8Array(plain);
  } catch {
    return null;
  }
}
