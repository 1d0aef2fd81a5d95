import type { Principal } from "@samplan/shared/api";
import type { AccountId } from "@samplan/shared/vocabulary";
import type { AccountRow } from "../storage/AccountRepository.ts";

export type StaffPrincipal = Extract<Principal, { kind: "staff" }>;

/**
 * Who a staff account is once signed in: the one place that says it, for a session's every
 * request (Access) and for setup, password and OIDC sign-in alike.
 */
export function staffPrincipal(account: AccountRow): StaffPrincipal {
  return {
    kind: "staff",
    accountId: account.id as AccountId,
    username: account.username,
    name: account.display_name,
    role: account.role,
    leadsTeam: account.leads_team === 1 && account.team_id !== null,
  };
}
