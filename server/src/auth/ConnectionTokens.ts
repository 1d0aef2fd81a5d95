import { CaseId, MeetingId, Role } from "@samplan/shared/vocabulary";
import { errors, jwtVerify, SignJWT } from "jose";
import { z } from "zod";

const ISSUER = "samplan";
const AUDIENCE = "samplan:collaboration";

/** What a connection token says: who, in which role, in exactly which meeting. */
export const ConnectionClaims = z.object({
  sub: z.string().min(1),
  name: z.string(),
  role: Role,
  caseId: CaseId,
  meetingId: MeetingId,
  /** The invitation a guest came in by, re-checked on every connection; null for staff. */
  invitationId: z.uuid().nullable(),
  accountId: z.uuid().nullable(),
  /**
   * The session the token was issued to (its stored id). A token outlives nothing: once that
   * session ends (signed out, expired, ended by a coordinator), it lets nobody in, even within
   * its five minutes.
   */
  sid: z.string().min(1),
});
export type ConnectionClaims = z.infer<typeof ConnectionClaims>;

export type TokenRefusal = "token-missing" | "token-invalid" | "token-expired";

/**
 * Short-lived HS256 tokens for the websocket. Only HS256 is accepted on the way back in, so a
 * token with `alg: none` or another algorithm is refused before its claims are read.
 */
export class ConnectionTokens {
  private readonly key: Uint8Array;
  readonly lifetimeSeconds: number;

  constructor(key: Uint8Array, lifetimeSeconds = 300) {
    this.key = key;
    this.lifetimeSeconds = lifetimeSeconds;
  }

  async issue(claims: ConnectionClaims): Promise<{ token: string; expiresAt: string }> {
    const expires = Math.floor(Date.now() / 1000) + this.lifetimeSeconds;
    const { sub, ...rest } = claims;
    const token = await new SignJWT(rest)
      .setProtectedHeader({ alg: "HS256", typ: "JWT" })
      .setSubject(sub)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(expires)
      .sign(this.key);
    return { token, expiresAt: new Date(expires * 1000).toISOString() };
  }

  async verify(token: string): Promise<{ ok: true; claims: ConnectionClaims } | { ok: false; reason: TokenRefusal }> {
    if (!token) return { ok: false, reason: "token-missing" };
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: ["HS256"],
        issuer: ISSUER,
        audience: AUDIENCE,
      });
      const claims = ConnectionClaims.safeParse(payload);
      return claims.success
        ? { ok: true, claims: claims.data as ConnectionClaims }
        : { ok: false, reason: "token-invalid" };
    } catch (error) {
      return { ok: false, reason: error instanceof errors.JWTExpired ? "token-expired" : "token-invalid" };
    }
  }
}
