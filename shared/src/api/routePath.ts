import type { z } from "zod";

export type HttpMethod = "get" | "post" | "patch" | "delete";

/**
 * One endpoint of the HTTP API: its method, its path in Hono's spelling (`/api/cases/:caseId`),
 * and the shared schemas of what it takes and answers (left out where it takes or answers nothing,
 * or a file rather than JSON).
 */
export interface ApiRoute {
  method: HttpMethod;
  path: string;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  answer?: z.ZodType;
}

/** The names of a path's parameters: `"caseId" | "memberId"` for `/api/cases/:caseId/members/:memberId`. */
export type ParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamNames<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

export type PathParams<P extends string> = { [Name in ParamNames<P>]: string | number };

/**
 * The concrete path of a route, each parameter percent-encoded, so an id can never step into
 * another path. A route without parameters takes none; one with them must be given every one.
 */
export function pathOf<P extends string>(
  route: { path: P },
  ...[params]: ParamNames<P> extends never ? [] : [PathParams<P>]
): string {
  const given = (params ?? {}) as Record<string, string | number>;
  return route.path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = given[name];
    if (value === undefined) throw new Error(`${route.path} needs ${name}`);
    return encodeURIComponent(String(value));
  });
}
