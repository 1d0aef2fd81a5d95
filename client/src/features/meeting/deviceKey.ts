import { getDeviceKey } from "../../api/session.ts";
import { importSealingKey } from "./sealing.ts";

/**
 * The key the plan kept on this device is sealed with: the server's for this session (GET
 * /api/session/device-key), kept in this tab's sessionStorage so that a reload, offline too, opens
 * the copy again. A closed tab forgets it; the copy left in IndexedDB is then unreadable until the
 * same session asks the server again, which it can only while the session lives.
 */

const KEPT = "samplan:device-key";

/** Kept with the person it was fetched for, so a tablet handed to the citizen never uses the coordinator's. */
interface KeptKey {
  identity: string;
  key: string;
}

/**
 * The key for `identity`'s session in this tab, or null when none can be had: offline in a new
 * tab, no session any more, or a page that is not a secure context (no WebCrypto). Then the meeting
 * still works live, but nothing of it is kept on the device.
 */
export async function deviceKeyFor(identity: string): Promise<CryptoKey | null> {
  if (!globalThis.crypto?.subtle) return null;
  let key = kept(identity);
  if (!key) {
    try {
      key = (await getDeviceKey()).key;
    } catch {
      return null;
    }
    keep({ identity, key });
  }
  return importSealingKey(fromBase64url(key));
}

/** When the session ends or another begins in this tab (signed out, signed in, tablet handed over). */
export function forgetDeviceKey(): void {
  try {
    sessionStorage.removeItem(KEPT);
  } catch {
    // No sessionStorage (a locked-down browser): nothing was kept.
  }
}

function kept(identity: string): string | null {
  try {
    const found = JSON.parse(sessionStorage.getItem(KEPT) ?? "null") as KeptKey | null;
    return found?.identity === identity ? found.key : null;
  } catch {
    return null;
  }
}

function keep(entry: KeptKey): void {
  try {
    sessionStorage.setItem(KEPT, JSON.stringify(entry));
  } catch {
    // Not kept: the next reload asks the server again, and offline keeps nothing new.
  }
}

function fromBase64url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
