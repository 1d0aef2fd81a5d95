import { addGoal, createMeetingDocument, listGoals } from "@samplan/shared/model";
import { afterAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { LightParticipant } from "./LightParticipant.ts";
import { startTestServer, type TestServer, waitFor } from "./testServer.ts";

let server: TestServer | undefined;
afterAll(async () => {
  await server?.close();
});

describe("LightParticipant", () => {
  it("syncs both ways, sends its edits (those made before connecting too), and reports a refusal", async () => {
    server = await startTestServer();
    const { meeting, coordinator } = await server.createMeeting();
    const token = await coordinator.connectionToken(meeting.id);
    const first = await LightParticipant.join(server.wsUrl, meeting.documentName, token, createMeetingDocument());
    addGoal(first.doc, { createdBy: "Karin", text: "Arbejde" });

    // Made before connecting: only the answer to the server's sync step 1 carries it.
    const early = createMeetingDocument();
    addGoal(early, { createdBy: "Sofie", text: "Bolig" });
    const second = await LightParticipant.join(server.wsUrl, meeting.documentName, token, early);
    await waitFor(() => listGoals(first.doc).length === 2 && listGoals(second.doc).length === 2);
    expect(Y.encodeStateVector(first.doc)).toEqual(Y.encodeStateVector(second.doc));
    first.leave();
    second.leave();
    expect([...first.errors, ...second.errors]).toEqual([]);

    await expect(LightParticipant.join(server.wsUrl, meeting.documentName, "not-a-token")).rejects.toThrow(/refused/);
  });
});
