import { type HocuspocusProvider, WebSocketStatus } from "@hocuspocus/provider";
import { useEffect, useState } from "react";

/**
 * connected: edits reach the others now. reconnecting: the provider is trying (first connect
 * included; `everConnected` tells the two apart for the wording). offline: the browser itself
 * says there is no network, so there is no point in suggesting it will come back by itself soon.
 */
export type ConnectionStatus = "connected" | "reconnecting" | "offline";

export function useConnectionStatus(provider: HocuspocusProvider): {
  status: ConnectionStatus;
  everConnected: boolean;
} {
  const socket = provider.configuration.websocketProvider;
  const [socketStatus, setSocketStatus] = useState<WebSocketStatus>(socket.status);
  const [online, setOnline] = useState(() => navigator.onLine);
  const [everConnected, setEverConnected] = useState(socket.status === WebSocketStatus.Connected);

  useEffect(() => {
    const onStatus = ({ status }: { status: WebSocketStatus }) => {
      setSocketStatus(status);
      if (status === WebSocketStatus.Connected) setEverConnected(true);
    };
    const onOnline = () => setOnline(true);
    const onOffline = () => setOnline(false);
    provider.on("status", onStatus);
    window.addEventListener("online", onOnline);
    window.addEventListener("offline", onOffline);
    setSocketStatus(socket.status);
    setOnline(navigator.onLine);
    return () => {
      provider.off("status", onStatus);
      window.removeEventListener("online", onOnline);
      window.removeEventListener("offline", onOffline);
    };
  }, [provider, socket]);

  const status: ConnectionStatus = !online
    ? "offline"
    : socketStatus === WebSocketStatus.Connected
      ? "connected"
      : "reconnecting";
  return { status, everConnected };
}
