import type { Extension } from "@hocuspocus/server";
import type { Logger } from "../logger.ts";
import { isDatabaseUnavailable } from "../storage/databaseUnavailable.ts";

/**
 * The reason a websocket is given when the database cannot be reached. The web client asks again a
 * moment later (useMeetingConnection) and sends what it wrote meanwhile; it is not a refusal.
 */
export const SERVER_UNAVAILABLE = "server-unavailable";

// Every hook on the way in that reads or writes the database.
const HOOKS = [
  "onConnect",
  "onAuthenticate",
  "onTokenSync",
  "onLoadDocument",
  "afterLoadDocument",
  "connected",
  "beforeHandleMessage",
] as const;

/**
 * Hocuspocus turns any error of a connecting hook into "permission-denied", which a client takes
 * as final, and an error in beforeHandleMessage into a closed connection without a word. While
 * PostgreSQL restarts, both must instead say "come back": the update was not stored, so it is
 * neither applied nor acknowledged, and the client sends it again once it is let back in.
 * Wrapped around each extension, because the error can come from any of them (the gate, the
 * authentication, attribution, persistence).
 */
export function askAgainWhileDatabaseIsDown<T extends Extension>(extension: T, log: Logger): T {
  const hooks = extension as unknown as Record<string, unknown>;
  for (const hook of HOOKS) {
    const original = hooks[hook];
    if (typeof original !== "function") continue;
    // Thrown as Hocuspocus's refusals are: a plain object with a reason and no message.
    const asked = (error: unknown): unknown => {
      if (!isDatabaseUnavailable(error)) return error;
      log.warn({ err: error, hook }, "the database could not be reached; the client is asked to come back");
      return { reason: SERVER_UNAVAILABLE };
    };
    const askAgain = (error: unknown): never => {
      throw asked(error);
    };
    // Not an async function around an await: beforeHandleMessage runs for every message of every
    // participant, and this costs one promise per hook where that cost three and a suspension.
    hooks[hook] = (payload: unknown): unknown => {
      let result: unknown;
      try {
        result = original.call(extension, payload);
      } catch (error) {
        // Still a rejected promise, as from the async hook it stands for.
        return Promise.reject(asked(error));
      }
      return result instanceof Promise ? result.then(undefined, askAgain) : Promise.resolve(result);
    };
  }
  return extension;
}
