import type { PresenceUser } from "@samplan/shared/model";
import { useCallback, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useAnnouncer } from "../../ui/useAnnouncer.ts";
import type { MeetingConnection } from "../meeting/useMeetingConnection.ts";
import { useChairClock } from "./useChairClock.ts";
import { type ChairFollow, useChairFollow } from "./useChairFollow.ts";
import { type ChairHands, useChairHands } from "./useChairHands.ts";
import { type ChairPerson, useChairPeople } from "./useChairPeople.ts";
import { type ChairView, useChairState } from "./useChairState.ts";
import { useFloorLog } from "./useFloorLog.ts";

/** Everything the meeting page needs to show and run the chair: the banner, the round, hands. */
export interface Chair {
  connection: MeetingConnection;
  view: ChairView;
  /** Server clock minus this device's, in ms: add it to Date.now() for the time the server stamps. */
  offset: number;
  people: ChairPerson[];
  hands: ChairHands;
  follow: ChairFollow;
  /** The coordinator chairs: only their connection may write the chair's document. */
  isChair: boolean;
  /** Polite messages about the meeting's progress, for screen readers (see ChairBanner). */
  message: string;
  announce: (message: string) => void;
}

/** `readOnly`: a closed meeting, or a coordinator only looking on; her client then writes nothing. */
export function useChair(connection: MeetingConnection, user: PresenceUser, readOnly = false): Chair {
  const { t } = useTranslation();
  const view = useChairState(connection.chair);
  const offset = useChairClock(connection.provider);
  const people = useChairPeople(connection.provider, connection.memberId);
  const [message, announce] = useAnnouncer();
  const onTaken = useCallback(() => announce(t("chair.hands.yourTurn")), [announce, t]);
  const hands = useChairHands({
    provider: connection.provider,
    chairDoc: connection.chair.doc,
    view,
    people,
    memberId: connection.memberId,
    offset,
    onTaken,
  });
  const follow = useChairFollow(view.now?.section ?? null, view.now?.id ?? null, view.synced);
  const isChair = user.role === "koordinator";
  useFloorLog(connection.chair.doc, view, people, isChair && !readOnly);
  return useMemo(
    () => ({ connection, view, offset, people, hands, follow, isChair, message, announce }),
    [connection, view, offset, people, hands, follow, isChair, message, announce],
  );
}
