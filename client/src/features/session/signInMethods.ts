import type { AuthStatus } from "@samplan/shared/api";

/**
 * What the sign-in page offers. With password sign-in off (SAMPLAN_PASSWORD_SIGN_IN=false) there
 * are no username and password fields at all, only the organisation's login; with neither, the
 * page says whom to ask. Until the server has answered, the password form is the safe guess: it
 * is what nearly every installation has.
 */
export function signInMethods(auth: AuthStatus | null): { password: boolean; oidc: boolean } {
  return { password: auth?.passwordSignIn ?? true, oidc: auth?.oidc ?? false };
}

/**
 * Whether a new account gets a password. "none": password sign-in is off, so the server refuses
 * one and every account waits for its first sign-in through the organisation's login. "optional":
 * both ways are open, and the coordinator may make an account for the organisation's login only.
 * "required": without OIDC a password is the only way in, and the server refuses an account without.
 */
export type NewAccountPassword = "none" | "optional" | "required";

export function newAccountPassword(auth: Pick<AuthStatus, "oidc" | "passwordSignIn">): NewAccountPassword {
  if (!auth.passwordSignIn) return "none";
  return auth.oidc ? "optional" : "required";
}
