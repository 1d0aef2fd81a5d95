import { apiRoutes, pathOf } from "@samplan/shared/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { removeDataDir, startTestServer, type TestServer } from "../testing/testServer.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
  removeDataDir(server.dataDir);
});

/** How the server answers a websocket upgrade on a path: opened, or the status it refused with. */
function upgrade(path: string): Promise<"open" | number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`ws://127.0.0.1:${server.port}${path}`);
    socket.once("open", () => {
      socket.close();
      resolve("open");
    });
    socket.once("unexpected-response", (_request, response) => resolve(response.statusCode ?? 0));
    socket.once("error", (error) => reject(error));
  });
}

describe("WebsocketPath", () => {
  it("upgrades on the collaboration path only; any other path is a plain 404", async () => {
    expect(await upgrade("/collaboration")).toBe("open");
    for (const path of ["/", pathOf(apiRoutes.session), "/collaboration/extra", "/ws"])
      expect(await upgrade(path), path).toBe(404);
  });
});
