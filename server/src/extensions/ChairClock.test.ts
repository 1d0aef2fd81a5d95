import {
  advancePhase,
  askInRound,
  chairMap,
  createChairDocument,
  listPhases,
  nextSpeaker,
  nowAndNext,
  readChairState,
  startRound,
} from "@samplan/shared/model";
import { chairDocumentName } from "@samplan/shared/vocabulary";
import { afterEach, describe, expect, it } from "vitest";
import { coordinator, meeting, server, useMeetingServer } from "../testing/meetingServer.ts";
import { RawClient } from "../testing/rawClient.ts";
import { type Agent, joinMeeting, type Participant, waitFor } from "../testing/testServer.ts";

useMeetingServer();

const cleanups: (() => void)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

async function openChair(agent: Agent): Promise<Participant> {
  const participant = await joinMeeting(
    server.wsUrl,
    chairDocumentName(meeting.id),
    () => agent.connectionToken(meeting.id),
    createChairDocument(),
  );
  cleanups.push(() => participant.provider.destroy());
  return participant;
}

describe("the chair's document", () => {
  it("comes with the default agenda when the meeting is created", async () => {
    const chair = await openChair(coordinator);
    expect(listPhases(chair.doc)).toHaveLength(6);
    expect(nowAndNext(chair.doc)).toMatchObject({ now: null, next: { title: "Velkommen og formål" } });
  });

  it("gets the server's time stamped on a phase change and a speaker change, the same on every device", async () => {
    const chair = await openChair(coordinator);
    const peter = await server.invite(meeting, { name: "Peter Lund", role: "fagperson" });
    const follower = await openChair(peter.agent);

    const before = Date.now();
    advancePhase(chair.doc);
    await waitFor(() => readChairState(follower.doc).phaseStartedAt !== null, 2_000, "the stamp to arrive");
    const stamped = readChairState(follower.doc).phaseStartedAt!;
    expect(stamped).toBeGreaterThanOrEqual(before);
    expect(stamped).toBeLessThanOrEqual(Date.now());
    expect(readChairState(chair.doc).phaseStartedAt).toBe(stamped);
    expect(nowAndNext(follower.doc).now?.title).toBe("Velkommen og formål");

    startRound(
      chair.doc,
      [
        { id: null, name: "Sara" },
        { id: null, name: "Peter" },
      ],
      120,
    );
    await waitFor(() => readChairState(follower.doc).speakerStartedAt !== null, 2_000, "the speaker's stamp");
  });

  it("keeps the speaker's time when a question brings back someone who spoke", async () => {
    const chair = await openChair(coordinator);
    const sara = { id: null, name: "Sara" };
    startRound(chair.doc, [sara, { id: null, name: "Peter" }], 120);
    nextSpeaker(chair.doc);
    await waitFor(() => readChairState(chair.doc).speakerStartedAt !== null, 2_000, "Peter's stamp");
    const peterSince = readChairState(chair.doc).speakerStartedAt;
    askInRound(chair.doc, { text: "Sara, hvad har hjulpet?", goalId: "goal-1", to: sara }, [sara]);
    // The server answers changes in order: once the phase change after the question is stamped, a
    // stamp for the question would have arrived before it.
    advancePhase(chair.doc);
    await waitFor(() => readChairState(chair.doc).phaseStartedAt !== null, 2_000, "the phase's stamp");
    expect(readChairState(chair.doc).round).toMatchObject({ current: 0, speakers: [{ name: "Peter" }, sara] });
    expect(readChairState(chair.doc).speakerStartedAt).toBe(peterSince);
  });

  it("does not let anyone set the time stamps by hand", async () => {
    const chair = await openChair(coordinator);
    advancePhase(chair.doc);
    await waitFor(() => readChairState(chair.doc).phaseStartedAt !== null);
    const stamped = readChairState(chair.doc).phaseStartedAt;
    chairMap(chair.doc).set("phaseStartedAt", 0);
    await waitFor(() => readChairState(chair.doc).phaseStartedAt === stamped, 2_000, "the stamp to be restored");
  });

  it("cannot be changed by a professional: the connection is read-only and a raw update is dropped", async () => {
    const chair = await openChair(coordinator);
    const peter = await server.invite(meeting, { name: "Peter Lund", role: "fagperson" });
    const follower = await openChair(peter.agent);
    advancePhase(follower.doc);
    advancePhase(follower.doc);

    const raw = await RawClient.open(server.wsUrl, chairDocumentName(meeting.id));
    cleanups.push(() => raw.close());
    raw.authenticate(await peter.agent.connectionToken(meeting.id));
    expect(await raw.authenticated()).toEqual({ ok: true, readOnly: true });
    raw.syncStep1();
    const forged = createChairDocument();
    chairMap(forged).set("currentPhaseId", listPhases(chair.doc)[4]?.id ?? null);
    const { encodeStateAsUpdate } = await import("yjs");
    raw.update(encodeStateAsUpdate(forged));

    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(readChairState(chair.doc).currentPhaseId).toBeNull();
  });
});

describe("presence", () => {
  it("shows the name and role from the roster, whatever a client claims", async () => {
    const peter = await server.invite(meeting, { name: "Peter Lund", role: "fagperson" });
    const karin = await joinMeeting(server.wsUrl, meeting.documentName, () => coordinator.connectionToken(meeting.id));
    const impostor = await joinMeeting(server.wsUrl, meeting.documentName, () =>
      peter.agent.connectionToken(meeting.id),
    );
    cleanups.push(
      () => karin.provider.destroy(),
      () => impostor.provider.destroy(),
    );
    impostor.provider.setAwarenessField("user", { name: "Karin Holm", role: "koordinator", color: "#1f6feb" });
    const seen = () =>
      [...karin.provider.awareness!.getStates().values()]
        .map((state) => state.user)
        .find((user) => user?.color === "#1f6feb");
    await waitFor(() => seen() !== undefined, 2_000, "the impostor's presence");
    expect(seen()).toMatchObject({ name: "Peter Lund", role: "fagperson" });
  });
});
