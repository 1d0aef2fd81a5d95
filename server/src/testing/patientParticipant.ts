import { HocuspocusProvider, WebSocketStatus } from "@hocuspocus/provider";
import { createMeetingDocument } from "@samplan/shared/model";
import { SERVER_UNAVAILABLE } from "../collaboration/databaseOutage.ts";
import type { Participant } from "./testServer.ts";

// The web client waits 3 s; a test has no person to spare the server from.
const RETRY_MS = 300;

/**
 * A participant's client that copes as the web client does (useMeetingConnection) when the server
 * cannot serve it for a moment: a token it could not fetch (the HTTP API answering 503) is asked
 * for again shortly; a "server-unavailable" answer, or a connection the server closed without
 * closing the socket, is followed by a new token and a new sync. Anything else is a refusal and
 * fails the join loudly. Resolves once first synced.
 *
 * The provider's `hasUnsyncedChanges` is not proof of storage here: a new sync resets its count.
 * Compare state vectors with a fresh reader instead.
 */
export function joinMeetingPatiently(
  wsUrl: string,
  documentName: string,
  token: () => Promise<string>,
  doc = createMeetingDocument(),
): Promise<Participant> {
  return new Promise((resolve, reject) => {
    let tokenFailed = false;
    let destroyed = false;
    const later = (resync: boolean) =>
      setTimeout(() => {
        if (destroyed) return;
        void provider.sendToken().then(() => resync && !destroyed && provider.startSync());
      }, RETRY_MS);
    const provider: HocuspocusProvider = new HocuspocusProvider({
      url: wsUrl,
      name: documentName,
      document: doc,
      token: async () => {
        tokenFailed = false;
        try {
          return await token();
        } catch (error) {
          tokenFailed = true;
          throw error;
        }
      },
      onSynced: () => resolve({ doc, provider }),
      onClose: () => {
        queueMicrotask(() => {
          if (!destroyed && provider.configuration.websocketProvider.status === WebSocketStatus.Connected) {
            void provider.sendToken().then(() => !destroyed && provider.startSync());
          }
        });
      },
      onAuthenticationFailed: ({ reason }) => {
        if (tokenFailed || reason === SERVER_UNAVAILABLE) {
          later(!tokenFailed);
          return;
        }
        destroyed = true;
        provider.destroy();
        reject(new Error(`refused: ${reason}`));
      },
      onDestroy: () => {
        destroyed = true;
      },
    });
  });
}
