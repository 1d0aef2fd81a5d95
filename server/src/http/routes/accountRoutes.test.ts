import { apiRoutes, pathOf } from "@samplan/shared/api";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { removeDataDir, startTestServer, type TestServer } from "../../testing/testServer.ts";

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
  removeDataDir(server.dataDir);
});

const colleague = { username: "peter", displayName: "Peter Lund", role: "fagperson" };

describe("the password a new account is given", () => {
  it("is refused when common, naming the field and the rule, and nothing is stored", async () => {
    const coordinator = await server.coordinator();
    for (const password of ["Password12345678!", "qwertyuiopasdfgh", "aaaaaaaaaaaaaaaaaa"]) {
      const answer = await coordinator.request("POST", pathOf(apiRoutes.createAccount), { ...colleague, password });
      expect(answer.status, password).toBe(400);
      expect(answer.body.error).toMatchObject({ code: "password_too_common", field: "password" });
    }
    const accounts = (await coordinator.request("GET", pathOf(apiRoutes.accounts))).body.accounts;
    expect(accounts.map((a: { username: string }) => a.username)).toEqual(["karin"]);
  });

  it("is refused when it is the person's name or username", async () => {
    const coordinator = await server.coordinator();
    const answer = await coordinator.request("POST", pathOf(apiRoutes.createAccount), {
      ...colleague,
      password: "Peter Lund 2026!!",
    });
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatchObject({ code: "password_like_name", field: "password" });
  });

  it("is at least 15 characters and at most 256, with no rules about digits or capitals", async () => {
    const coordinator = await server.coordinator();
    const short = await coordinator.request("POST", pathOf(apiRoutes.createAccount), {
      ...colleague,
      password: "fjord lys sten",
    });
    expect(short.status).toBe(400);
    expect(short.body.error.issues[0].path).toBe("password");
    const long = await coordinator.request("POST", pathOf(apiRoutes.createAccount), {
      ...colleague,
      password: "x".repeat(257),
    });
    expect(long.status).toBe(400);
    const fine = await coordinator.request("POST", pathOf(apiRoutes.createAccount), {
      ...colleague,
      password: "fjord lys og sten",
    });
    expect(fine.status).toBe(201);
  });

  it("is held to the same rules at set-up, which then stays open", async () => {
    const answer = await server.request("POST", pathOf(apiRoutes.setup), {
      setupCode: server.setupCode,
      username: "karin",
      displayName: "Karin Holm",
      password: "karinholm1234567",
    });
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatchObject({ code: "password_like_name", field: "password" });
    expect((await server.request("GET", pathOf(apiRoutes.authStatus))).body.setupRequired).toBe(true);
  });
});

describe("a username that is taken", () => {
  it("is refused with its own code, so the form can say so in Danish, and nothing is stored", async () => {
    const coordinator = await server.coordinator();
    const answer = await coordinator.request("POST", pathOf(apiRoutes.createAccount), {
      ...colleague,
      username: "karin",
      password: "fjord lys og sten",
    });
    expect(answer.status).toBe(409);
    expect(answer.body.error).toMatchObject({ code: "username_taken" });
    const accounts = (await coordinator.request("GET", pathOf(apiRoutes.accounts))).body.accounts;
    expect(accounts.map((a: { username: string }) => a.username)).toEqual(["karin"]);
  });
});
