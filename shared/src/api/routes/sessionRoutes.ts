import { CompletePasswordResetBody } from "../AccountLifecycle.ts";
import { ClientErrorLogged, ClientErrorReport } from "../ClientError.ts";
import { DeviceKey } from "../DeviceKey.ts";
import { AuthStatus, JoinBody, OwnLanguageBody, Session, SetupBody, SignedOut, SignInBody } from "../Session.ts";
import { route } from "./route.ts";

/** Who may enter: what every page's shell, the sign-in page and the invitation link call. */
export const sessionRoutes = {
  authStatus: route({ method: "get", path: "/api/auth", answer: AuthStatus }),
  oidcStart: route({ method: "get", path: "/api/auth/oidc/start" }),
  oidcCallback: route({ method: "get", path: "/api/auth/oidc/callback" }),
  setup: route({ method: "post", path: "/api/setup", body: SetupBody, answer: Session }),
  session: route({ method: "get", path: "/api/session", answer: Session }),
  signIn: route({ method: "post", path: "/api/session", body: SignInBody, answer: Session }),
  signOut: route({ method: "delete", path: "/api/session", answer: SignedOut }),
  join: route({ method: "post", path: "/api/join", body: JoinBody, answer: Session }),
  deviceKey: route({ method: "get", path: "/api/session/device-key", answer: DeviceKey }),
  ownLanguage: route({ method: "post", path: "/api/session/language", body: OwnLanguageBody, answer: OwnLanguageBody }),
  completePasswordReset: route({ method: "post", path: "/api/password-reset", body: CompletePasswordResetBody }),
  // A part of a page that failed to draw in someone's browser, for the server's log
  reportClientError: route({
    method: "post",
    path: "/api/client-errors",
    body: ClientErrorReport,
    answer: ClientErrorLogged,
  }),
} as const;
