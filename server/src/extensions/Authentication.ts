import type { Extension, onAuthenticatePayload } from "@hocuspocus/server";
import { type MeetingId, parseDocumentName, planWriting } from "@samplan/shared/vocabulary";
import type { Access } from "../access/Access.ts";
import type { ConnectionContext } from "../access/ConnectionContext.ts";
import type { RefusedConnections } from "../access/RefusedConnections.ts";
import type { ConnectionTokens } from "../auth/ConnectionTokens.ts";
import type { Logger } from "../logger.ts";
import type { Metrics } from "../observability/Metrics.ts";
import { clientAddressIn } from "./ClientAddress.ts";

/**
 * Lets a connection into a meeting's documents (its plan and its chair's document) only with a
 * valid connection token for exactly that meeting, issued to a session that has not ended, and only while the invitation, the roster entry and (where needed) the citizen's
 * consent still stand. Those who write nothing in the plan (observers, interpreters) get a
 * read-only connection: Hocuspocus then applies none of their updates. Those who write in some of
 * its sections only are held to them by SectionGuard.
 */
export class Authentication implements Extension {
  extensionName = "Authentication";
  // After MeetingGate (which refuses unknown documents), before everything that loads one.
  priority = 900;

  private readonly tokens: ConnectionTokens;
  private readonly access: Access;
  private readonly refused: RefusedConnections;
  private readonly log: Logger;
  private readonly metrics: Metrics | undefined;

  constructor(deps: {
    tokens: ConnectionTokens;
    access: Access;
    refused: RefusedConnections;
    log: Logger;
    metrics?: Metrics;
  }) {
    this.tokens = deps.tokens;
    this.access = deps.access;
    this.refused = deps.refused;
    this.log = deps.log;
    this.metrics = deps.metrics;
  }

  async onAuthenticate({
    token,
    documentName,
    connectionConfig,
    socketId,
    requestHeaders,
  }: onAuthenticatePayload): Promise<ConnectionContext> {
    const document = parseDocumentName(documentName);
    const meetingId = document?.meetingId ?? null;
    const address = clientAddressIn(requestHeaders);
    const fromAddress = await this.refused.fromAddress(address).catch(() => null);
    if (!fromAddress) return this.refuse("too-many-attempts", socketId, meetingId);

    const verified = await this.tokens.verify(token);
    if (!verified.ok) {
      await fromAddress.failed();
      const atMeeting = meetingId ? await this.refused.atMeeting(meetingId).catch(() => null) : null;
      await atMeeting?.failed();
      return this.refuse(atMeeting || !meetingId ? verified.reason : "too-many-attempts", socketId, meetingId);
    }
    const { claims } = verified;
    if (claims.meetingId !== meetingId) {
      await fromAddress.failed();
      return this.refuse("wrong-meeting", socketId, meetingId, claims.name);
    }

    const checked = await this.access.refusalFor({
      caseId: claims.caseId,
      memberId: claims.sub,
      invitationId: claims.invitationId,
      sessionId: claims.sid,
    });
    if ("refusal" in checked) {
      await fromAddress.failed();
      return this.refuse(checked.refusal, socketId, meetingId, claims.name, claims.caseId);
    }
    await fromAddress.succeeded();

    // The role on the roster now, not the one in the token: a coordinator who just made someone
    // an observer should not have to wait for the token to expire. Observers and interpreters
    // write nothing; in the chair's document (agenda, phase, round) only the coordinator writes.
    const role = checked.member.role;
    connectionConfig.readOnly =
      planWriting(role) === "none" ||
      (document?.kind === "chair" && role !== "koordinator") ||
      (await this.access.meetingClosed(claims.meetingId));
    return {
      memberId: checked.member.id,
      name: checked.member.name,
      role,
      caseId: claims.caseId,
      meetingId: claims.meetingId,
      invitationId: claims.invitationId,
      accountId: claims.accountId,
      sessionId: claims.sid,
      reviewAt: checked.reviewAt.getTime(),
      documentKind: document?.kind ?? "plan",
    };
  }

  async onDestroy(): Promise<void> {
    await this.refused.flush();
  }

  private async refuse(
    reason: string,
    socketId: string,
    meetingId: MeetingId | null,
    actor = "unknown",
    caseId: string | null = null,
  ): Promise<never> {
    this.log.warn({ socketId, meetingId, reason }, "refused a websocket connection");
    this.metrics?.refusedAuthentications.inc({ reason });
    const inCase = caseId ?? (meetingId ? await this.access.caseOfMeeting(meetingId) : null);
    await this.refused.note({ actor, caseId: inCase, meetingId, reason });
    // No `message`: Hocuspocus would print it; the reason is what the client shows the user.
    throw { reason };
  }
}
