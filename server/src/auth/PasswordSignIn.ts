import { type StaffPrincipal, staffPrincipal } from "../access/staffPrincipal.ts";
import type { Logger } from "../logger.ts";
import type { AccountRepository } from "../storage/AccountRepository.ts";
import type { AuditLog } from "../storage/AuditLog.ts";
import type { SessionRepository } from "../storage/SessionRepository.ts";
import type { AccessLimits } from "./AccessLimits.ts";
import { accountActor } from "./accountActor.ts";
import { attemptAll, TooManyAttempts } from "./FailureLimit.ts";
import { type NewSession, sessionEndsFromNow, startSession } from "./newSession.ts";
import { hashPassword, needsRehash, verifyAgainstNothing, verifyPassword } from "./passwords.ts";

export interface PasswordSignInDeps {
  accounts: AccountRepository;
  sessions: SessionRepository;
  audit: AuditLog;
  limits: AccessLimits;
  log: Logger;
}

export type PasswordSignInOutcome =
  | { ok: true; principal: StaffPrincipal; session: NewSession }
  | { ok: false; reason: "wrong-credentials" | "deactivated" };

/**
 * A staff member signs in with a username and password. Wrong guesses are counted per account and
 * per address before the password is looked at (too many throw `TooManyAttempts`), and every
 * outcome goes on the audit trail.
 */
export class PasswordSignIn {
  private readonly s: PasswordSignInDeps;

  constructor(deps: PasswordSignInDeps) {
    this.s = deps;
  }

  async signIn(username: string, password: string, address: string): Promise<PasswordSignInOutcome> {
    const { s } = this;
    const attempt = await attemptAll([
      [s.limits.signInAccount, username],
      [s.limits.signInAddress, address],
    ]).catch(async (error) => {
      if (error instanceof TooManyAttempts)
        await s.audit.record({
          actor: username,
          actorRole: "unknown",
          action: "sign-in-refused",
          details: { reason: "rate-limited" },
        });
      throw error;
    });
    const account = await s.accounts.findByUsername(username);
    // Without an account the hash is still computed: the answer takes as long either way.
    const ok = account?.password_hash
      ? await verifyPassword(password, account.password_hash)
      : await verifyAgainstNothing(password);
    if (!account || !ok) {
      await attempt.failed();
      await s.audit.record({ actor: username, actorRole: "unknown", action: "sign-in-failed" });
      s.log.warn({ reason: account ? "wrong-password" : "unknown-user" }, "refused a sign-in");
      return { ok: false, reason: "wrong-credentials" };
    }
    await attempt.succeeded();
    // Told only to whoever knows the password; anyone else hears "wrong username or password".
    if (account.deactivated_at) {
      await s.audit.record({
        ...accountActor(account),
        action: "sign-in-refused",
        details: { reason: "deactivated" },
      });
      return { ok: false, reason: "deactivated" };
    }
    // The one moment the password is at hand: a hash made with older parameters is made anew.
    if (account.password_hash && needsRehash(account.password_hash))
      await s.accounts.setPasswordHash(account.id, await hashPassword(password));
    await s.audit.record({ ...accountActor(account), action: "signed-in" });
    const session = await startSession(s.sessions, { accountId: account.id }, sessionEndsFromNow());
    return { ok: true, principal: staffPrincipal(account), session };
  }
}
