import {
  type AuthStatus,
  sessionRoutes as api,
  type ClientErrorLogged,
  type ClientErrorReport,
  type CompletePasswordResetBody,
  type DeviceKey,
  type JoinBody,
  type OwnLanguageBody,
  pathOf,
  type Session,
  type SetupBody,
  SignedOut,
  type SignInBody,
} from "@samplan/shared/api";
import { call, send } from "./request.ts";

// Who may enter: what every page's shell, the sign-in page and the invitation link call.

export function getAuthStatus(): Promise<AuthStatus> {
  return call(api.authStatus);
}

export function setup(body: SetupBody): Promise<Session> {
  return call(api.setup, { body, expectUnauthenticated: true });
}

export function signIn(body: SignInBody): Promise<Session> {
  return call(api.signIn, { body, expectUnauthenticated: true });
}

/**
 * Signs out here. For someone who signed in through the organisation's login, the address where
 * they sign out there too (null for everyone else).
 */
export async function signOut(): Promise<string | null> {
  const response = await send(pathOf(api.signOut), { method: "DELETE" }, { expectUnauthenticated: true });
  if (response.status === 204) return null;
  const parsed = SignedOut.safeParse(await response.json().catch(() => null));
  return parsed.success ? parsed.data.providerLogout : null;
}

export function join(body: JoinBody): Promise<Session> {
  return call(api.join, { body, expectUnauthenticated: true });
}

/** A guest's e-mails are written in the language she chose for her view, from now on. */
export function chooseOwnLanguage(body: OwnLanguageBody): Promise<OwnLanguageBody> {
  return call(api.ownLanguage, { body });
}

/** A part of a page that failed to draw, for the server's log; answers with the id it was logged under. */
export function reportClientError(body: ClientErrorReport): Promise<ClientErrorLogged> {
  return call(api.reportClientError, { body, expectUnauthenticated: true });
}

/** Where the identity provider's sign-in starts; a full page navigation, not a fetch. */
export const OIDC_START_PATH = pathOf(api.oidcStart);

/** Sets a new password with a link's code; then one signs in with it. */
export async function completePasswordReset(body: CompletePasswordResetBody): Promise<void> {
  await call(api.completePasswordReset, { body });
}

/**
 * The key this session encrypts the plan kept on the device with (lib/deviceKey.ts). A 401 means
 * the session is gone, and is reported like any other.
 */
export function getDeviceKey(): Promise<DeviceKey> {
  return call(api.deviceKey);
}
