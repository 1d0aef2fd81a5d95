import { colorFor, PresenceUser } from "@samplan/shared/model";
import { useCallback, useSyncExternalStore } from "react";

/**
 * Who this browser says it is, until sign-in exists. Kept in localStorage so a reload or the next
 * meeting does not ask again; the colour is derived from the name, never stored, so it cannot
 * drift from what other clients compute.
 */
const STORAGE_KEY = "samplan.identity";
const Stored = PresenceUser.pick({ name: true, role: true });
export type Identity = PresenceUser;

const listeners = new Set<() => void>();
let cache: { raw: string | null; identity: Identity | null } = { raw: null, identity: null };
// Where the identity lives when storage is blocked: it then lasts for this page only.
let memory: string | null = null;

function readRaw(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY) ?? memory;
  } catch {
    return memory;
  }
}

function snapshot(): Identity | null {
  const raw = readRaw();
  if (raw !== cache.raw) {
    let identity: Identity | null = null;
    try {
      const parsed = Stored.safeParse(JSON.parse(raw ?? "null"));
      if (parsed.success) identity = { ...parsed.data, color: colorFor(parsed.data.name) };
    } catch {
      // Not JSON: treat as no identity and ask again.
    }
    cache = { raw, identity };
  }
  return cache.identity;
}

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  // Another tab changed it: this tab follows, so one person does not show up under two names.
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY) onChange();
  };
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener("storage", onStorage);
  };
}

export function useIdentity(): [Identity | null, (next: Pick<Identity, "name" | "role">) => void] {
  const identity = useSyncExternalStore(subscribe, snapshot);
  const setIdentity = useCallback((next: Pick<Identity, "name" | "role">) => {
    memory = JSON.stringify(Stored.parse({ name: next.name, role: next.role }));
    try {
      localStorage.setItem(STORAGE_KEY, memory);
    } catch {
      // Blocked storage: `memory` carries it.
    }
    for (const listener of listeners) listener();
  }, []);
  return [identity, setIdentity];
}
