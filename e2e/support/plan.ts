import { HocuspocusProvider } from "@hocuspocus/provider";
import { type APIRequestContext, expect, request } from "@playwright/test";
import type { Principal } from "@samplan/shared/api";
import { apiRoutes, pathOf } from "@samplan/shared/api";
import { createMeetingDocument } from "@samplan/shared/model";
import { type MeetingId, meetingDocumentName } from "@samplan/shared/vocabulary";
import type * as Y from "yjs";

/**
 * Set-up for journeys about what comes *after* a plan was written (the next meeting, the progress
 * view): the plan is written the way the web client writes it — through the shared model's
 * functions, over the real websocket, each person with their own session and connection token,
 * so the server attributes and checks every word as it would a browser's. Writing it by clicking
 * is what the meeting journeys test; here it would only make these journeys long.
 */

/** A guest's own session, entered through the personal link the coordinator made for them. */
export async function guestSession(baseURL: string, joinPath: string): Promise<APIRequestContext> {
  const api = await request.newContext({ baseURL });
  const secret = joinPath.split("#")[1];
  const answer = await api.post(pathOf(apiRoutes.join), { data: { secret } });
  expect(answer.ok(), `join: ${answer.status()} ${await answer.text()}`).toBe(true);
  return api;
}

/** Who the session is, as the web client reads it, and the key their scales are kept under. */
export interface Writer {
  principal: Principal;
  rater: { key: string; name: string; role: Principal["role"] };
}

/**
 * Opens the meeting's document as the session's person, lets `write` change it, and returns once
 * the server has acknowledged every change.
 */
export async function writeAs(
  api: APIRequestContext,
  baseURL: string,
  meetingId: string,
  write: (doc: Y.Doc, writer: Writer) => void,
): Promise<void> {
  const { principal } = (await (await api.get(pathOf(apiRoutes.session))).json()) as { principal: Principal };
  const rater = {
    key: principal.kind === "guest" ? principal.memberId : principal.accountId,
    name: principal.name,
    role: principal.role,
  };
  const token = async () => {
    const answer = await api.post(pathOf(apiRoutes.connectionToken, { meetingId }));
    expect(answer.ok(), `connection token: ${answer.status()}`).toBe(true);
    return ((await answer.json()) as { token: string }).token;
  };
  const doc = createMeetingDocument();
  const provider = await new Promise<HocuspocusProvider>((resolve, reject) => {
    const opened: HocuspocusProvider = new HocuspocusProvider({
      url: `${baseURL.replace(/^http/, "ws")}/collaboration`,
      name: meetingDocumentName(meetingId as MeetingId),
      document: doc,
      token,
      onSynced: () => resolve(opened),
      onAuthenticationFailed: ({ reason }) => reject(new Error(`refused: ${reason}`)),
    });
  });
  try {
    write(doc, { principal, rater });
    await expect.poll(() => provider.hasUnsyncedChanges, { message: "the server acknowledges the plan" }).toBe(false);
  } finally {
    provider.destroy();
  }
}
