import { ApiError, type ApiRoute, type ParamNames, type PathParams, pathOf } from "@samplan/shared/api";
import { sessionStamp } from "../features/session/sessionEpoch.ts";
import { ApiFailure } from "./ApiFailure.ts";
import { reportSessionLost } from "./sessionLost.ts";

/**
 * The HTTP API, same origin as the page, one route of the shared table at a time. Every answer is
 * parsed with the route's schema, so a server that drifts from the contract fails here with a
 * clear error instead of somewhere deep in a component. The session is an HttpOnly cookie the
 * browser sends by itself; the client never sees a token for HTTP. The calls themselves are in
 * one file per area of the table (session.ts, cases.ts…), so a page loads only its own routes.
 */

interface Schema<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false; error: unknown };
}

const SESSION_LOST_CODES: ReadonlySet<ApiFailure["code"]> = new Set([
  "unauthenticated",
  "invitation_expired",
  "invitation_revoked",
  "invitation_invalid",
]);

interface Options {
  /** A 401 is an ordinary answer here (wrong password, no session yet): do not report it. */
  expectUnauthenticated?: boolean;
}

export async function send(path: string, init: RequestInit = {}, options: Options = {}): Promise<Response> {
  const stamp = sessionStamp();
  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      credentials: "same-origin",
      headers: {
        Accept: "application/json",
        ...(init.body ? { "Content-Type": "application/json" } : {}),
        ...(init.headers as Record<string, string> | undefined),
      },
    });
  } catch {
    throw new ApiFailure(0, "network", "network");
  }
  if (response.ok) return response;
  const body: unknown = await response.json().catch(() => null);
  const error = ApiError.safeParse(body);
  const failure = error.success
    ? new ApiFailure(response.status, error.data.error.code, error.data.error.message, error.data.error.issues, stamp)
    : new ApiFailure(
        response.status,
        response.status === 404 ? "not_found" : response.status === 401 ? "unauthenticated" : "internal",
        response.statusText,
        [],
        stamp,
      );
  if (failure.status === 401 && SESSION_LOST_CODES.has(failure.code) && !options.expectUnauthenticated) {
    reportSessionLost(failure);
  }
  throw failure;
}

type Answer<R> = R extends { answer: { parse(data: unknown): infer T } } ? T : undefined;

interface Call extends Options {
  body?: unknown;
  query?: Record<string, string | number | undefined>;
  headers?: Record<string, string>;
}

/** What a call to a route needs: its path's parameters when it has any, and a body, query or headers. */
type CallOf<P extends string> =
  ParamNames<P> extends never ? [how?: Call & { params?: undefined }] : [how: Call & { params: PathParams<P> }];

/**
 * Calls one route of the shared table with its own method, and parses the answer with its own
 * schema; a route that answers nothing (204) resolves to undefined.
 */
export async function call<R extends ApiRoute>(route: R, ...[how = {}]: CallOf<R["path"]>): Promise<Answer<R>> {
  const path = (pathOf as (route: ApiRoute, params?: object) => string)(route, how.params) + queryOf(how.query);
  const init: RequestInit = { method: route.method.toUpperCase() };
  if (how.body !== undefined) init.body = JSON.stringify(how.body);
  if (how.headers) init.headers = how.headers;
  const response = await send(path, init, how);
  if (!route.answer) return undefined as Answer<R>;
  const body: unknown = await response.json().catch(() => null);
  const parsed = (route.answer as Schema<Answer<R>>).safeParse(body);
  if (!parsed.success) throw new ApiFailure(response.status, "invalid_response", `Unexpected answer from ${path}`);
  return parsed.data;
}

function queryOf(query: Call["query"]): string {
  const given = Object.entries(query ?? {}).filter(
    (entry): entry is [string, string | number] => entry[1] !== undefined,
  );
  return given.length === 0 ? "" : `?${new URLSearchParams(given.map(([key, value]) => [key, String(value)]))}`;
}

/**
 * A file to save (the minutes, a journal note, the citizen's export), fetched rather than followed
 * as a link: an error answer is thrown as an ApiFailure instead of being saved as the file (issue
 * 19). The name is the server's (Content-Disposition) when it gives one.
 */
export async function downloadFile(path: string): Promise<{ file: Blob; name: string | null }> {
  const response = await send(path, { headers: { Accept: "*/*" } });
  const disposition = response.headers.get("Content-Disposition") ?? "";
  const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? null;
  return { file: await response.blob(), name };
}
