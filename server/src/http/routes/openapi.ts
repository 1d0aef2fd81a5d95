import { ApiError } from "@samplan/shared/api";
import type { z } from "zod";

/** A JSON answer or body in a route's OpenAPI description. */
export const json = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { "application/json": { schema } },
  description,
});

/** The refusals a case-scoped route can answer with, described once. */
export function refusals(forbidden: string, notFound: string) {
  return {
    400: json(ApiError, "Invalid body or id; `issues` names each field"),
    401: json(ApiError, "Not signed in"),
    403: json(ApiError, forbidden),
    404: json(ApiError, notFound),
  };
}
