import { z } from "zod";

/**
 * How a person on the roster is reminded between meetings. A new channel (an SMS gateway) is one
 * more word here and one more sender on the server; the schedule does not change.
 */
export const ReminderChannel = z.enum(["email", "none"]);
export type ReminderChannel = z.infer<typeof ReminderChannel>;

/** The language Samplan's e-mails to a person are written in; Danish unless they chose English. */
export const MailLanguage = z.enum(["da", "en"]);
export type MailLanguage = z.infer<typeof MailLanguage>;

/** What a message in the outbox is about; its words are written when it is sent, not before. */
export const OutboxKind = z.enum([
  "meeting-invitation",
  "meeting-cancelled",
  "meeting-tomorrow",
  "step-due-soon",
  "step-overdue",
  // The citizen is told who her new coordinator is (the name only, never the hand-over note).
  "coordinator-changed",
]);
export type OutboxKind = z.infer<typeof OutboxKind>;

/**
 * Waiting (also while being sent and between retries), sent, undeliverable (the mail server
 * refused it for good), or skipped (no longer true when its time came: the step was done, the
 * meeting moved, the person chose no reminders).
 */
export const OutboxStatus = z.enum(["pending", "sent", "failed", "skipped"]);
export type OutboxStatus = z.infer<typeof OutboxStatus>;
