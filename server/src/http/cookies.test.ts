import type http from "node:http";
import net from "node:net";
import { apiRoutes, pathOf } from "@samplan/shared/api";
import Provider from "oidc-provider";
import { afterEach, describe, expect, it } from "vitest";
import { removeDataDir, startTestServer, TEST_PASSWORD, type TestServer } from "../testing/testServer.ts";

let server: TestServer | undefined;
let provider: http.Server | undefined;
afterEach(async () => {
  await server?.close();
  if (server) removeDataDir(server.dataDir);
  if (provider) await new Promise((resolve) => provider?.close(resolve));
  server = undefined;
  provider = undefined;
});

const HTTPS_PUBLIC_URL = { SAMPLAN_PUBLIC_URL: "https://samplan.example.dk" };

/** The Set-Cookie line for one cookie, split into its attributes. */
function setCookie(headers: Headers, name: string): { value: string; attributes: string[] } {
  const line = headers.getSetCookie().find((cookie) => cookie.startsWith(`${name}=`));
  if (!line) throw new Error(`no ${name} among ${JSON.stringify(headers.getSetCookie())}`);
  const [pair = "", ...attributes] = line.split("; ");
  return { value: pair.slice(name.length + 1), attributes };
}

function expectHostCookie(attributes: string[], sameSite: "Strict" | "Lax") {
  expect(attributes).toEqual(expect.arrayContaining(["Path=/", "HttpOnly", "Secure", `SameSite=${sameSite}`]));
  expect(attributes.some((attribute) => attribute.startsWith("Domain="))).toBe(false);
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

describe("cookies behind an https SAMPLAN_PUBLIC_URL", () => {
  it("name the session __Host-samplan_session, Secure even though the request came over plain http", async () => {
    server = await startTestServer(undefined, HTTPS_PUBLIC_URL);
    await server.coordinator();
    // A proxy that terminates TLS and says nothing about it (no X-Forwarded-Proto).
    const agent = server.agent();
    const signedIn = await agent.request("POST", pathOf(apiRoutes.signIn), {
      username: "karin",
      password: TEST_PASSWORD,
    });
    expect(signedIn.status).toBe(200);
    const session = setCookie(signedIn.headers, "__Host-samplan_session");
    expect(session.value).not.toBe("");
    expectHostCookie(session.attributes, "Strict");
    expect(signedIn.headers.getSetCookie().some((line) => line.startsWith("samplan_session="))).toBe(false);

    // The cookie works on the next request, under that name and only under that name.
    expect(agent.cookie).toBe(`__Host-samplan_session=${session.value}`);
    expect((await agent.request("GET", pathOf(apiRoutes.session))).status).toBe(200);
    const unprefixed = server.agent();
    unprefixed.cookie = `samplan_session=${session.value}`;
    expect((await unprefixed.request("GET", pathOf(apiRoutes.session))).status).toBe(401);

    const signedOut = await agent.request("DELETE", pathOf(apiRoutes.signOut));
    expect(signedOut.status).toBeLessThan(300);
    const cleared = setCookie(signedOut.headers, "__Host-samplan_session");
    expect(cleared.value).toBe("");
    expect(cleared.attributes).toContain("Max-Age=0");
    expectHostCookie(cleared.attributes, "Strict");
  });

  it("make the tablet's reauthenticate marker a __Host- cookie too", async () => {
    server = await startTestServer(undefined, HTTPS_PUBLIC_URL);
    const { meeting } = await server.createMeeting();
    const tablet = server.agent();
    await tablet.request("POST", pathOf(apiRoutes.signIn), { username: "karin", password: TEST_PASSWORD });
    const handed = await tablet.request("POST", pathOf(apiRoutes.citizenTablet, { meetingId: meeting.id }));
    expect(handed.status).toBe(200);
    expectHostCookie(setCookie(handed.headers, "__Host-samplan_session").attributes, "Strict");
    const marker = setCookie(handed.headers, "__Host-samplan_reauthenticate");
    expect(marker.value).toBe("1");
    expectHostCookie(marker.attributes, "Lax");
    // The citizen's session on the tablet works.
    expect((await tablet.request("GET", pathOf(apiRoutes.session))).body.principal.role).toBe("borger");
  });

  it("make the OIDC state cookie a __Host- cookie, read and cleared under that name by the callback", async () => {
    const providerPort = await freePort();
    const issuer = `http://127.0.0.1:${providerPort}`;
    provider = new Provider(issuer, {
      clients: [
        {
          client_id: "samplan",
          client_secret: "a-test-client-secret-of-some-length",
          redirect_uris: ["https://samplan.example.dk/api/auth/oidc/callback"],
          grant_types: ["authorization_code"],
          response_types: ["code"],
        },
      ],
      cookies: { keys: ["a-test-cookie-key"] },
    }).listen(providerPort, "127.0.0.1");
    server = await startTestServer(undefined, {
      ...HTTPS_PUBLIC_URL,
      SAMPLAN_OIDC_ISSUER: issuer,
      SAMPLAN_OIDC_CLIENT_ID: "samplan",
      SAMPLAN_OIDC_CLIENT_SECRET: "a-test-client-secret-of-some-length",
      SAMPLAN_OIDC_ALLOW_HTTP: "true",
    });
    const started = await fetch(`${server.url}/api/auth/oidc/start`, { redirect: "manual" });
    expect(started.status).toBe(302);
    expect(started.headers.get("location")).toContain(issuer);
    const state = setCookie(started.headers, "__Host-samplan_oidc");
    expectHostCookie(state.attributes, "Lax");

    // Coming back (with a code the provider never gave): the state is read, then cleared.
    const back = await fetch(`${server.url}/api/auth/oidc/callback?code=forged&state=forged`, {
      redirect: "manual",
      headers: { cookie: `__Host-samplan_oidc=${state.value}` },
    });
    expect(back.status).toBe(302);
    expect(back.headers.get("location")).toMatch(/^\/sign-in\?error=/);
    const cleared = setCookie(back.headers, "__Host-samplan_oidc");
    expect(cleared.attributes).toContain("Max-Age=0");
    expectHostCookie(cleared.attributes, "Lax");
  });
});

describe("cookies without an https SAMPLAN_PUBLIC_URL (development, tests)", () => {
  it("keep the plain name, and are Secure only when the request came over https", async () => {
    server = await startTestServer();
    await server.coordinator();
    const signedIn = await server
      .agent()
      .request("POST", pathOf(apiRoutes.signIn), { username: "karin", password: TEST_PASSWORD });
    const session = setCookie(signedIn.headers, "samplan_session");
    expect(session.attributes).toEqual(expect.arrayContaining(["Path=/", "HttpOnly", "SameSite=Strict"]));
    expect(session.attributes).not.toContain("Secure");
  });
});
