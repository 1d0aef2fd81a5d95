import type { HocuspocusProvider } from "@hocuspocus/provider";
import { PresenceUser } from "@samplan/shared/model";
import { useEffect, useMemo, useSyncExternalStore } from "react";

export interface Present extends PresenceUser {
  key: string;
  isSelf: boolean;
}

/**
 * Everyone connected to the meeting, you first. Publishes your own identity into awareness and
 * reads everyone's back through the shared schema, since each client writes its own state and a
 * malformed one must not break the bar. One person with two tabs open is shown once.
 */
export function usePresence(provider: HocuspocusProvider, user: PresenceUser): Present[] {
  const { name, role, color } = user;
  useEffect(() => {
    provider.setAwarenessField("user", { name, role, color });
  }, [provider, name, role, color]);

  const store = useMemo(() => {
    let cached: { json: string; people: Present[] } = { json: "", people: [] };
    const read = (): Present[] => {
      const awareness = provider.awareness;
      if (!awareness) return cached.people;
      const selfId = awareness.clientID;
      const people = new Map<string, Present>();
      for (const [clientId, state] of awareness.getStates()) {
        const parsed = PresenceUser.safeParse((state as { user?: unknown }).user);
        if (!parsed.success) continue;
        const key = `${parsed.data.role}:${parsed.data.name}`;
        const isSelf = clientId === selfId || people.get(key)?.isSelf === true;
        people.set(key, { ...parsed.data, key, isSelf });
      }
      const sorted = [...people.values()].sort(
        (a, b) => Number(b.isSelf) - Number(a.isSelf) || a.name.localeCompare(b.name),
      );
      // Cursor moves also change awareness; only hand React a new array when the people changed.
      const json = JSON.stringify(sorted);
      if (json !== cached.json) cached = { json, people: sorted };
      return cached.people;
    };
    return {
      subscribe(onChange: () => void) {
        provider.awareness?.on("change", onChange);
        return () => provider.awareness?.off("change", onChange);
      },
      getSnapshot: read,
    };
  }, [provider]);

  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
