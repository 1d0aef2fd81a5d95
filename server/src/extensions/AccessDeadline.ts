import type {
  beforeHandleMessagePayload,
  Connection,
  connectedPayload,
  Extension,
  onDisconnectPayload,
} from "@hocuspocus/server";
import type { Access } from "../access/Access.ts";
import type { ConnectionContext } from "../access/ConnectionContext.ts";
import type { LiveConnections } from "../access/LiveConnections.ts";
import type { Logger } from "../logger.ts";

// setTimeout's longest wait; a later deadline is approached in steps of this.
const LONGEST_TIMER_MS = 2 ** 31 - 1;

/**
 * Access that runs out by itself, with nobody changing anything: a session or an invitation
 * reaches its end, or a consent's last day passes at midnight. Nothing is published then, so
 * LiveConnections never hears of it; instead each connection carries the moment its admission is
 * due for review (Authentication, from Access.refusalFor) and is looked at again then — by a timer,
 * so someone who only reads is closed too, and before any message that arrives after it, so a
 * late timer lets nothing through. Still let in, the connection gets its next review moment.
 */
export class AccessDeadline implements Extension {
  extensionName = "AccessDeadline";
  // Right after AccessGuard (800), before Attribution (200) and DocumentPersistence (100): a
  // message past the deadline is neither bound to an author nor stored.
  priority = 790;

  private readonly access: Access;
  private readonly live: LiveConnections;
  private readonly log: Logger;
  private readonly timers = new Map<ConnectionContext, ReturnType<typeof setTimeout>>();

  constructor(deps: { access: Access; live: LiveConnections; log: Logger }) {
    this.access = deps.access;
    this.live = deps.live;
    this.log = deps.log;
  }

  async connected({ connection, context }: connectedPayload): Promise<void> {
    const admitted = context as ConnectionContext | undefined;
    if (admitted?.memberId) this.schedule(connection, admitted);
  }

  async beforeHandleMessage({ connection, context, socketId }: beforeHandleMessagePayload): Promise<void> {
    const admitted = context as ConnectionContext | undefined;
    if (!admitted?.memberId || Date.now() < admitted.reviewAt) return;
    if (await this.stillAdmitted(connection, admitted)) return;
    this.log.info({ socketId }, "refused a message sent after the sender's access ran out");
    throw { reason: "access-ended" };
  }

  async onDisconnect({ context }: onDisconnectPayload): Promise<void> {
    const timer = this.timers.get(context as ConnectionContext);
    if (timer) clearTimeout(timer);
    this.timers.delete(context as ConnectionContext);
  }

  private schedule(connection: Connection, context: ConnectionContext): void {
    const previous = this.timers.get(context);
    if (previous) clearTimeout(previous);
    const wait = Math.min(Math.max(0, context.reviewAt - Date.now()), LONGEST_TIMER_MS);
    const timer = setTimeout(() => {
      this.timers.delete(context);
      if (Date.now() < context.reviewAt) return this.schedule(connection, context);
      void this.stillAdmitted(connection, context).catch((error: unknown) =>
        this.log.error({ err: error }, "could not review a connection's access"),
      );
    }, wait);
    // A pending review must not keep the process alive when the server is asked to stop.
    timer.unref();
    this.timers.set(context, timer);
  }

  /** Looks at the admission again; ends the connection when it no longer holds, else schedules the next look. */
  private async stillAdmitted(connection: Connection, context: ConnectionContext): Promise<boolean> {
    const checked = await this.access.refusalFor(context);
    if ("refusal" in checked) {
      this.log.info(
        { meetingId: context.meetingId, reason: checked.refusal },
        "closed a connection whose access ran out",
      );
      // The client reconnects and is told why it may not (the refusal's own words).
      this.live.end(connection, { scope: { caseId: context.caseId }, effect: "withdrawn" });
      return false;
    }
    context.reviewAt = checked.reviewAt.getTime();
    this.schedule(connection, context);
    return true;
  }
}
