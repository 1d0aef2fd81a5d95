import { z } from "zod";
import { IsoDate, NextStepId, ReminderChannel, Role, StepAnswer, StepLinkId } from "../vocabulary/index.ts";

/** How long a step's link lasts unless said otherwise: until a while after a step is usually due. */
export const STEP_LINK_DAYS = 30;

/** The coordinator makes a link for the owner of one next step (issue 18). */
export const CreateStepLinkBody = z.strictObject({
  stepId: NextStepId,
  days: z.number().int().min(1).max(90).default(STEP_LINK_DAYS),
});
export type CreateStepLinkBody = z.infer<typeof CreateStepLinkBody>;

/** The link, shown once: its secret is after the # of `path`, and is kept only as a hash. */
export const CreatedStepLink = z.object({
  id: StepLinkId,
  path: z.string(),
  ownerName: z.string(),
  expiresAt: z.iso.datetime({ offset: true }),
});
export type CreatedStepLink = z.infer<typeof CreatedStepLink>;

/** What the step's owner sends with every request: the secret from the link, never in a URL. */
export const StepLinkSecret = z.strictObject({ secret: z.string().min(20).max(100) });

/** One answer from the step's owner: how it is going, and, if she likes, what happened and when. */
export const StepAnswerBody = z.strictObject({
  secret: z.string().min(20).max(100),
  answer: StepAnswer,
  note: z.string().trim().max(500, "at most 500 characters").default(""),
  happenedOn: IsoDate.nullable().default(null),
});
export type StepAnswerBody = z.infer<typeof StepAnswerBody>;

/** An answer as it was recorded: who wrote it is the server's word (the link's owner), not the client's. */
export const StepUpdate = z.object({
  answer: StepAnswer,
  note: z.string(),
  happenedOn: IsoDate.nullable(),
  writtenBy: z.string(),
  writtenByRole: Role,
  at: z.iso.datetime({ offset: true }),
});
export type StepUpdate = z.infer<typeof StepUpdate>;

/** Whether the link's owner is reminded by e-mail; only whether there is an address, never which. */
export const OwnReminders = z.object({ hasEmail: z.boolean(), channel: ReminderChannel });
export type OwnReminders = z.infer<typeof OwnReminders>;

/** The one step a link opens, and nothing else of the case. */
export const StepLinkView = z.object({
  ownerName: z.string(),
  ownerRole: Role,
  meetingTitle: z.string(),
  step: z.object({ text: z.string(), dueDate: IsoDate.nullable(), goal: z.string().nullable() }),
  updates: z.array(StepUpdate),
  expiresAt: z.iso.datetime({ offset: true }),
  reminders: OwnReminders,
});
export type StepLinkView = z.infer<typeof StepLinkView>;

/** The step's owner chooses, from the link, how Samplan reminds them (issue 18). */
export const ChooseRemindersBody = z.strictObject({
  secret: z.string().min(20).max(100),
  reminders: ReminderChannel,
});
export type ChooseRemindersBody = z.infer<typeof ChooseRemindersBody>;

/** A person's own address for their step deadlines as a calendar, shown once; its secret is kept only as a hash. */
export const CalendarFeed = z.object({ path: z.string() });
export type CalendarFeed = z.infer<typeof CalendarFeed>;

/** The calendar's file name: its secret and ".ics", nothing else. */
export const CalendarFeedFile = z.string().regex(/^[A-Za-z0-9_-]{43}\.ics$/, "not a calendar address");
