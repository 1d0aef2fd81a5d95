import type { Principal } from "@samplan/shared/api";
import { actorOf } from "../access/Access.ts";
import type { AccountRepository } from "../storage/AccountRepository.ts";
import type { AuditLog } from "../storage/AuditLog.ts";
import type { SessionRepository } from "../storage/SessionRepository.ts";
import type { OidcSignIn } from "./OidcSignIn.ts";

export interface SignOutDeps {
  sessions: SessionRepository;
  accounts: AccountRepository;
  audit: AuditLog;
  oidc: OidcSignIn | null;
  /** Closes the live connections this session opened, on every instance. */
  closeConnectionsOfSession(principal: Principal, sessionId: string): Promise<number>;
}

/**
 * Ends a browser's session: the session row, its live connections (a connection token it fetched
 * must not keep a socket open), and a line on the trail.
 */
export class SignOut {
  private readonly s: SignOutDeps;

  constructor(deps: SignOutDeps) {
    this.s = deps;
  }

  /** Where the browser must go to sign out at the identity provider too, or null. */
  async signOut(
    secret: string | undefined,
    principal: Principal | null,
    sessionId: string | null,
  ): Promise<{ providerLogout: URL | null }> {
    const { s } = this;
    if (secret) await s.sessions.delete(secret);
    if (principal && sessionId) await s.closeConnectionsOfSession(principal, sessionId);
    if (principal)
      await s.audit.record({
        ...actorOf(principal),
        action: "signed-out",
        caseId: principal.kind === "guest" ? principal.caseId : null,
      });
    // Signed in through the provider: its session would sign the next person on this device
    // straight back in, so the browser is sent to end that one too.
    const account = principal?.kind === "staff" ? await s.accounts.findById(principal.accountId) : undefined;
    const providerLogout = account?.oidc_subject && s.oidc ? await s.oidc.logoutUrl().catch(() => null) : null;
    return { providerLogout };
  }
}
