import { currentSpeaker, phaseFloorKey, recordFloor, roundFloorKey, speakerKey } from "@samplan/shared/model";
import type { Role } from "@samplan/shared/vocabulary";
import { useEffect, useRef } from "react";
import type * as Y from "yjs";
import type { ChairPerson } from "./useChairPeople.ts";
import type { ChairView } from "./useChairState.ts";

/**
 * The chair's client notes each change of the floor in the floor's log (shared/src/model/chair/
 * Floor.ts), at the times the server stamped: a new speaker in the round, the round ended, a new
 * phase. Taking a raised hand notes itself (takeHand). Only the coordinator's connection may write
 * the chair's document, so only her client keeps the log.
 */
export function useFloorLog(doc: Y.Doc, view: ChairView, people: ChairPerson[], enabled: boolean): void {
  // Someone who gave their turn and then left is still the role they were.
  const roles = useRef(new Map<string, Role>());
  for (const person of people) if (person.memberId) roles.current.set(person.memberId, person.role);
  const { state, synced } = view;

  useEffect(() => {
    if (!enabled || !synced || state.phaseStartedAt === null) return;
    recordFloor(doc, phaseFloorKey(state.phaseStartedAt), {
      at: state.phaseStartedAt,
      speaker: null,
      via: "phase",
      raisedAt: null,
    });
  }, [doc, enabled, synced, state.phaseStartedAt]);

  useEffect(() => {
    if (!enabled || !synced || state.speakerStartedAt === null) return;
    const speaker = currentSpeaker(state);
    recordFloor(doc, roundFloorKey(state.speakerStartedAt), {
      at: state.speakerStartedAt,
      speaker: speaker
        ? { key: speakerKey(speaker), name: speaker.name, role: roles.current.get(speaker.id ?? "") ?? null }
        : null,
      via: "round",
      raisedAt: null,
    });
  }, [doc, enabled, synced, state]);
}
