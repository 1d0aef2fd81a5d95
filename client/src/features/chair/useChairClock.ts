import { type HocuspocusProvider, WebSocketStatus } from "@hocuspocus/provider";
import { useEffect, useState } from "react";

/**
 * How far the server's clock is ahead of this device's, in milliseconds. The chair's timers count
 * from times the server stamped, so each device adds this to its own clock: a tablet whose clock
 * is two minutes off still shows the same "12 af 15 min" as everyone else. Measured at start and
 * again after every reconnect, halving the round trip (offset = server − midpoint of the request).
 */
export function useChairClock(provider: HocuspocusProvider): number {
  const [offset, setOffset] = useState(0);

  useEffect(() => {
    let current = true;
    const measure = async () => {
      const sent = Date.now();
      try {
        const response = await fetch("/api/time", { credentials: "same-origin", cache: "no-store" });
        const received = Date.now();
        const body: unknown = response.ok ? await response.json() : null;
        const now = (body as { now?: unknown } | null)?.now;
        if (current && typeof now === "number" && Number.isFinite(now)) setOffset(now - (sent + received) / 2);
      } catch {
        // Offline: keep the last measurement; the next reconnect measures again.
      }
    };
    const onStatus = ({ status }: { status: WebSocketStatus }) => {
      if (status === WebSocketStatus.Connected) void measure();
    };
    void measure();
    provider.on("status", onStatus);
    return () => {
      current = false;
      provider.off("status", onStatus);
    };
  }, [provider]);

  return offset;
}
