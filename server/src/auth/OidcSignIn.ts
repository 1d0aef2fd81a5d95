import { createHash } from "node:crypto";
import { EncryptJWT, jwtDecrypt } from "jose";
import * as client from "openid-client";
import type { OidcConfig } from "../config.ts";

export interface OidcIdentity {
  subject: string;
  /**
   * Lower-cased usernames to match an account by on first sign-in: preferred_username, and the
   * e-mail address only when the provider says it verified it (anyone can type an address).
   */
  usernames: string[];
}

/**
 * Sign-in through the municipality's OpenID Connect provider: authorization code flow with PKCE,
 * state and nonce. What must survive the round trip to the provider travels in an encrypted,
 * HttpOnly cookie, so any instance can finish a sign-in another one started.
 */
export class OidcSignIn {
  private readonly settings: OidcConfig;
  private readonly cookieKey: Uint8Array;
  private configuration: Promise<client.Configuration> | undefined;

  constructor(settings: OidcConfig, secret: Uint8Array) {
    this.settings = settings;
    this.cookieKey = createHash("sha256").update(secret).update("samplan:oidc-state").digest();
  }

  private discover(): Promise<client.Configuration> {
    this.configuration ??= client
      .discovery(
        new URL(this.settings.issuer),
        this.settings.clientId,
        this.settings.clientSecret,
        undefined,
        this.settings.allowHttp ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((error) => {
        // Try discovery again next time rather than remembering a provider that was down.
        this.configuration = undefined;
        throw error;
      });
    return this.configuration;
  }

  /**
   * Where to send the browser, and the sealed state to keep in a cookie until it comes back. With
   * `reauthenticate` the provider must ask for the password again (prompt=login, max_age=0), and
   * the answer is checked to be that fresh: on a device just handed to someone else, the provider's
   * own session cookie must not sign the next person in as the last.
   */
  async start(options: { reauthenticate?: boolean } = {}): Promise<{ redirectTo: URL; sealedState: string }> {
    const configuration = await this.discover();
    const verifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const redirectTo = client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.settings.redirectUri,
      scope: "openid profile email",
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: "S256",
      state,
      nonce,
      ...(options.reauthenticate ? { prompt: "login", max_age: "0" } : {}),
    });
    const sealedState = await new EncryptJWT({
      verifier,
      state,
      nonce,
      reauthenticate: options.reauthenticate === true,
    })
      .setProtectedHeader({ alg: "dir", enc: "A256GCM" })
      .setExpirationTime("10m")
      .encrypt(this.cookieKey);
    return { redirectTo, sealedState };
  }

  /**
   * Where to send a browser that signed out of Samplan so that it signs out at the provider too
   * (OpenID Connect RP-Initiated Logout), or null when the provider offers no such page. Without
   * it, the provider's own session would sign the next person on a shared device straight back
   * in as the last. No ID token is kept to name the session: the client id and the registered
   * return address are what the specification asks for then, and the provider may ask to confirm.
   */
  async logoutUrl(): Promise<URL | null> {
    const configuration = await this.discover();
    if (!configuration.serverMetadata().end_session_endpoint) return null;
    return client.buildEndSessionUrl(configuration, {
      client_id: this.settings.clientId,
      post_logout_redirect_uri: this.settings.postLogoutRedirectUri,
    });
  }

  async finish(callbackUrl: URL, sealedState: string): Promise<OidcIdentity> {
    const { payload } = await jwtDecrypt(sealedState, this.cookieKey);
    const configuration = await this.discover();
    const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
      pkceCodeVerifier: String(payload.verifier),
      expectedState: String(payload.state),
      expectedNonce: String(payload.nonce),
      idTokenExpected: true,
      ...(payload.reauthenticate === true ? { maxAge: 0 } : {}),
    });
    const claims = tokens.claims();
    if (!claims) throw new Error("The identity provider sent no ID token");
    // Providers that follow the spec strictly put only `sub` in the ID token; the rest is at userinfo.
    const profile =
      claims.preferred_username || claims.email
        ? claims
        : await client.fetchUserInfo(configuration, tokens.access_token, claims.sub);
    const verifiedEmail = profile.email_verified === true ? profile.email : undefined;
    const usernames = [profile.preferred_username, verifiedEmail]
      .filter((value): value is string => typeof value === "string" && value.length > 0)
      .map((value) => value.toLowerCase());
    return { subject: `${claims.iss}|${claims.sub}`, usernames };
  }
}
