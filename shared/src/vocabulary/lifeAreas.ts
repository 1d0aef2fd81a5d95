import { z } from "zod";

/**
 * Livsområder: the parts of a life a goal can be about, in the plain words the network uses. A
 * small fixed list, so the chair's checklist can ask whether anyone at the table works with it.
 */
export const LifeArea = z.enum(["housing", "health", "substances", "work", "money", "network", "dailyLife"]);
export type LifeArea = z.infer<typeof LifeArea>;
export const LIFE_AREAS: readonly LifeArea[] = LifeArea.options;
