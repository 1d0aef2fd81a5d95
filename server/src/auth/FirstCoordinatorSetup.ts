import type { SetupBody } from "@samplan/shared/api";
import { type StaffPrincipal, staffPrincipal } from "../access/staffPrincipal.ts";
import type { AccountRepository } from "../storage/AccountRepository.ts";
import type { AuditLog } from "../storage/AuditLog.ts";
import type { SessionRepository } from "../storage/SessionRepository.ts";
import type { AccessLimits } from "./AccessLimits.ts";
import { accountActor } from "./accountActor.ts";
import { type NewSession, sessionEndsFromNow, startSession } from "./newSession.ts";
import { type PasswordProblem, passwordProblem } from "./PasswordRules.ts";
import { passwordChoiceProblem, type SignInMethods } from "./passwordChoice.ts";
import { hashPassword } from "./passwords.ts";
import type { SetupCode } from "./SetupCode.ts";

export interface FirstCoordinatorSetupDeps {
  accounts: AccountRepository;
  sessions: SessionRepository;
  audit: AuditLog;
  limits: AccessLimits;
  setup: SetupCode;
}

export type SetupOutcome =
  | { ok: true; principal: StaffPrincipal; session: NewSession }
  | { ok: false; reason: "wrong-code" | "already-set-up" }
  | { ok: false; reason: "password-choice"; message: string }
  | { ok: false; reason: "weak-password"; problem: PasswordProblem };

/**
 * Creates the first coordinator of a fresh installation, with the setup code from the server's
 * log: whoever can read the log or the data directory claims it, nobody else. Wrong codes are
 * counted per address; the code is forgotten once the account exists.
 */
export class FirstCoordinatorSetup {
  private readonly s: FirstCoordinatorSetupDeps;

  constructor(deps: FirstCoordinatorSetupDeps) {
    this.s = deps;
  }

  async setUp(body: SetupBody, address: string, methods: SignInMethods): Promise<SetupOutcome> {
    const { s } = this;
    const attempt = await s.limits.setup.attempt(address);
    if (!s.setup.matches(body.setupCode)) {
      await attempt.failed();
      return { ok: false, reason: "wrong-code" };
    }
    // Only whoever holds the code hears what is wrong with the password.
    const choice = passwordChoiceProblem(body.password, methods);
    if (choice) return { ok: false, reason: "password-choice", message: choice };
    const problem = body.password === undefined ? null : passwordProblem(body.password, body);
    if (problem) return { ok: false, reason: "weak-password", problem };
    const account = await s.accounts.createFirst({
      username: body.username,
      displayName: body.displayName,
      role: "koordinator",
      passwordHash: body.password === undefined ? null : await hashPassword(body.password),
    });
    await attempt.succeeded();
    // Two browsers sending the code at once: the second finds the first's account.
    if (!account) return { ok: false, reason: "already-set-up" };
    s.setup.consume();
    await s.audit.record({ ...accountActor(account), action: "setup-completed" });
    const session = await startSession(s.sessions, { accountId: account.id }, sessionEndsFromNow());
    return { ok: true, principal: staffPrincipal(account), session };
  }
}
