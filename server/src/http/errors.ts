import type { ApiError } from "@samplan/shared/api";
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { z } from "zod";

export function apiError<S extends ContentfulStatusCode>(
  c: Context,
  status: S,
  code: ApiError["error"]["code"],
  message: string,
  issues?: ApiError["error"]["issues"],
) {
  const body: ApiError = { error: { code, message, ...(issues ? { issues } : {}) } };
  return c.json(body, status);
}

/** One 400 answer for any zod failure, its message naming each field that was wrong. */
export function validationError(c: Context, error: z.ZodError, where: "body" | "path" | "query") {
  const issues = error.issues.map((issue) => ({
    path: issue.path.length > 0 ? issue.path.join(".") : where,
    message: issue.message,
  }));
  const message = issues.map((issue) => `${issue.path}: ${issue.message}`).join("; ");
  return apiError(c, 400, "bad_request", `Invalid ${where}: ${message}`, issues);
}

/**
 * Thrown by a route to refuse: turned into an ApiError answer by the app's error handler, so
 * handlers only spell out their success and every refusal has the same shape.
 */
export class HttpRefusal extends Error {
  readonly status: 400 | 401 | 403 | 404 | 409 | 429;
  readonly code: ApiError["error"]["code"];

  constructor(status: HttpRefusal["status"], code: ApiError["error"]["code"], message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

export const refuse = {
  unauthenticated: () => new HttpRefusal(401, "unauthenticated", "Sign in first"),
  forbidden: (what: string) => new HttpRefusal(403, "forbidden", `Your role may not ${what}`),
  // Another case's data answers exactly like data that does not exist.
  notFound: (what: string) => new HttpRefusal(404, "not_found", `No such ${what}`),
  tooMany: () => new HttpRefusal(429, "too_many_requests", "Too many attempts; wait a few minutes and try again"),
};
