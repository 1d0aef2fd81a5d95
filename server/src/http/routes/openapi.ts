import { ApiError, type ApiRoute } from "@samplan/shared/api";
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

/** A path in OpenAPI's spelling: `/api/cases/{caseId}` for the table's `/api/cases/:caseId`. */
type OpenApiPath<P extends string> = P extends `${infer Head}:${infer Name}/${infer Rest}`
  ? `${Head}{${Name}}/${OpenApiPath<Rest>}`
  : P extends `${infer Head}:${infer Name}`
    ? `${Head}{${Name}}`
    : P;

/**
 * The method and path of a route in the shared table, as `createRoute` takes them: every route is
 * registered from the table the client and tests call through, so none can drift from it.
 */
export function endpoint<const R extends ApiRoute>(route: R): { method: R["method"]; path: OpenApiPath<R["path"]> } {
  return {
    method: route.method,
    path: route.path.replace(/:([A-Za-z]+)/g, "{$1}") as OpenApiPath<R["path"]>,
  };
}
