import type { beforeHandleMessagePayload, Extension } from "@hocuspocus/server";
import { sectionsWrittenBy } from "@samplan/shared/model";
import { planWriting } from "@samplan/shared/vocabulary";
import type { ConnectionContext } from "../access/ConnectionContext.ts";
import { documentUpdateIn } from "../collaboration/updateMessage.ts";
import type { Logger } from "../logger.ts";
import type { AuditLog } from "../storage/AuditLog.ts";

/**
 * Holds those who write in some sections of the plan only (the citizen's own people: Siden sidst
 * and Næste skridt, not her goals) to those sections. An update that writes anywhere else — new
 * content, a change or a deletion in another section, or content whose place the server cannot
 * tell — is refused before it is bound to an author, stored or applied, and its connection closed.
 *
 * Refused rather than put right (as Attribution puts back a forged claim): their own view offers
 * no way to write there, so only a client that went round it sends such an update, and nothing of
 * it should reach the others even for a moment.
 */
export class SectionGuard implements Extension {
  extensionName = "SectionGuard";
  // After AccessGuard (800), before Attribution (200) and DocumentPersistence (100): a refused
  // update is neither bound to an author nor stored.
  priority = 300;

  private readonly audit: AuditLog;
  private readonly log: Logger;

  constructor(configuration: { audit: AuditLog; log: Logger }) {
    this.audit = configuration.audit;
    this.log = configuration.log;
  }

  async beforeHandleMessage({
    connection,
    context,
    document,
    update: message,
    socketId,
  }: beforeHandleMessagePayload): Promise<void> {
    if (connection.readOnly) return;
    const identity = context as ConnectionContext | undefined;
    if (!identity?.memberId || identity.documentKind !== "plan") return;
    const writing = planWriting(identity.role);
    if (writing === "all" || writing === "none") return;
    const update = documentUpdateIn(message);
    if (!update) return;
    const sections = sectionsWrittenBy(document, update);
    const outside = sections === null ? ["?"] : [...sections].filter((section) => !writing.some((s) => s === section));
    if (outside.length === 0) return;
    this.log.warn(
      { socketId, memberId: identity.memberId, sections: outside },
      "refused a write outside the writer's sections",
    );
    await this.audit
      .record({
        actor: identity.name,
        actorRole: identity.role,
        action: "edit-refused",
        caseId: identity.caseId,
        meetingId: identity.meetingId,
        details: { memberId: identity.memberId, reason: "not-your-section", sections: outside },
      })
      .catch((error: unknown) => this.log.error({ err: error }, "could not write to the audit trail"));
    // Thrown, Hocuspocus closes this connection without applying the update.
    throw { reason: "not-your-section" };
  }
}
