import type { HocuspocusProvider } from "@hocuspocus/provider";
import { PresenceUser } from "@samplan/shared/model";
import type { Role } from "@samplan/shared/vocabulary";
import { useCallback } from "react";
import { type Awareness, useAwareness } from "../meeting/useAwareness.ts";

/** Someone connected to the meeting, as the chair needs them: who, on which roster entry, hand up or not. */
export interface ChairPerson {
  /** The roster entry; the server adds it to everyone's presence, and yours comes from your token. */
  memberId: string | null;
  name: string;
  role: Role;
  isSelf: boolean;
  /** Server time (ms) when the hand went up; null when it is down. */
  handRaisedAt: number | null;
}

function handOf(state: Record<string, unknown>): number | null {
  const raisedAt = (state.hand as { raisedAt?: unknown } | null | undefined)?.raisedAt;
  return typeof raisedAt === "number" && Number.isFinite(raisedAt) ? raisedAt : null;
}

/**
 * Everyone in the meeting's presence, one entry per person (two tabs of the same person count
 * once; a hand raised in either counts). Read from the plan's awareness through the shared schema,
 * since each client writes its own state. Your own roster id is not in your own state (the server
 * adds it only to what it relays to the others), so it is passed in.
 */
export function useChairPeople(provider: HocuspocusProvider, ownMemberId: string | null): ChairPerson[] {
  const read = useCallback(
    (awareness: Awareness): ChairPerson[] => {
      const people = new Map<string, ChairPerson>();
      for (const [clientId, raw] of awareness.getStates()) {
        const state = raw as Record<string, unknown>;
        const user = PresenceUser.safeParse(state.user);
        if (!user.success) continue;
        const isSelf = clientId === awareness.clientID;
        const relayedId = (state.user as { memberId?: unknown }).memberId;
        const memberId = isSelf ? ownMemberId : typeof relayedId === "string" ? relayedId : null;
        const key = memberId ?? `${user.data.role}:${user.data.name}`;
        const hand = handOf(state);
        const earlier = people.get(key);
        const handRaisedAt =
          earlier?.handRaisedAt != null && hand !== null
            ? Math.min(earlier.handRaisedAt, hand)
            : (earlier?.handRaisedAt ?? hand);
        people.set(key, {
          memberId,
          name: user.data.name,
          role: user.data.role,
          isSelf: isSelf || earlier?.isSelf === true,
          handRaisedAt,
        });
      }
      return [...people.values()].sort((a, b) => a.name.localeCompare(b.name));
    },
    [ownMemberId],
  );
  return useAwareness(provider, read, NOBODY);
}

const NOBODY: ChairPerson[] = [];
