import type { AccountRepository, AccountRow } from "../storage/AccountRepository.ts";
import type { AuditLog } from "../storage/AuditLog.ts";
import type { SessionRepository } from "../storage/SessionRepository.ts";
import { accountActor } from "./accountActor.ts";
import { type NewSession, sessionEndsFromNow, startSession } from "./newSession.ts";
import type { OidcIdentity, OidcSignIn } from "./OidcSignIn.ts";

export interface OidcAccountSignInDeps {
  accounts: AccountRepository;
  sessions: SessionRepository;
  audit: AuditLog;
}

export type OidcSignInOutcome = { ok: true; session: NewSession } | { ok: false; reason: "no-account" | "deactivated" };

/**
 * Signs in the account an identity from the organisation's provider belongs to: the one linked to
 * its subject, or else one made for OIDC under one of its usernames, which is linked now. A failed
 * exchange with the provider (`OidcSignIn.finish`) throws.
 */
export class OidcAccountSignIn {
  private readonly s: OidcAccountSignInDeps;
  private readonly oidc: OidcSignIn;

  constructor(deps: OidcAccountSignInDeps, oidc: OidcSignIn) {
    this.s = deps;
    this.oidc = oidc;
  }

  async finish(callbackUrl: URL, sealedState: string): Promise<OidcSignInOutcome> {
    const { s } = this;
    const identity = await this.oidc.finish(callbackUrl, sealedState);
    const account = await this.accountOf(identity);
    if (!account) {
      await s.audit.record({
        actor: identity.usernames[0] ?? "unknown",
        actorRole: "unknown",
        action: "sign-in-failed",
        details: { method: "oidc", reason: "no-account" },
      });
      return { ok: false, reason: "no-account" };
    }
    if (account.deactivated_at) {
      await s.audit.record({
        ...accountActor(account),
        action: "sign-in-refused",
        details: { method: "oidc", reason: "deactivated" },
      });
      return { ok: false, reason: "deactivated" };
    }
    await s.audit.record({ ...accountActor(account), action: "signed-in", details: { method: "oidc" } });
    return { ok: true, session: await startSession(s.sessions, { accountId: account.id }, sessionEndsFromNow()) };
  }

  private async accountOf(identity: OidcIdentity): Promise<AccountRow | undefined> {
    const linked = await this.s.accounts.findByOidcSubject(identity.subject);
    if (linked) return linked;
    for (const username of identity.usernames) {
      const candidate = await this.s.accounts.findByUsername(username);
      // Only an account made for OIDC: one with a password is someone's already, and a
      // matching name at the provider must not take it over.
      if (candidate && !candidate.oidc_subject && !candidate.password_hash) {
        await this.s.accounts.linkOidcSubject(candidate.id, identity.subject);
        return candidate;
      }
    }
    return undefined;
  }
}
