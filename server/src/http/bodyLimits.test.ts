import http from "node:http";
import { apiRoutes, pathOf } from "@samplan/shared/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { removeDataDir, startTestServer, type TestServer } from "../testing/testServer.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
  removeDataDir(server.dataDir);
});

const FIFTY_MB = 50 * 1024 * 1024;

interface Upload {
  status: number;
  body: string;
  /** How much of the body had been handed to the socket when the answer came. */
  sentWhenAnswered: number;
  /** The growth of this process's memory (the server runs in it) while uploading. */
  rssGrowth: number;
}

/** Streams `total` bytes of a JSON-looking body to an unauthenticated route, stopping at the answer. */
function upload(total: number, declareLength: boolean): Promise<Upload> {
  const chunk = Buffer.alloc(64 * 1024, "a");
  const rssBefore = process.memoryUsage().rss;
  let peakRss = rssBefore;
  return new Promise((resolve, reject) => {
    const request = http.request(`${server.url}/api/session`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(declareLength ? { "content-length": String(total) } : {}),
      },
    });
    let sent = 0;
    let answered = false;
    request.on("response", (response) => {
      answered = true;
      const sentWhenAnswered = sent;
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (data) => {
        body += data;
      });
      response.on("end", () => {
        request.destroy();
        resolve({ status: response.statusCode ?? 0, body, sentWhenAnswered, rssGrowth: peakRss - rssBefore });
      });
    });
    request.on("error", (error) => {
      if (!answered) reject(error);
    });
    const pump = () => {
      while (!answered && sent < total) {
        sent += chunk.length;
        peakRss = Math.max(peakRss, process.memoryUsage().rss);
        if (!request.write(sent === chunk.length ? Buffer.concat([Buffer.from('{"username":"'), chunk]) : chunk)) {
          request.once("drain", pump);
          return;
        }
      }
      if (!answered) request.end();
    };
    pump();
  });
}

describe("body size limit", () => {
  it("answers a declared 50 MB body 413 before reading it", async () => {
    const answer = await upload(FIFTY_MB, true);
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).error.code).toBe("payload_too_large");
    expect(answer.sentWhenAnswered).toBeLessThan(FIFTY_MB / 2);
  });

  it("cuts off a streamed 50 MB body at the limit, without holding it in memory", async () => {
    const answer = await upload(FIFTY_MB, false);
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).error.code).toBe("payload_too_large");
    expect(answer.sentWhenAnswered).toBeLessThan(FIFTY_MB / 2);
    expect(answer.rssGrowth).toBeLessThan(30 * 1024 * 1024);
  });

  it("still reads a body under the limit, and refuses it for what it says", async () => {
    const answer = await server.request("POST", pathOf(apiRoutes.signIn), {
      username: "a".repeat(900 * 1024),
      password: "x",
    });
    expect(answer.status).toBe(400);
  });
});
