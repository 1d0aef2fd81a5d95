import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { freePort } from "./throwawayServices.ts";

export interface CaughtMail {
  to: string[];
  subject: string;
  text: string;
  messageId: string;
  /** The calendar part (text/calendar), when the message carries one. */
  calendar: string | null;
  parsed: ParsedMail;
}

/**
 * A real SMTP server on a loopback port, for tests: it receives what Samplan sends over SMTP and
 * reads each message back with mailparser. It can refuse chosen recipients for good (550), and be
 * stopped and started again on the same port, as a mail server that is down for a while.
 */
export class MailCatcher {
  readonly received: CaughtMail[] = [];
  readonly port: number;
  private readonly refused = new Set<string>();
  private server: SMTPServer | null = null;

  private constructor(port: number) {
    this.port = port;
  }

  static async start(): Promise<MailCatcher> {
    const catcher = new MailCatcher(await freePort());
    await catcher.up();
    return catcher;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** The environment a Samplan server needs to send here. */
  env(extra: Record<string, string> = {}): Record<string, string> {
    return { SAMPLAN_SMTP_URL: this.url, SAMPLAN_MAIL_FROM: "Samplan <samplan@kommune.example>", ...extra };
  }

  refuse(address: string): void {
    this.refused.add(address.toLowerCase());
  }

  to(address: string): CaughtMail[] {
    return this.received.filter((mail) => mail.to.includes(address.toLowerCase()));
  }

  /** Resolves once `count` messages have arrived (checked every 20 ms); fails after `timeoutMs`. */
  async waitForCount(count: number, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.received.length < count) {
      if (Date.now() > deadline) throw new Error(`${count} e-mails never arrived (${this.received.length} did)`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  async up(): Promise<void> {
    const server = new SMTPServer({
      secure: false,
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      onRcptTo: (address, _session, callback) => {
        if (this.refused.has(address.address.toLowerCase())) {
          const error = Object.assign(new Error("No such user here"), { responseCode: 550 });
          callback(error);
          return;
        }
        callback();
      },
      onData: (stream, session, callback) => {
        simpleParser(stream)
          .then((parsed) => {
            const calendar = parsed.attachments.find((part) => part.contentType.startsWith("text/calendar"));
            this.received.push({
              to: session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase()),
              subject: parsed.subject ?? "",
              text: parsed.text ?? "",
              messageId: parsed.messageId ?? "",
              calendar: calendar ? calendar.content.toString("utf8") : null,
              parsed,
            });
            callback();
          })
          .catch(callback);
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(this.port, "127.0.0.1", () => resolve());
    });
    server.on("error", () => {});
    this.server = server;
  }

  /** Stops listening: connections are refused until `up()` again. */
  async down(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
