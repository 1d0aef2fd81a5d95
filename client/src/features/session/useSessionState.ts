import type { Principal, Session } from "@samplan/shared/api";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { signOut as endSession, getAuthStatus } from "../../api/session.ts";
import { onSessionLost } from "../../api/sessionLost.ts";
import { forgetDeviceKey } from "../meeting/deviceKey.ts";
import { forgetEverythingOnThisDevice } from "../meeting/deviceStorage.ts";
import type { IdleLimits } from "./idleSignOutDue.ts";
import type { SessionContextValue, SessionEnd, SessionState } from "./sessionContext.ts";
import { sessionBegan } from "./sessionEpoch.ts";
import { useIdleSignOut } from "./useIdleSignOut.ts";

/**
 * Owns the session for the whole app: asks the server once who this browser is (and, when nobody,
 * whether the first coordinator still has to be set up: one answer, GET /api/auth), and follows every later change. A request
 * anywhere that is refused for want of a session ends it here, so the shell can send the person to
 * sign in (staff) or to the join page (guests) with a calm word about why.
 */
export function useSessionState(): SessionContextValue {
  const [state, setState] = useState<SessionState>({ status: "loading" });
  const [generation, setGeneration] = useState(0);
  // From the server's answer about signing in, which every visit starts with.
  const [idleLimits, setIdleLimits] = useState<IdleLimits | null>(null);
  const principal = useRef<Principal | null>(null);
  // Bumped by every change made here (signed in, joined, signed out), so that an answer to an
  // earlier question (the first GET /api/session, still on its way while /join signs a guest in)
  // cannot overwrite what happened since.
  const version = useRef(0);

  const signedOut = useCallback(async (ended: SessionEnd | null) => {
    principal.current = null;
    const asked = ++version.current;
    // Signed out or let go: nothing of the meetings stays behind on this device.
    await forgetEverythingOnThisDevice();
    try {
      const auth = await getAuthStatus();
      setIdleLimits(auth.idleSignOut);
      if (asked === version.current) setState({ status: "signedOut", auth, ended });
    } catch (error) {
      if (asked === version.current) setState({ status: "error", error });
    }
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `generation` is the retry trigger.
  useEffect(() => {
    let current = true;
    const asked = version.current;
    getAuthStatus().then(
      (auth) => {
        if (!current || asked !== version.current) return;
        setIdleLimits(auth.idleSignOut);
        principal.current = auth.principal;
        // The server says nobody is signed in here: a session that ended while the app was closed
        // (it expired, or was revoked) leaves no plan and no kept answers behind on the device.
        if (!auth.principal) void forgetEverythingOnThisDevice();
        setState(
          auth.principal
            ? { status: "signedIn", principal: auth.principal }
            : { status: "signedOut", auth, ended: null },
        );
      },
      (error: unknown) => current && asked === version.current && setState({ status: "error", error }),
    );
    return () => {
      current = false;
    };
  }, [generation]);

  useEffect(
    () =>
      onSessionLost((failure) => {
        const lost = principal.current;
        if (lost) void signedOut({ kind: lost.kind, code: failure.code });
      }),
    [signedOut],
  );

  const setSession = useCallback((session: Session) => {
    version.current++;
    // Refusals of requests sent before it are about the session before, not this one.
    sessionBegan();
    // A new session in this tab (signed in, joined, the tablet handed to the citizen) has a key of its own.
    forgetDeviceKey();
    principal.current = session.principal;
    setState({ status: "signedIn", principal: session.principal });
  }, []);

  // "Log ud", or the device left untouched on the table (`idleMinutes`, and then the sign-in or
  // join page says why). The idle one goes on offline: the server is not reached, but the device
  // is cleared all the same.
  const endHere = useCallback(
    async (idleMinutes?: number) => {
      const kind = principal.current?.kind ?? "staff";
      const providerLogout = await (idleMinutes === undefined ? endSession() : endSession().catch(() => null));
      await signedOut({ kind, code: null, ...(idleMinutes === undefined ? {} : { idleMinutes }) });
      // Signed in through the organisation's login: end that session too, or the next person on
      // this device would be signed straight back in as this one. The provider sends the browser
      // back to the sign-in page.
      if (providerLogout) window.location.assign(providerLogout);
    },
    [signedOut],
  );
  const signOut = useCallback(() => endHere(), [endHere]);
  useIdleSignOut(state.status === "signedIn" ? state.principal : null, idleLimits, endHere);

  const retry = useCallback(() => {
    setState({ status: "loading" });
    setGeneration((n) => n + 1);
  }, []);

  return useMemo(() => ({ state, setSession, signOut, retry }), [state, setSession, signOut, retry]);
}
