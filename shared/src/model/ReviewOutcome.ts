import { z } from "zod";

/**
 * How a next step agreed last time went, as the next meeting judges it. A file of its own, free
 * of Yjs, because the HTTP schemas use it too and the pages that only call the API should not
 * carry the CRDT in their bundle.
 */
export const ReviewOutcome = z.enum(["done", "partly", "notYet", "dropped"]);
export type ReviewOutcome = z.infer<typeof ReviewOutcome>;
