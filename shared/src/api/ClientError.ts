import { z } from "zod";

/**
 * Where on the page something failed to draw: the page itself or one of its parts. A closed list,
 * so what reaches the log is a word we chose, never text from the page.
 */
export const ClientErrorPart = z.enum([
  "page",
  "goals",
  "resources",
  "observations",
  "round",
  "steps",
  "agreement",
  "invitations",
  "agenda",
  "voices",
]);
export type ClientErrorPart = z.infer<typeof ClientErrorPart>;

/**
 * A part of the page that failed to draw, as the browser reports it (issue 19). Only what helps
 * find the fault and holds nothing of the case: the error's kind (`TypeError`), where in the code
 * (stack frames, without the message line), and the route with ids taken out. The error's message
 * is left out on purpose: it can quote the plan's text.
 */
export const ClientErrorReport = z.object({
  part: ClientErrorPart,
  /** A render error, or a piece of the app's code that did not load (after a deploy). */
  kind: z.enum(["render", "chunk"]),
  name: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9_$.]{0,59}$/)
    .describe("The error's class, such as TypeError"),
  frames: z.array(z.string().max(300)).max(12).describe("Stack frames: function and file position, never the message"),
  route: z
    .string()
    .regex(/^\/[A-Za-z0-9/:_-]{0,119}$/)
    .describe("The page's path with ids replaced by :id"),
});
export type ClientErrorReport = z.infer<typeof ClientErrorReport>;

/** The request id the report was logged under, for the person to quote when she calls support. */
export const ClientErrorLogged = z.object({ requestId: z.string().max(100) });
export type ClientErrorLogged = z.infer<typeof ClientErrorLogged>;
