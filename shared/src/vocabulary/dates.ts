import { z } from "zod";

/** A calendar day, YYYY-MM-DD: when something happened or is due, with no time of day. */
export const IsoDate = z.iso.date();
export type IsoDate = z.infer<typeof IsoDate>;
