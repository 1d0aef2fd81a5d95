import { actorOf } from "../access/Access.ts";
import { staffPrincipal } from "../access/staffPrincipal.ts";
import type { AccountRow } from "../storage/AccountRepository.ts";

/**
 * How an account is named in the audit trail, also before it is signed in (a refused sign-in):
 * the same words `actorOf` gives its session, so one person reads the same all along the trail.
 */
export function accountActor(account: AccountRow): { actor: string; actorRole: string } {
  return actorOf(staffPrincipal(account));
}
