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
