import { isThisSession } from "../features/session/sessionEpoch.ts";
import type { ApiFailure } from "./ApiFailure.ts";

const listeners = new Set<(failure: ApiFailure) => void>();

/**
 * Called whenever a request is refused because the session is gone (expired, signed out in
 * another tab, invitation revoked), so the app shell can leave the page instead of every page
 * showing its own "something went wrong". Requests that expect a 401 (checking the session,
 * signing in, joining) do not report.
 */
export function onSessionLost(listener: (failure: ApiFailure) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * For a 401 a caller asked to handle itself, when it turns out to mean the session is gone after
 * all. A refusal of a session this tab has since left (or was leaving) ends nothing.
 */
export function reportSessionLost(failure: ApiFailure): void {
  if (!isThisSession(failure.sessionStamp)) return;
  for (const listener of listeners) listener(failure);
}
