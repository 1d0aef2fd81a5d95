import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { removeDataDir, startTestServer, type TestServer } from "../testing/testServer.ts";

// A client as `pnpm build` leaves it: hashed assets with their brotli and gzip copies beside them
// (scripts/compress-client.ts), the shell and the service worker.
const script = `console.log(${JSON.stringify("Samplan ".repeat(400))});`;
let clientDir: string;
let server: TestServer;

beforeEach(async () => {
  clientDir = fs.mkdtempSync(path.join(os.tmpdir(), "samplan-client-"));
  fs.mkdirSync(path.join(clientDir, "assets"));
  const asset = path.join(clientDir, "assets", "index-a1b2c3.js");
  fs.writeFileSync(asset, script);
  fs.writeFileSync(`${asset}.br`, zlib.brotliCompressSync(script));
  fs.writeFileSync(`${asset}.gz`, zlib.gzipSync(script));
  fs.writeFileSync(path.join(clientDir, "index.html"), "<!doctype html><title>Samplan</title>");
  fs.writeFileSync(path.join(clientDir, "sw.js"), "self.skipWaiting();");
  server = await startTestServer(undefined, { SAMPLAN_CLIENT_DIR: clientDir });
});

afterEach(async () => {
  await server.close();
  removeDataDir(server.dataDir);
  fs.rmSync(clientDir, { recursive: true, force: true });
});

const get = (pathname: string, acceptEncoding: string) =>
  fetch(new URL(pathname, server.url), { headers: { "accept-encoding": acceptEncoding } });

describe("the client's files", () => {
  it("go compressed to a browser that takes brotli or gzip, and as they are to one that does not", async () => {
    for (const [accepts, sent] of [
      ["br, gzip", "br"],
      ["gzip", "gzip"],
      ["identity", null],
    ] as const) {
      const answer = await get("/assets/index-a1b2c3.js", accepts);
      expect(answer.status).toBe(200);
      expect(answer.headers.get("content-encoding")).toBe(sent);
      expect(answer.headers.get("content-type")).toMatch(/javascript/);
      // fetch undoes the encoding: what the page runs is the same script either way.
      expect(await answer.text()).toBe(script);
      if (sent) expect(answer.headers.get("vary")).toMatch(/Accept-Encoding/i);
    }
  });

  it("keep hashed assets for a year, and have the shell and the service worker asked for again", async () => {
    expect((await get("/assets/index-a1b2c3.js", "br")).headers.get("cache-control")).toBe(
      "public, max-age=31536000, immutable",
    );
    expect((await get("/sw.js", "br")).headers.get("cache-control")).toBe("no-cache");
    expect((await get("/", "br")).headers.get("cache-control")).toBe("no-cache");
    expect((await get("/cases/123", "br")).headers.get("cache-control")).toBe("no-cache");
  });
});
