import { HocuspocusProvider, WebSocketStatus } from "@hocuspocus/provider";
import { createMeetingDocument } from "@samplan/shared/model";
import { useEffect, useState } from "react";
import type * as Y from "yjs";
import { ApiFailure, connectionToken } from "../api.ts";

export interface MeetingConnection {
  doc: Y.Doc;
  provider: HocuspocusProvider;
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
const RETRY_AFTER_MS = 3000;

/** Failures of the token request that pass by themselves: offline, or the server restarting. */
function isPassing(failure: unknown): boolean {
  return failure instanceof ApiFailure && (failure.code === "network" || failure.status >= 500);
}

/**
 * One Y.Doc and one provider for as long as the meeting page shows this document. Both are made in
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
): { connection: MeetingConnection | null; refusal: MeetingRefusal | null } {
  const [connection, setConnection] = useState<MeetingConnection | null>(null);
  const [refusal, setRefusal] = useState<MeetingRefusal | null>(null);

  useEffect(() => {
    if (!documentName) return;
    const doc = createMeetingDocument();
    let tokenFailure: unknown = null;
    let tokenRetries = 0;
    let stopped = false;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;

    const stop = (next: MeetingRefusal) => {
      if (stopped) return;
      stopped = true;
      clearTimeout(retryTimer);
      setConnection(null);
      setRefusal(next);
      provider.destroy();
    };

    const provider: HocuspocusProvider = new HocuspocusProvider({
      url: collaborationUrl(),
      name: documentName,
      document: doc,
      // A function, so every (re)connect asks for a fresh token rather than reusing an old one.
      token: async () => {
        tokenFailure = null;
        try {
          return (await connectionToken(meetingId)).token;
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
          if (stopped || provider.configuration.websocketProvider.status !== WebSocketStatus.Connected) return;
          void provider.sendToken().then(() => !stopped && provider.startSync());
        });
      },
      onAuthenticationFailed: ({ reason }) => {
        if (stopped) return;
        if (tokenFailure !== null) {
          if (isPassing(tokenFailure)) {
            retryTimer = setTimeout(() => !stopped && void provider.sendToken(), RETRY_AFTER_MS);
            return;
          }
          const failure =
            tokenFailure instanceof ApiFailure ? tokenFailure : new ApiFailure(0, "internal", String(tokenFailure));
          stop({ kind: "token", failure });
          return;
        }
        if (TOKEN_REASONS.has(reason) && tokenRetries < 1) {
          tokenRetries++;
          void provider.sendToken();
          return;
        }
        stop({ kind: "refused", reason });
      },
    });
    setRefusal(null);
    setConnection({ doc, provider });
    return () => {
      clearTimeout(retryTimer);
      setConnection(null);
      if (!stopped) {
        stopped = true;
        provider.destroy();
      }
      doc.destroy();
    };
  }, [documentName, meetingId]);

  return { connection, refusal };
}
