import type { ApiError } from "@samplan/shared/api";
import type { Context } from "hono";
import { passwordProblem } from "../auth/PasswordRules.ts";

/**
 * The 400 answer for a new password the rules refuse, naming the field and saying which rule, so
 * the page can tell the person in their own language; null when the password may be set.
 */
export function refusedPassword(
  c: Context,
  password: string,
  person: { username: string; displayName: string },
  field = "password",
) {
  const problem = passwordProblem(password, person);
  if (!problem) return null;
  const body = {
    error: { code: problem.code, message: problem.message, field, issues: [{ path: field, message: problem.message }] },
  } satisfies ApiError;
  return c.json(body, 400);
}

/**
 * Whether a new account may have a password, or must: without OIDC it needs one to sign in at
 * all; with password sign-in off (SAMPLAN_PASSWORD_SIGN_IN=false) it may have none, so that the
 * first OIDC sign-in can link it. The 400 answer naming the field, or null.
 */
export function refusedPasswordChoice(
  c: Context,
  password: string | undefined,
  methods: { passwordSignIn: boolean; oidc: boolean },
) {
  const message =
    password === undefined && !methods.oidc
      ? "password is needed: staff sign in here with a password"
      : password !== undefined && !methods.passwordSignIn
        ? "password must be left out: staff sign in here only through the organisation's login"
        : null;
  if (!message) return null;
  const body = {
    error: { code: "bad_request", message, field: "password", issues: [{ path: "password", message }] },
  } satisfies ApiError;
  return c.json(body, 400);
}
