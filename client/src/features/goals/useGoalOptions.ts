import { goalText, listGoals, plainText } from "@samplan/shared/model";
import type { GoalId } from "@samplan/shared/vocabulary";
import { useMemo } from "react";
import type * as Y from "yjs";
import { useObserved } from "../../ui/useObserved.ts";

export interface GoalOption {
  id: GoalId;
  /** 1-based place in the list, as the goal's own editor is labelled. */
  n: number;
  /** The goal's first line, shortened; empty while nobody has written it yet. */
  firstLine: string;
}

const MAX_LENGTH = 60;

function firstLineOf(doc: Y.Doc, id: GoalId): string {
  const text = goalText(doc, id);
  const line = (text ? plainText(text) : "").split("\n").find((l) => l.trim() !== "") ?? "";
  const trimmed = line.trim();
  return trimmed.length > MAX_LENGTH ? `${trimmed.slice(0, MAX_LENGTH - 1)}…` : trimmed;
}

/**
 * The goals as choices for "which goal does this belong to". Unlike useSection this follows the
 * goals' text too, since the choices are shown by their words; it listens to every document update
 * (section observers skip typing on purpose) and only re-renders when a label actually changed.
 */
export function useGoalOptions(doc: Y.Doc): GoalOption[] {
  const source = useMemo(
    () => ({
      subscribe(changed: () => void) {
        doc.on("update", changed);
        return () => doc.off("update", changed);
      },
      read: () =>
        listGoals(doc).map((goal, index) => ({ id: goal.id, n: index + 1, firstLine: firstLineOf(doc, goal.id) })),
      dedupe: true,
    }),
    [doc],
  );
  return useObserved(source);
}
