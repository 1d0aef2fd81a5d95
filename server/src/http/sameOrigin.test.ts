import { apiRoutes, pathOf } from "@samplan/shared/api";
import { afterEach, describe, expect, it } from "vitest";
import { removeDataDir, startTestServer, type TestServer } from "../testing/testServer.ts";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  if (server) removeDataDir(server.dataDir);
  server = undefined;
});

const citizen = { citizenName: "Test Borger" };

async function casesOf(server: TestServer): Promise<unknown[]> {
  const answer = await (await server.coordinator()).request("GET", pathOf(apiRoutes.cases));
  expect(answer.status).toBe(200);
  return answer.body.cases;
}

describe("state-changing requests from another site", () => {
  it("are refused with a valid session cookie, and nothing is created", async () => {
    server = await startTestServer();
    const coordinator = await server.coordinator();

    const fromEvil = await coordinator.request("POST", pathOf(apiRoutes.createCase), citizen, {
      origin: "https://evil.example",
    });
    expect(fromEvil.status).toBe(403);
    expect(fromEvil.body.error.code).toBe("cross_origin");
    expect(fromEvil.body.error.message).toContain("https://evil.example");

    const crossSite = await coordinator.request("POST", pathOf(apiRoutes.createCase), citizen, {
      "sec-fetch-site": "cross-site",
    });
    expect(crossSite.status).toBe(403);
    expect(crossSite.body.error.code).toBe("cross_origin");
    // A sibling subdomain is the same site, which SameSite=Strict lets through; this does not.
    const sibling = await coordinator.request("POST", pathOf(apiRoutes.createCase), citizen, {
      "sec-fetch-site": "same-site",
    });
    expect(sibling.status).toBe(403);
    // A page from the same host on another port or scheme is another origin.
    const otherPort = await coordinator.request("POST", pathOf(apiRoutes.createCase), citizen, {
      origin: `http://127.0.0.1:${server.port + 1}`,
    });
    expect(otherPort.status).toBe(403);
    expect(await casesOf(server)).toEqual([]);

    // Either header alone, spelling another site, is enough to refuse, whatever the other says.
    const mixed = await coordinator.request("POST", pathOf(apiRoutes.createCase), citizen, {
      origin: server.url,
      "sec-fetch-site": "cross-site",
    });
    expect(mixed.status).toBe(403);
    for (const method of ["PUT", "PATCH", "DELETE"]) {
      const answer = await coordinator.request(
        method,
        pathOf(apiRoutes.case, { caseId: "5f0c8c1e-8a4b-4c39-9f5e-2b7d0a1c3e4f" }),
        citizen,
        {
          origin: "https://evil.example",
        },
      );
      expect(answer.status, method).toBe(403);
    }
  });

  it("are let through from Samplan's own pages, as the browser sends them", async () => {
    server = await startTestServer();
    const coordinator = await server.coordinator();
    const sameOrigin = await coordinator.request("POST", pathOf(apiRoutes.createCase), citizen, {
      origin: server.url,
      "sec-fetch-site": "same-origin",
    });
    expect(sameOrigin.status).toBe(201);
    // No browser (curl, another server): neither header, and SameSite=Strict still applies.
    expect((await coordinator.request("POST", pathOf(apiRoutes.createCase), citizen)).status).toBe(201);
    // Typed or bookmarked by the person herself.
    expect(
      (await coordinator.request("POST", pathOf(apiRoutes.createCase), citizen, { "sec-fetch-site": "none" })).status,
    ).toBe(201);
    expect(await casesOf(server)).toHaveLength(3);
  });

  it("leave reading alone: a GET from another site (such as the OIDC provider's redirect back) is answered", async () => {
    server = await startTestServer();
    const answer = await server.agent().request("GET", pathOf(apiRoutes.authStatus), undefined, {
      origin: "https://evil.example",
      "sec-fetch-site": "cross-site",
    });
    expect(answer.status).toBe(200);
    // The callback is a GET too: refused here only because OIDC is not set up, not for its origin.
    const callback = await server
      .agent()
      .request("GET", `${pathOf(apiRoutes.oidcCallback)}?code=x&state=y`, undefined, {
        "sec-fetch-site": "cross-site",
      });
    expect(callback.status).toBe(404);
    expect(callback.body.error.code).toBe("not_found");
  });

  it("take SAMPLAN_PUBLIC_URL's origin as Samplan's own when it is set", async () => {
    server = await startTestServer(undefined, { SAMPLAN_PUBLIC_URL: "https://samplan.example.dk/" });
    const coordinator = await server.coordinator();
    const own = await coordinator.request("POST", pathOf(apiRoutes.createCase), citizen, {
      origin: "https://samplan.example.dk",
    });
    expect(own.status).toBe(201);
    // The address the server happens to listen on is not where browsers reach it.
    const direct = await coordinator.request("POST", pathOf(apiRoutes.createCase), citizen, { origin: server.url });
    expect(direct.status).toBe(403);
    const plainHttp = await coordinator.request("POST", pathOf(apiRoutes.createCase), citizen, {
      origin: "http://samplan.example.dk",
    });
    expect(plainHttp.status).toBe(403);
  });

  it("without SAMPLAN_PUBLIC_URL, take the scheme a trusted proxy says in X-Forwarded-Proto, and only then", async () => {
    const through = (proto: string, origin: string) => ({ "x-forwarded-proto": proto, origin });
    // The tests' requests come from 127.0.0.1, standing in for nginx terminating TLS (fetch sends
    // the server's own address as Host, as nginx's `proxy_set_header Host $host` passes the browser's).
    server = await startTestServer(undefined, { SAMPLAN_TRUST_PROXY: "127.0.0.1" });
    let host = new URL(server.url).host;
    const coordinator = await server.coordinator();
    expect(
      (await coordinator.request("POST", pathOf(apiRoutes.createCase), citizen, through("https", `https://${host}`)))
        .status,
    ).toBe(201);
    expect(
      (await coordinator.request("POST", pathOf(apiRoutes.createCase), citizen, through("https", `http://${host}`)))
        .status,
    ).toBe(403);
    await server.close();
    removeDataDir(server.dataDir);

    // Nobody trusted: X-Forwarded-Proto is anyone's to write, and the request came over http.
    server = await startTestServer();
    host = new URL(server.url).host;
    const direct = await server.coordinator();
    expect(
      (await direct.request("POST", pathOf(apiRoutes.createCase), citizen, through("https", `https://${host}`))).status,
    ).toBe(403);
    expect(
      (await direct.request("POST", pathOf(apiRoutes.createCase), citizen, through("https", `http://${host}`))).status,
    ).toBe(201);
  });
});
