import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { HocuspocusProvider } from "@hocuspocus/provider";
import type { Case, Meeting, Member } from "@samplan/shared/api";
import { apiRoutes, pathOf } from "@samplan/shared/api";
import { createMeetingDocument } from "@samplan/shared/model";
import type { RelationKind, Role } from "@samplan/shared/vocabulary";
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

export interface Answer {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: tests assert on whatever JSON a route answered (errors included); the routes' own schemas are tested where they are defined.
  body: any;
  headers: Headers;
}

export const TEST_PASSWORD = "correct horse battery staple";

/** One browser's worth of HTTP: it keeps the session cookie the server sets. */
export class Agent {
  private readonly baseUrl: string;
  cookie: string | undefined;

  constructor(baseUrl: string) {
    this.baseUrl = baseUrl;
  }

  async request(
    method: string,
    pathname: string,
    body?: unknown,
    extraHeaders: Record<string, string> = {},
  ): Promise<Answer> {
    const headers: Record<string, string> = { ...extraHeaders };
    if (body !== undefined) headers["content-type"] = "application/json";
    if (this.cookie) headers.cookie = this.cookie;
    const response = await fetch(`${this.baseUrl}${pathname}`, {
      method,
      headers,
      redirect: "manual",
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    });
    const setCookie = response.headers.get("set-cookie");
    // `__Host-samplan_session` when the server's SAMPLAN_PUBLIC_URL is https.
    const session = setCookie?.match(/((?:__Host-)?samplan_session)=([^;]*)/);
    if (session) this.cookie = session[2] ? `${session[1]}=${session[2]}` : undefined;
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {}
    return { status: response.status, body: parsed, headers: response.headers };
  }

  /** A token for the meeting's websocket, as the client fetches one before connecting. */
  async connectionToken(meetingId: string): Promise<string> {
    const answer = await this.request("POST", pathOf(apiRoutes.connectionToken, { meetingId }));
    if (answer.status !== 200) throw new Error(`no connection token: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body.token;
  }
}

export interface TestServer extends SamplanServer {
  dataDir: string;
  wsUrl: string;
  /** A browser with nobody signed in. */
  agent(): Agent;
  /** The first coordinator, signed in (created through /api/setup on first use). */
  coordinator(): Promise<Agent>;
  /** An unauthenticated request, for testing refusals. */
  request(method: string, pathname: string, body?: unknown): Promise<Answer>;
  createMeeting(): Promise<{ case: Case; meeting: Meeting; coordinator: Agent }>;
  /** Puts someone on the case's roster and lets them in by a personal link; returns their browser. */
  invite(
    meeting: Meeting,
    person: {
      name: string;
      role: Role;
      organisation?: string;
      relation?: { kind: RelationKind; label: string };
      adultConfirmed?: boolean;
    },
  ): Promise<InvitedGuest>;
}

export interface InvitedGuest {
  agent: Agent;
  member: Member;
  invitationId: string;
  secret: string;
}

/** A real Samplan server on a free loopback port, storing in `dataDir`. */
export async function startTestServer(dataDir = makeDataDir(), env: Record<string, string> = {}): Promise<TestServer> {
  const config = readConfig({ PORT: "0", HOST: "127.0.0.1", SAMPLAN_DATA_DIR: dataDir, ...env });
  const server = await startSamplanServer(config, createLogger("silent"));
  let coordinator: Promise<Agent> | undefined;
  const self: TestServer = {
    ...server,
    dataDir,
    wsUrl: `ws://127.0.0.1:${server.port}/collaboration`,
    agent: () => new Agent(server.url),
    request: (method, pathname, body) => new Agent(server.url).request(method, pathname, body),
    coordinator() {
      coordinator ??= (async () => {
        const agent = new Agent(server.url);
        // A fresh data directory needs the first coordinator created; a reused one has it already.
        const answer = server.setupCode
          ? await agent.request("POST", pathOf(apiRoutes.setup), {
              setupCode: server.setupCode,
              username: "karin",
              displayName: "Karin Holm",
              password: TEST_PASSWORD,
            })
          : await agent.request("POST", pathOf(apiRoutes.signIn), { username: "karin", password: TEST_PASSWORD });
        if (answer.status >= 300) throw new Error(`could not sign in the coordinator: ${JSON.stringify(answer.body)}`);
        return agent;
      })();
      return coordinator;
    },
    async createMeeting() {
      const agent = await self.coordinator();
      const created = await agent.request("POST", pathOf(apiRoutes.createCase), { citizenName: "Test Borger" });
      const meeting = await agent.request("POST", pathOf(apiRoutes.createMeeting, { caseId: created.body.id }), {
        title: "Netværksmøde",
        // Begun an hour ago, on whatever day the tests run: live, as a meeting at the table is.
        startsAt: new Date(Date.now() - 60 * 60_000).toISOString(),
      });
      return { case: created.body, meeting: meeting.body, coordinator: agent };
    },
    async invite(meeting, person) {
      const agent = await self.coordinator();
      const added = await agent.request("POST", pathOf(apiRoutes.addMember, { caseId: meeting.caseId }), {
        organisation: "",
        ...person,
      });
      if (added.status !== 201) throw new Error(`could not add ${person.name}: ${JSON.stringify(added.body)}`);
      const invited = await agent.request("POST", pathOf(apiRoutes.createInvitation, { meetingId: meeting.id }), {
        memberId: added.body.id,
        kind: "link",
        confirmWithoutConsent: true,
      });
      if (invited.status !== 201) throw new Error(`could not invite ${person.name}: ${JSON.stringify(invited.body)}`);
      const secret = invited.body.joinPath.slice("/join#".length);
      const guest = new Agent(server.url);
      const joined = await guest.request("POST", pathOf(apiRoutes.join), { secret });
      if (joined.status !== 200) throw new Error(`${person.name} could not join: ${JSON.stringify(joined.body)}`);
      return { agent: guest, member: added.body, invitationId: invited.body.invitation.id, secret };
    },
  };
  return self;
}

export interface Participant {
  doc: Y.Doc;
  provider: HocuspocusProvider;
}

/**
 * A participant's client: a Y.Doc synced through a real HocuspocusProvider, with a token fetched
 * for every connection as the web client does. Resolves once synced.
 */
export function joinMeeting(
  wsUrl: string,
  documentName: string,
  token: string | (() => Promise<string>),
  doc = createMeetingDocument(),
): Promise<Participant> {
  return new Promise((resolve, reject) => {
    const provider = new HocuspocusProvider({
      url: wsUrl,
      name: documentName,
      document: doc,
      token,
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
