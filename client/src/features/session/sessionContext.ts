import type { AuthStatus, Principal, Session } from "@samplan/shared/api";
import { createContext } from "react";
import type { ApiFailure } from "../../api/ApiFailure.ts";

export interface SessionEnd {
  kind: Principal["kind"];
  code: ApiFailure["code"] | null;
  /** Set when the device signed itself out after this many minutes untouched (useIdleSignOut.ts). */
  idleMinutes?: number;
}

export type SessionState =
  | { status: "loading" }
  | { status: "error"; error: unknown }
  | {
      status: "signedOut";
      auth: AuthStatus;
      /**
       * Set when a session ended in this page: whether it was staff or a guest, and the server's
       * reason when it ended under us rather than by "Log ud".
       */
      ended: SessionEnd | null;
    }
  | { status: "signedIn"; principal: Principal };

/** Who is using Samplan in this browser, and the ways that changes. */
export interface SessionContextValue {
  state: SessionState;
  /** After setup, sign-in or joining: the server has set the cookie and answered with the session. */
  setSession: (session: Session) => void;
  /** Ends the session on the server and here. */
  signOut: () => Promise<void>;
  /** Loads the session again, after a failure to reach the server. */
  retry: () => void;
}

export const SessionContext = createContext<SessionContextValue | null>(null);
