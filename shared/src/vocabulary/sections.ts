import { z } from "zod";

/** The four sections of a meeting's plan: Mål, Siden sidst, the round, Næste skridt. */
export const SectionKey = z.enum(["goals", "observations", "round", "steps"]);
export type SectionKey = z.infer<typeof SectionKey>;
