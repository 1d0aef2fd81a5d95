/** Which ways staff may sign in here; they decide whether a new account may, or must, have a password. */
export interface SignInMethods {
  passwordSignIn: boolean;
  oidc: boolean;
}

/**
 * Why a new account may not be made with (or without) this password, or null. Without OIDC it
 * needs one to sign in at all; with password sign-in off (SAMPLAN_PASSWORD_SIGN_IN=false) it may
 * have none, so that the first OIDC sign-in can link it.
 */
export function passwordChoiceProblem(password: string | undefined, methods: SignInMethods): string | null {
  if (password === undefined && !methods.oidc) return "password is needed: staff sign in here with a password";
  if (password !== undefined && !methods.passwordSignIn)
    return "password must be left out: staff sign in here only through the organisation's login";
  return null;
}
