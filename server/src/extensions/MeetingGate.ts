import type { Extension, onAuthenticatePayload } from "@hocuspocus/server";
import { parseDocumentName } from "@samplan/shared/vocabulary";
import type { Logger } from "../logger.ts";
import type { MeetingRepository } from "../storage/MeetingRepository.ts";

/**
 * Lets a websocket open only documents of meetings that exist. The name is the one thing a
 * client chooses freely, so it is parsed before anything else sees it, and asking for a name
 * never creates a document.
 */
export class MeetingGate implements Extension {
  extensionName = "MeetingGate";
  // Before every other extension: nothing should load or create a document the gate refuses.
  priority = 1000;

  private readonly meetings: MeetingRepository;
  private readonly log: Logger;

  constructor(configuration: { meetings: MeetingRepository; log: Logger }) {
    this.meetings = configuration.meetings;
    this.log = configuration.log;
  }

  async onAuthenticate({ documentName, socketId }: onAuthenticatePayload): Promise<void> {
    const meetingId = parseDocumentName(documentName)?.meetingId;
    if (!meetingId) {
      this.log.warn({ socketId, documentNameLength: documentName.length }, "refused a malformed document name");
      throw { reason: "invalid-document-name" };
    }
    if (!(await this.meetings.exists(meetingId))) {
      this.log.warn({ socketId, meetingId }, "refused a document for an unknown meeting");
      throw { reason: "unknown-meeting" };
    }
  }
}
