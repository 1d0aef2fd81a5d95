import type * as Y from "yjs";
import type { GoalId, ProgressObservationId } from "../vocabulary/index.ts";
import { goalText, listGoals, setGoalScale } from "./Goal.ts";
import { MODEL_ORIGIN } from "./origin.ts";
import { addProgressObservation, progressObservationText } from "./ProgressObservation.ts";
import { paragraphs, plainText } from "./richText.ts";

/** The goals the citizen puts her scale on before a meeting: those still being worked towards. */
export function goalsToPrepare(doc: Y.Doc): { id: GoalId; text: string }[] {
  return listGoals(doc)
    .filter((goal) => goal.status === "active")
    .map((goal) => {
      const text = goalText(doc, goal.id);
      return { id: goal.id, text: text ? plainText(text).trim() : "" };
    });
}

/** What she prepared and chose to share, with who she is as the roster knows her. */
export interface SharedPreparation {
  citizen: { key: string; name: string };
  wentWell: string;
  scales: { goalId: GoalId; value: number }[];
}

/**
 * Writes what the citizen prepared into the meeting's plan: what went well first in Siden sidst,
 * written and seen by her, and her scale on each goal that is still active (a goal reached or set
 * aside since she prepared keeps no scale of hers from this). Returns the observation's id, or
 * null when she wrote nothing that went well.
 */
export function shareIntoPlan(doc: Y.Doc, prepared: SharedPreparation): ProgressObservationId | null {
  const { citizen } = prepared;
  const active = new Set(goalsToPrepare(doc).map((goal) => goal.id));
  let observation: ProgressObservationId | null = null;
  doc.transact(() => {
    const wentWell = prepared.wentWell.trim();
    if (wentWell) {
      observation = addProgressObservation(doc, {
        createdBy: citizen.name,
        createdByRole: "borger",
        observedBy: citizen.name,
        index: 0,
      });
      progressObservationText(doc, observation)?.insert(0, paragraphs(wentWell));
    }
    for (const scale of prepared.scales) {
      if (!active.has(scale.goalId)) continue;
      setGoalScale(doc, scale.goalId, { key: citizen.key, name: citizen.name, role: "borger" }, scale.value);
    }
  }, MODEL_ORIGIN);
  return observation;
}
