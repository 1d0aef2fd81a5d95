import type { ApiError } from "@samplan/shared/api";
import type { Context } from "hono";
import { type PasswordProblem, passwordProblem } from "../auth/PasswordRules.ts";
import { passwordChoiceProblem, type SignInMethods } from "../auth/passwordChoice.ts";

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
  return problem ? answerPasswordProblem(c, problem, field) : null;
}

export function answerPasswordProblem(c: Context, problem: PasswordProblem, field = "password") {
  const body = {
    error: { code: problem.code, message: problem.message, field, issues: [{ path: field, message: problem.message }] },
  } satisfies ApiError;
  return c.json(body, 400);
}

/** The 400 answer naming the password field, when a new account may not have one or must (passwordChoice.ts); or null. */
export function refusedPasswordChoice(c: Context, password: string | undefined, methods: SignInMethods) {
  const message = passwordChoiceProblem(password, methods);
  return message ? answerPasswordChoice(c, message) : null;
}

export function answerPasswordChoice(c: Context, message: string) {
  const body = {
    error: { code: "bad_request", message, field: "password", issues: [{ path: "password", message }] },
  } satisfies ApiError;
  return c.json(body, 400);
}
