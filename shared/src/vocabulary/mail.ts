import { z } from "zod";
import { Language } from "./language.ts";

/**
 * How a person on the roster is reminded between meetings. A new channel (an SMS gateway) is one
 * more word here and one more sender on the server; the schedule does not change.
 */
export const ReminderChannel = z.enum(["email", "none"]);
export type ReminderChannel = z.infer<typeof ReminderChannel>;

/**
 * The language Samplan's e-mails to a person are written in: Danish unless they chose another. The
 * citizen may choose any language her view is in (issue 21); staff are written to in Danish or
 * English, so their e-mails have words in those two only.
 */
export const MailLanguage = Language;
export type MailLanguage = z.infer<typeof MailLanguage>;

/** The languages a professional's e-mails are written in. */
export const STAFF_MAIL_LANGUAGES = ["da", "en"] as const satisfies readonly MailLanguage[];

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
