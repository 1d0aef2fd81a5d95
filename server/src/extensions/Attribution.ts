import type {
  afterLoadDocumentPayload,
  afterUnloadDocumentPayload,
  beforeHandleMessagePayload,
  Extension,
} from "@hocuspocus/server";
import {
  clientsWritingIn,
  type Forgery,
  guardAuthorship,
  guardCitizenAgreement,
  type RecordedWriters,
  rangesDeletedBy,
  reviewStoredAgreement,
  reviewStoredAuthorship,
  type Writer,
} from "@samplan/shared/model";
import type { Author } from "@samplan/shared/record";
import { type MeetingId, parseDocumentName } from "@samplan/shared/vocabulary";
import type * as Y from "yjs";
import type { ConnectionContext } from "../access/ConnectionContext.ts";
import { documentUpdateIn } from "../collaboration/updateMessage.ts";
import type { Logger } from "../logger.ts";
import type { AuditLog } from "../storage/AuditLog.ts";
import type { AuthorRepository } from "../storage/AuthorRepository.ts";

/**
 * Everyone who is or was on the roster of a meeting's case, each with their staff account (or
 * null): whose rater keys are whose. With the case's id.
 */
export type AccountsOnCase = (
  meetingId: MeetingId,
) => Promise<{ caseId: string; accounts: Map<string, string | null> }>;

/**
 * Records who wrote what: every Yjs client id that brings new content is bound to the roster
 * member whose connection sent it, and what a member's update deletes is written down beside it.
 * The version view names authors from this record (shared/src/model/attribution.ts).
 *
 * Why the server and not Yjs's PermanentUserData inside the document: every participant can write
 * anything into the document, including a map that says "client 123 is the coordinator". Only the
 * server knows who a connection is (Authentication reads the roster), and only the server writes
 * these tables. A client cannot borrow someone else's client id either: an update with new content
 * under an id bound to another member is refused before it is stored or applied, and the
 * connection is closed. (The worst a client can do is claim an id nobody has used yet, which makes
 * that content its own; an honest client picks a fresh random id for every document it opens.)
 *
 * The same goes for what the plan itself says about who wrote something (an item's createdBy and
 * createdByRole, a scale's rater): those fields are kept to the writer this extension knows
 * (shared/src/model/authorship.ts). They are put right after the update is applied rather than
 * the update being refused, because an honest client can know its writer by another name or role
 * than the roster does (a staff account's display name and role, a rename during the meeting);
 * refusing would close that connection and refuse the same update again on every reconnect.
 * What no honest client writes — a claim on someone else's item or scale, being the citizen —
 * is undone the same way and goes on the case's trail like a refused edit.
 */
export class Attribution implements Extension {
  extensionName = "Attribution";
  // After Authentication (which says who the connection is); before DocumentPersistence (100),
  // so an update refused here is never stored.
  priority = 200;

  private readonly authors: AuthorRepository;
  private readonly audit: AuditLog;
  private readonly log: Logger;
  /** Per loaded document, the client ids already bound and to whom: most updates need no query. */
  private readonly bound = new Map<string, Map<number, string>>();
  private readonly accountsOnCase: AccountsOnCase;

  constructor(configuration: {
    authors: AuthorRepository;
    audit: AuditLog;
    log: Logger;
    accountsOnCase: AccountsOnCase;
  }) {
    this.authors = configuration.authors;
    this.audit = configuration.audit;
    this.log = configuration.log;
    this.accountsOnCase = configuration.accountsOnCase;
  }

  async beforeHandleMessage({
    connection,
    context,
    document,
    documentName,
    update: message,
    socketId,
  }: beforeHandleMessagePayload): Promise<void> {
    // Hocuspocus drops a read-only connection's updates; nothing of theirs is written.
    if (connection.readOnly) return;
    const identity = context as ConnectionContext | undefined;
    if (!identity?.memberId) return;
    const update = documentUpdateIn(message);
    if (!update) return;
    const author = { memberId: identity.memberId, name: identity.name, role: identity.role };

    const bound = this.bound.get(documentName) ?? new Map<number, string>();
    this.bound.set(documentName, bound);
    const unbound = clientsWritingIn(document, update).filter((client) => bound.get(client) !== author.memberId);
    if (unbound.length > 0) {
      const owners = await this.authors.bind(documentName, unbound, author);
      for (const [client, memberId] of owners) bound.set(client, memberId);
      if (unbound.some((client) => owners.get(client) !== author.memberId)) {
        this.log.warn({ socketId, documentName }, "refused an update written under another participant's client id");
        // An attempt to write under someone else's name belongs in the case's trail, not only the log.
        await this.audit
          .record({
            actor: author.name,
            actorRole: author.role,
            action: "edit-refused",
            caseId: identity.caseId,
            meetingId: identity.meetingId,
            details: { memberId: author.memberId, reason: "not-your-client-id" },
          })
          .catch((error: unknown) => this.log.error({ err: error }, "could not write to the audit trail"));
        // Thrown, Hocuspocus closes this connection without applying the update; the reason is the client's to read.
        throw { reason: "not-your-client-id" };
      }
    }

    const ranges = rangesDeletedBy(document, update);
    if (ranges.length > 0) await this.authors.recordDeletion(documentName, author, ranges);
  }

  async afterLoadDocument({ document, documentName }: afterLoadDocumentPayload): Promise<void> {
    const parsed = parseDocumentName(documentName);
    if (parsed?.kind !== "plan") return;
    guardAuthorship(document, writerOf, (writer, forgeries) => this.refuseForgeries(writer.identity, forgeries));
    // The citizen's agreement to the plan is hers by the server's word: only her connection sets it.
    guardCitizenAgreement(document, writerOf, (writer, refused) =>
      this.refuseForgeries(writer.identity, refused, "not-the-citizen"),
    );
    // What the guards put right live, looked over once as stored (see reviewStoredAuthorship).
    const recorded = await this.recordedWriters(documentName, parsed.meetingId);
    for (const [writer, forgeries] of reviewStoredAuthorship(document, recorded)) {
      this.refuseForgeries(writer.identity, forgeries);
    }
    const answer = reviewStoredAgreement(document, recorded);
    if (answer) this.refuseForgeries(answer[0].identity, answer[1], "not-the-citizen");
  }

  /** The writers of a stored plan as this server recorded them, with each one's rater keys. */
  private async recordedWriters(
    documentName: string,
    meetingId: MeetingId,
  ): Promise<RecordedWriters<Writer & { identity: ConnectionContext }>> {
    const [{ clients }, { caseId, accounts }] = await Promise.all([
      this.authors.record(documentName),
      this.accountsOnCase(meetingId),
    ]);
    const writers = new Map<string, Writer & { identity: ConnectionContext }>();
    const writerOfMember = (author: Author) => {
      let writer = writers.get(author.memberId);
      if (!writer) {
        const accountId = accounts.get(author.memberId) ?? null;
        writer = {
          name: author.name,
          role: author.role,
          raterKeys: accountId ? [author.memberId, accountId] : [author.memberId],
          identity: { ...author, accountId, meetingId, caseId } as ConnectionContext,
        };
        writers.set(author.memberId, writer);
      }
      return writer;
    };
    return {
      writerOf: (client) => {
        const author = clients.get(client);
        return author ? writerOfMember(author) : null;
      },
      raterKeys: new Set(
        [...accounts].flatMap(([memberId, accountId]) => (accountId ? [memberId, accountId] : [memberId])),
      ),
    };
  }

  private refuseForgeries(
    identity: ConnectionContext,
    forgeries: Forgery[],
    reason: "forged-authorship" | "not-the-citizen" = "forged-authorship",
  ): void {
    this.log.warn(
      { memberId: identity.memberId, meetingId: identity.meetingId, reason, forgeries },
      "undid a claim to be someone else, or to say what only the citizen says",
    );
    this.audit
      .record({
        actor: identity.name,
        actorRole: identity.role,
        action: "edit-refused",
        caseId: identity.caseId,
        meetingId: identity.meetingId,
        details: { memberId: identity.memberId, reason, fields: forgeries },
      })
      .catch((error: unknown) => this.log.error({ err: error }, "could not write to the audit trail"));
  }

  async afterUnloadDocument({ documentName }: afterUnloadDocumentPayload): Promise<void> {
    this.bound.delete(documentName);
  }
}

/** The participant whose update a transaction applies; null for the server's own changes and other instances'. */
function writerOf(transaction: Y.Transaction): (Writer & { identity: ConnectionContext }) | null {
  const origin = transaction.origin as { source?: string; connection?: { context?: unknown } } | null;
  if (origin?.source !== "connection") return null;
  // Staff rate under their account; the connection's context names it (read loosely, so a context
  // without it still names the roster entry).
  const identity = origin.connection?.context as (ConnectionContext & { accountId?: string | null }) | undefined;
  if (!identity?.memberId) return null;
  return {
    name: identity.name,
    role: identity.role,
    raterKeys: identity.accountId ? [identity.memberId, identity.accountId] : [identity.memberId],
    identity,
  };
}
