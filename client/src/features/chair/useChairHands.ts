import type { HocuspocusProvider } from "@hocuspocus/provider";
import { handQueue, type RaisedHand, takeHand, wasHandTaken } from "@samplan/shared/model";
import { useCallback, useEffect, useMemo } from "react";
import type * as Y from "yjs";
import type { ChairPerson } from "./useChairPeople.ts";
import type { ChairView } from "./useChairState.ts";

export interface ChairHands {
  /** Everyone's raised hands, first raised first, without those the coordinator has taken. */
  queue: RaisedHand[];
  /** When your own hand went up (server time), or null. */
  mine: number | null;
  /** Your place in the queue, from 1; null when your hand is down. */
  myPlace: number | null;
  raise: () => void;
  lower: () => void;
  /** The coordinator gives the floor to the first hand in the queue. */
  takeNext: () => RaisedHand | null;
}

interface Options {
  provider: HocuspocusProvider;
  chairDoc: Y.Doc;
  /** Re-read the queue when the chair's document changes (a hand taken). */
  view: ChairView;
  people: ChairPerson[];
  memberId: string | null;
  /** Server clock minus this device's, so `raisedAt` is in the server's time like everything else. */
  offset: number;
  /** Called when the coordinator took your hand: it is lowered for you. */
  onTaken: () => void;
}

/**
 * Hands are awareness state on the plan's connection, `hand: { raisedAt }`, so a hand vanishes
 * with the person when they leave. The coordinator's queue keys each hand by the roster id the
 * server adds to presence; taking a hand writes it into the chair's document, and the owner's
 * own client sees that and lowers it.
 */
export function useChairHands({ provider, chairDoc, view, people, memberId, offset, onTaken }: Options): ChairHands {
  const mine = people.find((person) => person.isSelf)?.handRaisedAt ?? null;

  const queue = useMemo(() => {
    void view;
    const hands: RaisedHand[] = [];
    for (const person of people) {
      if (person.handRaisedAt === null || person.memberId === null || person.role === "observatoer") continue;
      hands.push({ key: person.memberId, name: person.name, raisedAt: person.handRaisedAt });
    }
    return handQueue(chairDoc, hands);
  }, [people, chairDoc, view]);

  const lower = useCallback(() => provider.setAwarenessField("hand", null), [provider]);
  const raise = useCallback(
    () => provider.setAwarenessField("hand", { raisedAt: Math.round(Date.now() + offset) }),
    [provider, offset],
  );

  const taken = mine !== null && memberId !== null && wasHandTaken(chairDoc, { key: memberId, raisedAt: mine });
  useEffect(() => {
    if (!taken) return;
    lower();
    onTaken();
  }, [taken, lower, onTaken]);

  const takeNext = useCallback(() => {
    const first = queue[0] ?? null;
    const role = people.find((person) => person.memberId === first?.key)?.role ?? null;
    if (first) takeHand(chairDoc, first, Date.now() + offset, role);
    return first;
  }, [queue, chairDoc, people, offset]);

  const place = memberId === null ? -1 : queue.findIndex((hand) => hand.key === memberId);
  const myPlace = mine !== null && place >= 0 ? place + 1 : null;
  return useMemo(
    () => ({ queue, mine, myPlace, raise, lower, takeNext }),
    [queue, mine, myPlace, raise, lower, takeNext],
  );
}
