import { apiRoutes, pathOf } from "@samplan/shared/api";
import { addGoal, readMeetingContent } from "@samplan/shared/model";
import { afterEach, describe, expect, it } from "vitest";
import { coordinator, meeting, server, useMeetingServer } from "../testing/meetingServer.ts";
import {
  type Agent,
  acknowledged,
  joinMeeting,
  type Participant,
  TEST_PASSWORD,
  waitFor,
} from "../testing/testServer.ts";

useMeetingServer();

const cleanups: (() => void)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

async function join(token: string | (() => Promise<string>)): Promise<Participant> {
  const participant = await joinMeeting(server.wsUrl, meeting.documentName, token);
  cleanups.push(() => participant.provider.destroy());
  return participant;
}

function closing(participant: Participant): Promise<unknown> {
  return new Promise((resolve) => participant.provider.on("close", resolve));
}

/** The same coordinator on a second device: a session of her own. */
async function secondDevice(): Promise<Agent> {
  const agent = server.agent();
  const answer = await agent.request("POST", pathOf(apiRoutes.signIn), { username: "karin", password: TEST_PASSWORD });
  expect(answer.status).toBe(200);
  return agent;
}

describe("a connection token is bound to the session it was issued to", () => {
  it("signing out closes that session's connections, refuses its unexpired token, and leaves her other device alone", async () => {
    const laptop = await secondDevice();
    const tabletToken = await coordinator.connectionToken(meeting.id);
    const onTablet = await join(tabletToken);
    const onLaptop = await join(() => laptop.connectionToken(meeting.id));
    const tabletClosed = closing(onTablet);

    expect((await coordinator.request("DELETE", pathOf(apiRoutes.signOut))).status).toBe(204);
    await tabletClosed;
    // Within its five minutes, the token still refused: the session it was issued to is gone.
    await expect(join(tabletToken)).rejects.toThrow("refused: session-ended");

    addGoal(onLaptop.doc, { createdBy: "Karin", text: "Skrevet på den anden enhed" });
    await acknowledged(onLaptop);
    expect(readMeetingContent(onLaptop.doc).goals.map((goal) => goal.text)).toEqual(["Skrevet på den anden enhed"]);
  });

  it("a guest signing out on a shared tablet ends that tablet's connection", async () => {
    const psychologist = await server.invite(meeting, { name: "Peter Lund", role: "fagperson" });
    const token = await psychologist.agent.connectionToken(meeting.id);
    const live = await join(token);
    const closed = closing(live);
    expect((await psychologist.agent.request("DELETE", pathOf(apiRoutes.signOut))).status).toBe(204);
    await closed;
    await expect(join(token)).rejects.toThrow("refused: session-ended");
  });

  it("changing her password closes the connections of her other sessions; this device carries on", async () => {
    const stolen = await secondDevice();
    const stolenToken = await stolen.connectionToken(meeting.id);
    const elsewhere = await join(stolenToken);
    const here = await join(() => coordinator.connectionToken(meeting.id));
    const elsewhereClosed = closing(elsewhere);

    const changed = await coordinator.request("POST", pathOf(apiRoutes.changeOwnPassword), {
      currentPassword: TEST_PASSWORD,
      newPassword: "a brand new passphrase for karin",
    });
    expect(changed.status).toBe(204);
    await elsewhereClosed;
    await expect(join(stolenToken)).rejects.toThrow("refused: session-ended");

    // This device's connection was closed too, and reconnects on its own session.
    addGoal(here.doc, { createdBy: "Karin", text: "Efter det nye kodeord" });
    await waitFor(() => !here.provider.hasUnsyncedChanges, 5_000, "the edit to be acknowledged after reconnecting");
  });
});
