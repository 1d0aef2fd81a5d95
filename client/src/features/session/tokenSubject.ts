/**
 * Who a connection token is for: its `sub`, the roster entry in the meeting's case. The client
 * only reads it (the server checks the signature); it is how your own raised hand and your turn
 * in the round are recognised, since the server adds the roster id to what others see of you,
 * not to your own awareness state.
 */
export function tokenSubject(token: string): string | null {
  const payload = token.split(".")[1];
  if (!payload) return null;
  try {
    const base64 = payload.replace(/-/g, "+").replace(/_/g, "/");
    const padded = base64 + "=".repeat((4 - (base64.length % 4)) % 4);
    const bytes = Uint8Array.from(atob(padded), (char) => char.charCodeAt(0));
    const claims: unknown = JSON.parse(new TextDecoder().decode(bytes));
    const sub = (claims as { sub?: unknown } | null)?.sub;
    return typeof sub === "string" && sub.length > 0 && sub.length <= 64 ? sub : null;
  } catch {
    return null;
  }
}
