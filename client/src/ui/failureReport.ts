import type { ClientErrorPart, ClientErrorReport } from "@samplan/shared/api";
import { reportClientError } from "../api/session.ts";

/**
 * What a part of a page that failed to draw tells the server (issue 19), and what the page does
 * about code that did not load.
 */

// Chromium, Firefox and Safari's words for a module that could not be fetched, and Vite's own for
// the files it loads ahead of one: after a deploy the old files are gone from the server.
const CHUNK_FAILURE =
  /Failed to fetch dynamically imported module|error loading dynamically imported module|Importing a module script failed|Unable to preload CSS/i;

export function isChunkLoadError(error: unknown): boolean {
  return error instanceof Error && (error.name === "ChunkLoadError" || CHUNK_FAILURE.test(error.message));
}

const RELOADED_AT = "samplan:reloaded-for-new-code";
// A reload that happened this recently did not help: the part says so instead of reloading again.
const RELOAD_GUARD_MS = 60_000;

/**
 * Reloads the page once to fetch the new version's code, and says whether it did. A second failure
 * within a minute of the last reload is not a deploy in progress: the page stays, with "Prøv igen",
 * rather than reloading for ever. The plan's copy on the device is in IndexedDB, which a reload
 * leaves alone, so nothing written is lost.
 */
export function reloadOnceForNewCode(now = Date.now()): boolean {
  try {
    const last = Number(sessionStorage.getItem(RELOADED_AT));
    if (last && now - last < RELOAD_GUARD_MS) return false;
    sessionStorage.setItem(RELOADED_AT, String(now));
  } catch {
    // No session storage (a locked-down browser): no way to tell a loop, so no reload.
    return false;
  }
  window.location.reload();
  return true;
}

/** The report: the error's class and where in the code, never its message (it may quote the plan). */
export function failureReport(error: unknown, part: ClientErrorPart, pathname: string): ClientErrorReport {
  const name = error instanceof Error && /^[A-Za-z][A-Za-z0-9_$.]{0,59}$/.test(error.name) ? error.name : "Error";
  const stack = error instanceof Error ? (error.stack ?? "") : "";
  // Chromium: "    at fn (url:1:2)"; Firefox and Safari: "fn@url:1:2". The message line matches neither.
  const frames = stack
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => /^at .*:\d+:\d+\)?$/.test(line) || /^[^\s]*@.*:\d+:\d+$/.test(line))
    .slice(0, 12)
    .map((line) => line.slice(0, 300));
  return { part, kind: isChunkLoadError(error) ? "chunk" : "render", name, frames, route: routeOf(pathname) };
}

/** /meetings/5f0c…/referat → /meetings/:id/referat: the kind of page, not whose. */
function routeOf(pathname: string): string {
  const route = pathname
    .split("/")
    .map((segment) => (/\d/.test(segment) ? ":id" : segment.replace(/[^A-Za-z0-9_-]/g, "_")))
    .join("/")
    .slice(0, 120);
  return route.startsWith("/") ? route : "/";
}

/** Sends the report; the id it was logged under, or null when it could not be sent. */
export async function reportFailure(error: unknown, part: ClientErrorPart): Promise<string | null> {
  try {
    return (await reportClientError(failureReport(error, part, window.location.pathname))).requestId;
  } catch {
    return null;
  }
}
