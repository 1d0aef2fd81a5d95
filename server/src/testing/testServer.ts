import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { HocuspocusProvider } from "@hocuspocus/provider";
import type { Case, Meeting } from "@samplan/shared/api";
import { createMeetingDocument } from "@samplan/shared/model";
import type * as Y from "yjs";
import { readConfig } from "../config.ts";
import { createLogger } from "../logger.ts";
import { type SamplanServer, startSamplanServer } from "../SamplanServer.ts";

/** A fresh data directory under the OS temp dir; removed by `removeDataDir`. */
export function makeDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "samplan-test-"));
}

export function removeDataDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

export interface TestServer extends SamplanServer {
  dataDir: string;
  wsUrl: string;
  request(method: string, pathname: string, body?: unknown): Promise<{ status: number; body: any }>;
  createMeeting(): Promise<{ case: Case; meeting: Meeting }>;
}

/** A real Samplan server on a free loopback port, storing in `dataDir`. */
export async function startTestServer(dataDir = makeDataDir(), env: Record<string, string> = {}): Promise<TestServer> {
  const config = readConfig({ PORT: "0", HOST: "127.0.0.1", SAMPLAN_DATA_DIR: dataDir, ...env });
  const server = await startSamplanServer(config, createLogger("silent"));
  const request = async (method: string, pathname: string, body?: unknown) => {
    const response = await fetch(`${server.url}${pathname}`, {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    });
    const text = await response.text();
    let parsed: any = text;
    try {
      parsed = JSON.parse(text);
    } catch {}
    return { status: response.status, body: parsed };
  };
  return {
    ...server,
    dataDir,
    wsUrl: `ws://127.0.0.1:${server.port}/collaboration`,
    request,
    async createMeeting() {
      const created = await request("POST", "/api/cases", { citizenName: "Test Borger" });
      const meeting = await request("POST", `/api/cases/${created.body.id}/meetings`, {
        title: "Netværksmøde",
        startsAt: "2026-12-01T10:00:00+01:00",
      });
      return { case: created.body, meeting: meeting.body };
    },
  };
}

export interface Participant {
  doc: Y.Doc;
  provider: HocuspocusProvider;
}

/** A participant's client: a Y.Doc synced through a real HocuspocusProvider. Resolves once synced. */
export function joinMeeting(wsUrl: string, documentName: string, doc = createMeetingDocument()): Promise<Participant> {
  return new Promise((resolve, reject) => {
    const provider = new HocuspocusProvider({
      url: wsUrl,
      name: documentName,
      document: doc,
      token: "test",
      onSynced: () => resolve({ doc, provider }),
      onAuthenticationFailed: ({ reason }) => {
        provider.destroy();
        reject(new Error(`refused: ${reason}`));
      },
    });
  });
}

/** Resolves when the server has acknowledged every change this participant made. */
export async function acknowledged({ provider }: Participant, timeoutMs = 5_000): Promise<void> {
  await waitFor(() => !provider.hasUnsyncedChanges, timeoutMs, "server acknowledgement");
}

export async function waitFor(condition: () => boolean, timeoutMs = 5_000, what = "condition"): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
