import type { Meeting } from "@samplan/shared/api";
import { afterEach, beforeEach } from "vitest";
import { type Agent, removeDataDir, startTestServer, type TestServer } from "./testServer.ts";

// The set-up most server tests share, in one place: for each test a fresh server on its own data
// directory, with a case, a meeting in it and the coordinator signed in. A test file calls
// useMeetingServer() once, at its top; `server`, `meeting` and `coordinator` are then the current
// test's (ES modules export live bindings). Hooks the file adds after the call run after these
// set-ups and before these tear-downs.
export let server: TestServer;
export let meeting: Meeting;
export let coordinator: Agent;

export function useMeetingServer(): void {
  beforeEach(async () => {
    server = await startTestServer();
    ({ meeting, coordinator } = await server.createMeeting());
  });
  afterEach(async () => {
    await server.close();
    removeDataDir(server.dataDir);
  });
}
