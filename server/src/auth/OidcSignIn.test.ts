import type http from "node:http";
import net from "node:net";
import Provider from "oidc-provider";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    claims: { openid: ["sub"], email: ["email"], profile: ["preferred_username", "name"] },
    findAccount: async (_ctx: unknown, id: string) => ({
      accountId: id,
      claims: async () => ({ sub: `sub-${id}`, email: `${id}@kommune.example`, preferred_username: id, name: id }),
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
  // The identity provider knows "karin"; Samplan has a staff account by that username.
  await samplan.coordinator();
});

afterAll(async () => {
  await samplan.close();
  removeDataDir(samplan.dataDir);
  await new Promise((resolve) => provider.close(resolve));
});

/** Signs in at the provider's development login page and returns Samplan's final answer. */
async function signInThroughProvider(browser: Browser, login: string): Promise<Response> {
  let response = await browser.go(`${samplan.url}/api/auth/oidc/start`);
  for (let hop = 0; hop < 12; hop++) {
    const location = response.headers.get("location");
    if (response.status >= 300 && response.status < 400 && location) {
      const next = new URL(location, response.url || issuer);
      if (next.origin === samplan.url && next.pathname !== "/api/auth/oidc/callback") return response;
      response = await browser.go(next.toString());
      continue;
    }
    const page = await response.text();
    const action = page.match(/action="([^"]+)"/)?.[1];
    if (!action) throw new Error(`no form on the provider's page:\n${page.slice(0, 500)}`);
    const prompt = page.includes('name="login"') ? "login" : "consent";
    const body = new URLSearchParams(prompt === "login" ? { prompt, login, password: "any" } : { prompt });
    response = await browser.go(new URL(action, issuer).toString(), {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: body.toString(),
    });
  }
  throw new Error("too many redirects");
}

describe("signing in through OpenID Connect", () => {
  it("says OIDC is available", async () => {
    expect((await samplan.request("GET", "/api/auth")).body.oidc).toBe(true);
  });

  it("signs a staff member in through the provider and links the account to the provider's subject", async () => {
    const browser = new Browser();
    const final = await signInThroughProvider(browser, "karin");
    expect(final.headers.get("location")).toBe("/");
    const host = new URL(samplan.url).host;
    const session = browser.cookie(host, "samplan_session");
    expect(session).toBeTruthy();
    const me = await fetch(`${samplan.url}/api/session`, { headers: { cookie: `samplan_session=${session}` } });
    expect(((await me.json()) as { principal: unknown }).principal).toMatchObject({ kind: "staff", username: "karin" });
    const trail = await samplan.audit.all();
    expect(trail.at(-1)).toMatchObject({ action: "signed-in", details: { method: "oidc" } });
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
    const answer = await samplan.request("POST", "/api/session", { username: "karin", password: TEST_PASSWORD });
    expect(answer.status).toBe(200);
  });
});
