import type { OutgoingMail } from "./MailSender.ts";

/**
 * What a message in the outbox says when its time comes, or why it is no longer sent (the step
 * was done, the meeting moved): a skipped message is recorded with its reason, not lost.
 */
export type Rendered = { mail: Omit<OutgoingMail, "to" | "messageId"> } | { skip: string };
