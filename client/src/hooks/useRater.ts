import { useMemo } from "react";
import { type Rater, raterOf } from "../lib/rater.ts";
import { usePrincipal } from "./usePrincipal.ts";

/** Who sets "my" scale on a goal: the same key in every meeting of the case. */
export function useRater(): Rater {
  const principal = usePrincipal();
  return useMemo(() => raterOf(principal), [principal]);
}
