import type { connectedPayload, Extension, onChangePayload, onDisconnectPayload } from "@hocuspocus/server";
import type { AuditAction } from "@samplan/shared/vocabulary";
import type { ConnectionContext } from "../access/ConnectionContext.ts";
import type { Logger } from "../logger.ts";
import type { AuditLog } from "../storage/AuditLog.ts";

/**
 * Writes who joined, edited and left which meeting to the audit trail. An edit is recorded once
 * per connection, at the first change, not per keystroke.
 */
export class AuditTrail implements Extension {
  extensionName = "AuditTrail";
  private readonly audit: AuditLog;
  private readonly log: Logger;
  private readonly editedBySocket = new Set<string>();

  constructor(configuration: { audit: AuditLog; log: Logger }) {
    this.audit = configuration.audit;
    this.log = configuration.log;
  }

  async connected({ context }: connectedPayload): Promise<void> {
    await this.record(context, "joined-meeting");
  }

  async onChange({ context, socketId }: onChangePayload): Promise<void> {
    if (!socketId || this.editedBySocket.has(socketId) || !(context as ConnectionContext | undefined)?.memberId) return;
    this.editedBySocket.add(socketId);
    await this.record(context, "edited-meeting");
  }

  async onDisconnect({ context, socketId }: onDisconnectPayload): Promise<void> {
    this.editedBySocket.delete(socketId);
    await this.record(context, "left-meeting");
  }

  private async record(context: ConnectionContext | undefined, action: AuditAction) {
    // Joining a meeting opens its plan and its chair's document; the plan stands for both.
    if (!context?.memberId || context.documentKind === "chair") return;
    try {
      await this.audit.record({
        actor: context.name,
        actorRole: context.role,
        action,
        caseId: context.caseId,
        meetingId: context.meetingId,
        details: { memberId: context.memberId },
      });
    } catch (error) {
      this.log.error({ err: error, action }, "could not write to the audit trail");
    }
  }
}
