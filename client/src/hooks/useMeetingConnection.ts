import { HocuspocusProvider } from "@hocuspocus/provider";
import { createMeetingDocument } from "@samplan/shared/model";
import { useEffect, useState } from "react";
import type * as Y from "yjs";

export interface MeetingConnection {
  doc: Y.Doc;
  provider: HocuspocusProvider;
}

export const COLLABORATION_PATH = "/collaboration";

/** The websocket lives on the page's own host, so a TLS page gets wss:// and the proxy in dev works. */
function collaborationUrl(): string {
  const protocol = window.location.protocol === "https:" ? "wss:" : "ws:";
  return `${protocol}//${window.location.host}${COLLABORATION_PATH}`;
}

/**
 * One Y.Doc and one provider for as long as the meeting page shows this document. Both are made in
 * the effect, not during render, so React's double-invoked effects in development and a quick
 * navigation between meetings never leave a second websocket open. The doc outlives dropped
 * connections: the provider keeps reconnecting and sends what was written meanwhile.
 */
export function useMeetingConnection(documentName: string | null): MeetingConnection | null {
  const [connection, setConnection] = useState<MeetingConnection | null>(null);

  useEffect(() => {
    if (!documentName) return;
    const doc = createMeetingDocument();
    const provider = new HocuspocusProvider({
      url: collaborationUrl(),
      name: documentName,
      document: doc,
      // Sign-in will supply a real token; the server's gate expects one to be sent already.
      token: "samplan",
    });
    setConnection({ doc, provider });
    return () => {
      setConnection(null);
      provider.destroy();
      doc.destroy();
    };
  }, [documentName]);

  return connection;
}
