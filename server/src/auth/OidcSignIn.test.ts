import type http from "node:http";
import net from "node:net";
import { apiRoutes, pathOf } from "@samplan/shared/api";
import Provider from "oidc-provider";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readConfig } from "../config.ts";
import { removeDataDir, startTestServer, TEST_PASSWORD, type TestServer } from "../testing/testServer.ts";

/** A free loopback port: Samplan's redirect URI must be known before it starts. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** A browser's cookie jar across two origins, and a request that follows no redirect by itself. */
class Browser {
  private readonly jar = new Map<string, Map<string, string>>();

  async go(url: string, init: RequestInit = {}): Promise<Response> {
    const target = new URL(url);
    const cookies = this.jar.get(target.host) ?? new Map();
    const response = await fetch(target, {
      ...init,
      redirect: "manual",
      headers: { ...(init.headers ?? {}), cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join("; ") },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const [name, ...value] = (pair ?? "").split("=");
      if (name) cookies.set(name.trim(), value.join("="));
    }
    this.jar.set(target.host, cookies);
    return response;
  }

  cookie(host: string, name: string): string | undefined {
    return this.jar.get(host)?.get(name);
  }
}

let provider: http.Server;
let issuer: string;
let samplan: TestServer;

beforeAll(async () => {
  const providerPort = await freePort();
  const samplanPort = await freePort();
  issuer = `http://127.0.0.1:${providerPort}`;
  const samplanUrl = `http://127.0.0.1:${samplanPort}`;
  const oidc = new Provider(issuer, {
    clients: [
      {
        client_id: "samplan",
        client_secret: "a-test-client-secret-of-some-length",
        redirect_uris: [`${samplanUrl}/api/auth/oidc/callback`],
        post_logout_redirect_uris: [`${samplanUrl}/sign-in`],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["preferred_username", "name"] },
    // Whoever types a login is that person (any password); "unverified-…" has an unverified e-mail,
    // and "mail-…" a preferred_username no account has, so only the e-mail can match.
    findAccount: async (_ctx: unknown, id: string) => ({
      accountId: id,
      claims: async () => ({
        sub: `sub-${id}`,
        email: `${id}@kommune.example`,
        email_verified: !id.startsWith("unverified-"),
        preferred_username: id.startsWith("mail-") || id.startsWith("unverified-") ? `x-${id}` : id,
        name: id,
      }),
    }),
    cookies: { keys: ["a-test-cookie-key"] },
  });
  provider = oidc.listen(providerPort, "127.0.0.1");
  samplan = await startTestServer(undefined, {
    PORT: String(samplanPort),
    SAMPLAN_PUBLIC_URL: samplanUrl,
    SAMPLAN_OIDC_ISSUER: issuer,
    SAMPLAN_OIDC_CLIENT_ID: "samplan",
    SAMPLAN_OIDC_CLIENT_SECRET: "a-test-client-secret-of-some-length",
    SAMPLAN_OIDC_ALLOW_HTTP: "true",
  });
  // The identity provider knows "karin"; Samplan has a staff account by that username, with a
  // password. "ole" and the e-mail accounts are made for OIDC: no password.
  const coordinator = await samplan.coordinator();
  for (const username of ["ole", "mail-mette@kommune.example", "unverified-lis@kommune.example", "gone"]) {
    const created = await coordinator.request("POST", pathOf(apiRoutes.createAccount), {
      username,
      displayName: username,
      role: "koordinator",
    });
    if (created.status !== 201) throw new Error(JSON.stringify(created.body));
  }
});

afterAll(async () => {
  await samplan.close();
  removeDataDir(samplan.dataDir);
  await new Promise((resolve) => provider.close(resolve));
});

/** Signs in at the provider's development login page and returns Samplan's final answer. */
async function signInThroughProvider(browser: Browser, login: string, asked: string[] = []): Promise<Response> {
  let response = await browser.go(`${samplan.url}/api/auth/oidc/start`);
  asked.push(response.headers.get("location") ?? "");
  for (let hop = 0; hop < 12; hop++) {
    const location = response.headers.get("location");
    if (response.status >= 300 && response.status < 400 && location) {
      const next = new URL(location, response.url || issuer);
      if (next.origin === samplan.url && next.pathname !== pathOf(apiRoutes.oidcCallback)) return response;
      response = await browser.go(next.toString());
      continue;
    }
    const page = await response.text();
    const action = page.match(/action="([^"]+)"/)?.[1];
    if (!action) throw new Error(`no form on the provider's page:\n${page.slice(0, 500)}`);
    const prompt = page.includes('name="login"') ? "login" : "consent";
    asked.push(`provider asked: ${prompt}`);
    const body = new URLSearchParams(prompt === "login" ? { prompt, login, password: "any" } : { prompt });
    response = await browser.go(new URL(action, issuer).toString(), {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: body.toString(),
    });
  }
  throw new Error("too many redirects");
}

const host = () => new URL(samplan.url).host;
async function whoIs(browser: Browser) {
  const session = browser.cookie(host(), "samplan_session");
  const me = await fetch(`${samplan.url}/api/session`, { headers: { cookie: `samplan_session=${session}` } });
  return ((await me.json()) as { principal?: { username: string } }).principal?.username;
}

describe("signing in through OpenID Connect", () => {
  it("says OIDC is available", async () => {
    expect((await samplan.request("GET", pathOf(apiRoutes.authStatus))).body.oidc).toBe(true);
  });

  it("signs in a staff account made for OIDC, linking it to the provider's subject", async () => {
    const browser = new Browser();
    const final = await signInThroughProvider(browser, "ole");
    expect(final.headers.get("location")).toBe("/");
    expect(await whoIs(browser)).toBe("ole");
    const trail = await samplan.audit.all();
    expect(trail.at(-1)).toMatchObject({ action: "signed-in", details: { method: "oidc" } });
    // Linked now: the same person comes back by their subject.
    expect((await signInThroughProvider(new Browser(), "ole")).headers.get("location")).toBe("/");
  });

  it("does not hand an account with a password to whoever has the same name at the provider", async () => {
    const final = await signInThroughProvider(new Browser(), "karin");
    expect(final.headers.get("location")).toBe("/sign-in?error=oidc-no-account");
    expect((await samplan.audit.all()).at(-1)).toMatchObject({ action: "sign-in-failed" });
    expect(
      (await samplan.request("POST", pathOf(apiRoutes.signIn), { username: "karin", password: TEST_PASSWORD })).status,
    ).toBe(200);
  });

  it("matches an account by e-mail only when the provider verified the address", async () => {
    const unverified = await signInThroughProvider(new Browser(), "unverified-lis");
    expect(unverified.headers.get("location")).toBe("/sign-in?error=oidc-no-account");
    const browser = new Browser();
    const verified = await signInThroughProvider(browser, "mail-mette");
    expect(verified.headers.get("location")).toBe("/");
    expect(await whoIs(browser)).toBe("mail-mette@kommune.example");
  });

  it("refuses a deactivated account", async () => {
    const coordinator = await samplan.coordinator();
    const accounts = (await coordinator.request("GET", pathOf(apiRoutes.accounts))).body.accounts as {
      id: string;
      username: string;
    }[];
    const gone = accounts.find((account) => account.username === "gone");
    await coordinator.request("POST", pathOf(apiRoutes.deactivateAccount, { accountId: String(gone?.id) }));
    const final = await signInThroughProvider(new Browser(), "gone");
    expect(final.headers.get("location")).toBe("/sign-in?error=oidc-deactivated");
    expect((await samplan.audit.all()).at(-1)).toMatchObject({
      action: "sign-in-refused",
      details: { method: "oidc", reason: "deactivated" },
    });
  });

  it("asks the provider to authenticate again on a tablet just handed to the citizen", async () => {
    const browser = new Browser();
    await signInThroughProvider(browser, "ole");
    // Signed in at the provider now: a second sign-in goes through without its login form.
    const again: string[] = [];
    await signInThroughProvider(browser, "ole", again);
    expect(again.some((step) => step.includes("provider asked: login"))).toBe(false);
    expect(again[0]).not.toContain("prompt=login");

    const cookie = `samplan_session=${browser.cookie(host(), "samplan_session")}`;
    const post = (path: string, body?: unknown) =>
      browser.go(`${samplan.url}${path}`, {
        method: "POST",
        headers: { cookie, "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    const created = (await (await post(pathOf(apiRoutes.createCase), { citizenName: "Sara" })).json()) as {
      id: string;
    };
    const meeting = (await (
      await post(pathOf(apiRoutes.createMeeting, { caseId: created.id }), {
        title: "Netværksmøde",
        startsAt: "2026-12-01T10:00:00+01:00",
      })
    ).json()) as { id: string };
    const handed = await browser.go(`${samplan.url}/api/meetings/${meeting.id}/citizen-tablet`, {
      method: "POST",
      headers: { cookie },
    });
    expect(handed.status).toBe(200);

    const next: string[] = [];
    const final = await signInThroughProvider(browser, "ole", next);
    const authorize = new URL(next[0] ?? "");
    expect(authorize.searchParams.get("prompt")).toBe("login");
    expect(authorize.searchParams.get("max_age")).toBe("0");
    expect(next).toContain("provider asked: login");
    expect(final.headers.get("location")).toBe("/");
    // Once signed in again, the device is back to normal.
    const after: string[] = [];
    await signInThroughProvider(browser, "ole", after);
    expect(after[0]).not.toContain("prompt=login");
  });

  it("signs out at the provider too, so the next person on the device is asked to sign in", async () => {
    const browser = new Browser();
    await signInThroughProvider(browser, "ole");
    const cookie = `samplan_session=${browser.cookie(host(), "samplan_session")}`;
    const signedOut = await browser.go(`${samplan.url}/api/session`, { method: "DELETE", headers: { cookie } });
    expect(signedOut.status).toBe(200);
    const logout = new URL(((await signedOut.json()) as { providerLogout: string }).providerLogout);
    expect(logout.origin).toBe(issuer);
    expect(logout.searchParams.get("client_id")).toBe("samplan");
    expect(logout.searchParams.get("post_logout_redirect_uri")).toBe(`${samplan.url}/sign-in`);

    // At the provider: it asks to confirm, then sends the browser back to Samplan's sign-in page.
    const confirm = await (await browser.go(logout.toString())).text();
    const action = confirm.match(/action="([^"]+)"/)?.[1] ?? "";
    const xsrf = confirm.match(/name="xsrf" value="([^"]+)"/)?.[1] ?? "";
    const back = await browser.go(new URL(action, issuer).toString(), {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ xsrf, logout: "yes" }).toString(),
    });
    expect(back.headers.get("location")).toBe(`${samplan.url}/sign-in`);

    const next: string[] = [];
    await signInThroughProvider(browser, "ole", next);
    expect(next).toContain("provider asked: login");
  });

  it("signs a password account out here only", async () => {
    const karin = await samplan.coordinator();
    const again = samplan.agent();
    await again.request("POST", pathOf(apiRoutes.signIn), { username: "karin", password: TEST_PASSWORD });
    expect((await again.request("DELETE", pathOf(apiRoutes.signOut))).status).toBe(204);
    expect((await karin.request("GET", pathOf(apiRoutes.session))).status).toBe(200);
  });

  it("refuses someone the provider knows but Samplan has no account for", async () => {
    const final = await signInThroughProvider(new Browser(), "stranger");
    expect(final.headers.get("location")).toBe("/sign-in?error=oidc-no-account");
    expect((await samplan.audit.all()).at(-1)).toMatchObject({
      action: "sign-in-failed",
      details: { reason: "no-account" },
    });
  });

  it("refuses a callback that did not start here", async () => {
    const browser = new Browser();
    const forged = await browser.go(`${samplan.url}/api/auth/oidc/callback?code=stolen&state=guess`);
    expect(forged.headers.get("location")).toBe("/sign-in?error=oidc");
    expect(browser.cookie(new URL(samplan.url).host, "samplan_session")).toBeUndefined();
  });

  it("still lets the local password work", async () => {
    const answer = await samplan.request("POST", pathOf(apiRoutes.signIn), {
      username: "karin",
      password: TEST_PASSWORD,
    });
    expect(answer.status).toBe(200);
  });
});

describe("password sign-in turned off (SAMPLAN_PASSWORD_SIGN_IN=false)", () => {
  it("is allowed only with OIDC set up", () => {
    expect(() => readConfig({ SAMPLAN_PASSWORD_SIGN_IN: "false" })).toThrow(/SAMPLAN_PASSWORD_SIGN_IN/);
    expect(() => readConfig({ SAMPLAN_PASSWORD_SIGN_IN: "maybe" })).toThrow(/SAMPLAN_PASSWORD_SIGN_IN/);
  });

  it("refuses passwords for staff, and makes accounts without one for their first OIDC sign-in", async () => {
    const port = await freePort();
    const oidcOnly = await startTestServer(undefined, {
      PORT: String(port),
      SAMPLAN_PUBLIC_URL: `http://127.0.0.1:${port}`,
      SAMPLAN_OIDC_ISSUER: issuer,
      SAMPLAN_OIDC_CLIENT_ID: "samplan",
      SAMPLAN_OIDC_CLIENT_SECRET: "a-test-client-secret-of-some-length",
      SAMPLAN_OIDC_ALLOW_HTTP: "true",
      SAMPLAN_PASSWORD_SIGN_IN: "false",
    });
    try {
      expect((await oidcOnly.request("GET", pathOf(apiRoutes.authStatus))).body).toMatchObject({
        oidc: true,
        passwordSignIn: false,
      });
      const body = { setupCode: oidcOnly.setupCode, username: "karin", displayName: "Karin Holm" };
      const withPassword = await oidcOnly.request("POST", pathOf(apiRoutes.setup), {
        ...body,
        password: TEST_PASSWORD,
      });
      expect(withPassword.status).toBe(400);
      expect(withPassword.body.error.field).toBe("password");
      const browser = oidcOnly.agent();
      expect((await browser.request("POST", pathOf(apiRoutes.setup), body)).status).toBe(201);
      const created = await browser.request("POST", pathOf(apiRoutes.createAccount), {
        username: "peter",
        displayName: "Peter Lund",
        role: "fagperson",
      });
      expect(created.body).toMatchObject({ passwordSignIn: false, oidcLinked: false, active: true });
      const signIn = await oidcOnly.request("POST", pathOf(apiRoutes.signIn), {
        username: "karin",
        password: TEST_PASSWORD,
      });
      expect(signIn.status).toBe(404);
    } finally {
      await oidcOnly.close();
      removeDataDir(oidcOnly.dataDir);
    }
  });
});
