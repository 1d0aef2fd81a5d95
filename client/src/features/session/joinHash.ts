import type { JoinBody } from "@samplan/shared/api";

/**
 * What an invitation put after the # of /join: "#code=ABCD2345" from the QR code, or the secret of
 * a personal link. The part after # never reaches the server's logs or a Referer header.
 */
export function readJoinHash(hash: string): JoinBody | null {
  const value = hash.replace(/^#/, "");
  if (!value) return null;
  if (value.startsWith("code=")) return { code: normaliseCode(decodeURIComponent(value.slice(5))) };
  return { secret: value };
}

/** "abcd-2345" or "ABCD 2345" → "ABCD2345", as the server reads a code. */
export function normaliseCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, "");
}

export function isWellFormedCode(code: string): boolean {
  return /^[A-Z0-9]{8}$/.test(normaliseCode(code));
}

/** "ABCD2345" → "ABCD-2345": two halves are easier to read out and type. */
export function formatCode(code: string): string {
  const plain = normaliseCode(code);
  return plain.length === 8 ? `${plain.slice(0, 4)}-${plain.slice(4)}` : plain;
}
