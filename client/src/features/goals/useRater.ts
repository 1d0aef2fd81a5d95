import { useMemo } from "react";
import { usePrincipal } from "../session/usePrincipal.ts";
import { type Rater, raterOf } from "./rater.ts";

/** Who sets "my" scale on a goal: the same key in every meeting of the case. */
export function useRater(): Rater {
  const principal = usePrincipal();
  return useMemo(() => raterOf(principal), [principal]);
}
