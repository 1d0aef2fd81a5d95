import type { Principal } from "@samplan/shared/api";
import type { AccountId } from "@samplan/shared/vocabulary";
import { actorOf } from "../access/Access.ts";
import type { AccountRow } from "../storage/AccountRepository.ts";

export type StaffPrincipal = Extract<Principal, { kind: "staff" }>;

/** Who a staff account is once signed in; setup, password and OIDC sign-in all answer with it. */
export function staffPrincipal(account: AccountRow): StaffPrincipal {
  return {
    kind: "staff",
    accountId: account.id as AccountId,
    username: account.username,
    name: account.display_name,
    role: account.role,
  };
}

/**
 * How an account is named in the audit trail, also before it is signed in (a refused sign-in):
 * the same words `actorOf` gives its session, so one person reads the same all along the trail.
 */
export function accountActor(account: AccountRow): { actor: string; actorRole: string } {
  return actorOf(staffPrincipal(account));
}
