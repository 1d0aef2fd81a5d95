import type { HocuspocusProvider } from "@hocuspocus/provider";
import { PresenceUser } from "@samplan/shared/model";
import { useEffect } from "react";
import { type Awareness, useAwareness } from "./useAwareness.ts";

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

  return useAwareness(provider, readPresent, NOBODY);
}

const NOBODY: Present[] = [];

function readPresent(awareness: Awareness): Present[] {
  const people = new Map<string, Present>();
  for (const [clientId, state] of awareness.getStates()) {
    const parsed = PresenceUser.safeParse((state as { user?: unknown }).user);
    if (!parsed.success) continue;
    const key = `${parsed.data.role}:${parsed.data.name}`;
    const isSelf = clientId === awareness.clientID || people.get(key)?.isSelf === true;
    people.set(key, { ...parsed.data, key, isSelf });
  }
  return [...people.values()].sort((a, b) => Number(b.isSelf) - Number(a.isSelf) || a.name.localeCompare(b.name));
}
