/**
 * How each goal is drawn in the progress chart and named in its legend and table: a colour and a
 * dash pattern, so the lines stay apart in black-and-white print and for people who do not see
 * the colours. The colours are readable on white (≥ 3:1) and none is the citizen's purple or red.
 */
const COLORS = ["#1d5c63", "#bc4c00", "#1f5fbf", "#7a3fb8", "#1a6b33", "#a3316f"] as const;
const DASHES: readonly number[][] = [[], [10, 5], [3, 4], [14, 4, 3, 4], [6, 6], [2, 7]];

export interface GoalStyle {
  color: string;
  dash: number[];
}

export function goalStyle(index: number): GoalStyle {
  return {
    color: COLORS[index % COLORS.length] ?? COLORS[0],
    dash: DASHES[index % DASHES.length] ?? [],
  };
}

/** The neutral colour of observations tied to no goal. */
export const NO_GOAL_COLOR = "#4b585c";
