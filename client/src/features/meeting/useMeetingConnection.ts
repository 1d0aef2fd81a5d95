import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from "@hocuspocus/provider";
import { createChairDocument, createMeetingDocument, isBlank, MeetingHistory } from "@samplan/shared/model";
import { chairDocumentName, type MeetingId } from "@samplan/shared/vocabulary";
import { startTransition, useEffect, useState } from "react";
import type * as Y from "yjs";
import { ApiFailure } from "../../api/ApiFailure.ts";
import { connectionToken } from "../../api/meetings.ts";
import { tokenSubject } from "../session/tokenSubject.ts";
import { usePrincipal } from "../session/usePrincipal.ts";
import { deviceKeyFor } from "./deviceKey.ts";
import { forgetKeptPlan, localDocumentName } from "./deviceStorage.ts";
import { EncryptedDeviceCopy } from "./encryptedDeviceCopy.ts";

export interface MeetingConnection {
  doc: Y.Doc;
  /**
   * Your history of the plan, text and structure together: "Fortryd" and every editor's Ctrl+Z
   * take back your last change, whatever it was (MeetingHistory).
   */
  history: MeetingHistory;
  provider: HocuspocusProvider;
  /**
   * The chair's document (agenda, current phase, round, hands taken) over the same websocket.
   * Everyone reads it; the server lets only the coordinator's connection write it.
   */
  chair: { doc: Y.Doc; provider: HocuspocusProvider };
  /** Your entry on the case's roster, from the connection token; null until the first one came. */
  memberId: string | null;
}

/**
 * Why the meeting cannot be shown: the server refused the websocket (`reason` is one of its
 * words, such as "invitation-revoked"), or the connection token could not be had.
 */
export type MeetingRefusal = { kind: "refused"; reason: string } | { kind: "token"; failure: ApiFailure };

export const COLLABORATION_PATH = "/collaboration";

/** The websocket lives on the page's own host, so a TLS page gets wss:// and the proxy in dev works. */
function collaborationUrl(): string {
  const protocol = window.location.protocol === "https:" ? "wss:" : "ws:";
  return `${protocol}//${window.location.host}${COLLABORATION_PATH}`;
}

// A refusal of the token itself may be a token that aged between fetching and sending; one fresh
// try is worth it before telling the person.
const TOKEN_REASONS = new Set(["token-missing", "token-invalid", "token-expired"]);
// The server's word for "come back in a moment" (server/src/collaboration/databaseOutage.ts).
const SERVER_UNAVAILABLE = "server-unavailable";
const RETRY_AFTER_MS = 3000;
const ARRIVE_ANYWAY_MS = 3000;

/** Failures of the token request that pass by themselves: offline, or the server restarting. */
function isPassing(failure: unknown): boolean {
  return failure instanceof ApiFailure && (failure.code === "network" || failure.status >= 500);
}

/**
 * One Y.Doc and one provider for as long as the meeting page shows this document (and the same
 * for the chair's document, over the same websocket). Both are made in
 * the effect, not during render, so React's double-invoked effects in development and a quick
 * navigation between meetings never leave a second websocket open. The doc outlives dropped
 * connections: the provider keeps reconnecting, fetching a fresh five-minute token each time, and
 * sends what was written meanwhile. When the server refuses (invitation revoked, no longer on the
 * roster…), the provider is destroyed so it stops knocking, and the refusal is handed back to be
 * shown instead of the meeting.
 */
export function useMeetingConnection(
  documentName: string | null,
  meetingId: string,
): { connection: MeetingConnection | null; refusal: MeetingRefusal | null; arrived: boolean } {
  const [connection, setConnection] = useState<MeetingConnection | null>(null);
  const [arrived, setArrived] = useState(false);
  const [refusal, setRefusal] = useState<MeetingRefusal | null>(null);
  // Who connects is part of the connection: a tablet handed to the citizen connects anew, as them.
  const principal = usePrincipal();
  const identity = principal.kind === "staff" ? principal.accountId : principal.memberId;

  useEffect(() => {
    if (!documentName) return;
    const doc = createMeetingDocument();
    // The text editors follow their own typing on it once they have loaded (TextEditor.tsx).
    const history = new MeetingHistory(doc);
    const chairDoc = createChairDocument();
    // Only the plan is kept on the device: the chair's document is where the meeting is right now,
    // which means nothing offline, and the server sends it afresh on every connection. It is kept
    // sealed with this session's key, which comes from the server (or this tab's memory of it);
    // without one (offline in a new tab, no IndexedDB) the meeting goes on live, and nothing of it
    // is kept on the device.
    const localName = localDocumentName(documentName, identity);
    let local: EncryptedDeviceCopy | null = null;
    // The plan is drawn once it is here (from the server, or the copy kept on this device), so its
    // sections do not appear empty and then jump as the items arrive. Offline without a kept copy,
    // or a server slow to answer, it is drawn anyway after a moment, saying how the connection is.
    setArrived(!navigator.onLine);
    // Drawn as a transition: React draws the whole plan in slices, answering a tap in between,
    // rather than holding a tablet's slow CPU for the length of it in one go.
    const arrive = () => {
      if (!stopped) startTransition(() => setArrived(true));
    };
    const arriveAnyway = setTimeout(arrive, ARRIVE_ANYWAY_MS);
    if (typeof indexedDB !== "undefined") {
      void deviceKeyFor(identity).then((key) => {
        if (!key || stopped) return;
        local = new EncryptedDeviceCopy(localName, doc, key);
        void local.whenSynced.then(() => {
          if (!isBlank(doc)) arrive();
        });
      });
    }
    // One websocket carries both documents of the meeting. When the device says it is offline the
    // socket is closed at once rather than left to time out, and opened again when it is back:
    // meanwhile the plan is written to the device, and the server gets it all on reconnecting.
    const socket = new HocuspocusProviderWebsocket({ url: collaborationUrl(), autoConnect: navigator.onLine });
    const onOffline = () => socket.disconnect();
    const onOnline = () => void socket.connect();
    window.addEventListener("offline", onOffline);
    window.addEventListener("online", onOnline);
    const retryTimers = new Set<ReturnType<typeof setTimeout>>();
    let stopped = false;

    const destroy = () => {
      clearTimeout(arriveAnyway);
      window.removeEventListener("offline", onOffline);
      window.removeEventListener("online", onOnline);
      for (const timer of retryTimers) clearTimeout(timer);
      chair.destroy();
      provider.destroy();
      socket.destroy();
    };

    const stop = (next: MeetingRefusal) => {
      if (stopped) return;
      stopped = true;
      setConnection(null);
      setRefusal(next);
      destroy();
      // Refused: this device no longer has any business keeping the plan (opened yet or not).
      if (local) void local.clearData();
      else if (typeof indexedDB !== "undefined") void forgetKeptPlan(localName);
    };

    // Both documents are let in (or refused) on the same grounds; a refusal of either stops both.
    const open = (name: string, document: Y.Doc, withAwareness: boolean): HocuspocusProvider => {
      let tokenFailure: unknown = null;
      let tokenRetries = 0;
      const opened: HocuspocusProvider = new HocuspocusProvider({
        websocketProvider: socket,
        name,
        document,
        // The chair's document needs no presence of its own: hands and names are in the plan's.
        ...(withAwareness ? {} : { awareness: null }),
        // A function, so every (re)connect asks for a fresh token rather than reusing an old one.
        token: async () => {
          tokenFailure = null;
          try {
            const { token } = await connectionToken(meetingId);
            const memberId = tokenSubject(token);
            setConnection((current) =>
              current?.doc === doc && current.memberId !== memberId ? { ...current, memberId } : current,
            );
            return token;
          } catch (failure) {
            tokenFailure = failure;
            throw failure;
          }
        },
        onAuthenticated: () => {
          tokenRetries = 0;
        },
        // The server closed this meeting's connection but not the socket: access was taken away
        // (invitation withdrawn, taken off the roster, consent withdrawn). The provider would wait
        // quietly for a reconnect that never comes; asking again brings the refusal and its reason.
        onClose: () => {
          if (stopped) return;
          queueMicrotask(() => {
            if (stopped || socket.status !== WebSocketStatus.Connected) return;
            void opened.sendToken().then(() => !stopped && opened.startSync());
          });
        },
        onAuthenticationFailed: ({ reason }) => {
          if (stopped) return;
          if (tokenFailure !== null) {
            if (isPassing(tokenFailure)) {
              const timer = setTimeout(() => {
                retryTimers.delete(timer);
                if (!stopped) void opened.sendToken();
              }, RETRY_AFTER_MS);
              retryTimers.add(timer);
              return;
            }
            const failure =
              tokenFailure instanceof ApiFailure ? tokenFailure : new ApiFailure(0, "internal", String(tokenFailure));
            stop({ kind: "token", failure });
            return;
          }
          // The server could not reach its database (restarting): nothing was stored, nothing is
          // lost; once let back in, the sync sends what was written meanwhile.
          if (reason === SERVER_UNAVAILABLE) {
            const timer = setTimeout(() => {
              retryTimers.delete(timer);
              if (!stopped) void opened.sendToken().then(() => !stopped && opened.startSync());
            }, RETRY_AFTER_MS);
            retryTimers.add(timer);
            return;
          }
          if (TOKEN_REASONS.has(reason) && tokenRetries < 1) {
            tokenRetries++;
            void opened.sendToken();
            return;
          }
          stop({ kind: "refused", reason });
        },
      });
      // Given a websocket rather than a url, a provider waits to be attached to it.
      opened.attach();
      return opened;
    };

    const provider = open(documentName, doc, true);
    provider.on("synced", arrive);
    const chair = open(chairDocumentName(meetingId as MeetingId), chairDoc, false);
    setRefusal(null);
    setConnection({ doc, history, provider, chair: { doc: chairDoc, provider: chair }, memberId: null });
    return () => {
      setConnection(null);
      if (!stopped) {
        stopped = true;
        destroy();
        void local?.destroy();
      }
      doc.destroy();
      chairDoc.destroy();
    };
  }, [documentName, meetingId, identity]);

  return { connection, refusal, arrived };
}
