import nodemailer, { type Transporter } from "nodemailer";

/** One e-mail as Samplan sends it: plain text, and a calendar invitation where it has one. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** Fixed per outbox row, so a message that is ever sent twice is recognisably the same one. */
  messageId: string;
  calendar?: { method: "REQUEST" | "CANCEL"; ics: string };
}

/**
 * A channel Samplan's messages go out through. E-mail is the one there is; an SMS gateway would
 * be another implementation, picked per person, with the schedule and the outbox unchanged.
 */
export interface MailSender {
  /** Resolves once the server accepted it; throws `MailRefused` for a refusal for good. */
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** The mail server refused the message for good (a 5xx answer, an unknown recipient): retrying will not help. */
export class MailRefused extends Error {
  override name = "MailRefused";
}

/**
 * Through a real SMTP server, with nodemailer: the field's well-kept client (pooling, STARTTLS,
 * authentication from the URL, RFC-correct MIME and calendar parts) rather than our own. Each
 * wait is bounded, so a send that hangs gives up well before its claim on the row runs out.
 */
export class SmtpSender implements MailSender {
  private readonly transport: Transporter;
  private readonly from: string;

  constructor(options: { url: string; from: string; timeoutMs: number }) {
    this.from = options.from;
    // The URL carries host, port, TLS and credentials (smtps://user:pass@host:465); it comes from
    // the environment, never from the repository.
    this.transport = nodemailer.createTransport({
      url: options.url,
      connectionTimeout: options.timeoutMs,
      greetingTimeout: options.timeoutMs,
      socketTimeout: options.timeoutMs,
    });
  }

  async send(mail: OutgoingMail): Promise<void> {
    try {
      await this.transport.sendMail({
        from: this.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        messageId: mail.messageId,
        ...(mail.calendar
          ? {
              icalEvent: {
                method: mail.calendar.method,
                filename: mail.calendar.method === "CANCEL" ? "aflyst.ics" : "invitation.ics",
                content: mail.calendar.ics,
              },
            }
          : {}),
      });
    } catch (error) {
      const code = (error as { responseCode?: number }).responseCode;
      if (typeof code === "number" && code >= 500) throw new MailRefused(`${code}`);
      throw error;
    }
  }

  close(): void {
    this.transport.close();
  }
}
