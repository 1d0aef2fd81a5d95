import { z } from "zod";

/**
 * The sections of a meeting's plan: Mål, Det der virker, Siden sidst, the round, Næste skridt.
 * "resources" comes right after the goals: the method looks at what already works for the citizen
 * before what stands in the way.
 */
export const SectionKey = z.enum(["goals", "resources", "observations", "round", "steps"]);
export type SectionKey = z.infer<typeof SectionKey>;

/**
 * What kind of thing works for the citizen (Det der virker): a person (her sister, a mentor), a
 * place (the stable, the library), a habit (a walk every morning) or a strength of her own.
 */
export const ResourceKind = z.enum(["person", "place", "habit", "strength"]);
export type ResourceKind = z.infer<typeof ResourceKind>;
