import { apiRoutes, pathOf } from "@samplan/shared/api";
import {
  addGoal,
  addNextStep,
  addProgressObservation,
  addResource,
  createMeetingDocument,
  goalText,
  listGoals,
  readMeetingContent,
  readWeekLimit,
  setWeekLimit,
} from "@samplan/shared/model";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { daysFromNow } from "../testing/daysFromNow.ts";
import { coordinator, meeting, server, useMeetingServer } from "../testing/meetingServer.ts";
import { RawClient } from "../testing/rawClient.ts";
import { acknowledged, type InvitedGuest, joinMeeting, type Participant, waitFor } from "../testing/testServer.ts";

useMeetingServer();

const cleanups: (() => void)[] = [];
let brother: InvitedGuest;
let karin: Participant;

beforeEach(async () => {
  brother = await server.invite(meeting, { name: "", role: "netvaerk", relation: { kind: "familie", label: "bror" } });
  // She names him in her consent, as she names everyone she shares her case with.
  await coordinator.request("POST", pathOf(apiRoutes.recordConsent, { caseId: meeting.caseId }), {
    purpose: "Min bror er med til møderne",
    memberIds: [brother.member.id],
    givenAt: daysFromNow(0),
  });
  karin = await join(() => coordinator.connectionToken(meeting.id));
  addGoal(karin.doc, { createdBy: "Karin Holm", createdByRole: "koordinator", text: "Et arbejde med dyr" });
  await acknowledged(karin);
});
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

async function join(token: () => Promise<string>): Promise<Participant> {
  const participant = await joinMeeting(server.wsUrl, meeting.documentName, token);
  cleanups.push(() => participant.provider.destroy());
  return participant;
}

async function stored() {
  const doc = createMeetingDocument();
  for (const update of await server.documents.load(meeting.documentName)) Y.applyUpdate(doc, update);
  return readMeetingContent(doc);
}

describe("her own people write in Det der virker, Siden sidst and Næste skridt", () => {
  it("an observation, a step and what works, from her brother, reach the coordinator and are kept, under his name as hers", async () => {
    const his = await join(() => brother.agent.connectionToken(meeting.id));
    addProgressObservation(his.doc, { createdBy: "Tests bror", createdByRole: "netvaerk", text: "Hun har cyklet" });
    addNextStep(his.doc, { createdBy: "Tests bror", createdByRole: "netvaerk", text: "Jeg kører hende derhen" });
    // What works for her is often what her own people know best.
    addResource(his.doc, { createdBy: "Tests bror", createdByRole: "netvaerk", text: "Hunden Bella" });
    await acknowledged(his);
    await waitFor(
      () => readMeetingContent(karin.doc).steps.length === 1,
      5_000,
      "the brother's step to reach the coordinator",
    );
    expect(readMeetingContent(karin.doc).observations).toEqual([
      expect.objectContaining({ text: "Hun har cyklet", createdBy: "Tests bror", createdByRole: "netvaerk" }),
    ]);
    expect((await stored()).steps.map((s) => s.text)).toEqual(["Jeg kører hende derhen"]);
    expect((await stored()).resources.map((r) => r.text)).toEqual(["Hunden Bella"]);
  });

  it("refuses a word of his typed into her goal: the connection closes and nothing is stored or passed on", async () => {
    const raw = await RawClient.open(server.wsUrl, meeting.documentName);
    cleanups.push(() => raw.close());
    raw.authenticate(await brother.agent.connectionToken(meeting.id));
    expect(await raw.authenticated()).toEqual({ ok: true, readOnly: false });
    // His own replica of the plan, as a client that went round the view would hold it.
    const replica = createMeetingDocument();
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(karin.doc));
    const before = Y.encodeStateVector(replica);
    const [goal] = listGoals(replica);
    const text = goalText(replica, goal!.id);
    if (!text) throw new Error("the goal has no text");
    const line = (text.get(0) as Y.XmlElement).get(0) as Y.XmlText;
    line.insert(0, "Ikke ");
    raw.update(Y.encodeStateAsUpdate(replica, before));
    await waitFor(() => raw.documentClosedReason() !== null, 3_000, "the server to close his connection");

    expect(raw.documentClosedReason()).toBe("not-your-section");
    expect((await stored()).goals.map((g) => g.text)).toEqual(["Et arbejde med dyr"]);
    expect(readMeetingContent(karin.doc).goals.map((g) => g.text)).toEqual(["Et arbejde med dyr"]);
  });

  it("refuses a goal of his own, sent over a plain websocket", async () => {
    const raw = await RawClient.open(server.wsUrl, meeting.documentName);
    cleanups.push(() => raw.close());
    raw.authenticate(await brother.agent.connectionToken(meeting.id));
    expect(await raw.authenticated()).toEqual({ ok: true, readOnly: false });
    const sneaky = createMeetingDocument();
    addGoal(sneaky, { createdBy: "Tests bror", text: "Hun skal flytte hjem" });
    raw.update(Y.encodeStateAsUpdate(sneaky));
    await waitFor(() => raw.documentClosedReason() !== null, 3_000, "the server to close his connection");

    expect(raw.documentClosedReason()).toBe("not-your-section");
    expect((await stored()).goals.map((g) => g.text)).toEqual(["Et arbejde med dyr"]);
  });
});

describe("the most her week can hold is hers and the professionals' to write", () => {
  it("her limit, written from her tablet, reaches the coordinator and is kept", async () => {
    const citizen = await server.invite(meeting, { name: "Ali Hassan", role: "borger" });
    const hers = await join(() => citizen.agent.connectionToken(meeting.id));
    setWeekLimit(hers.doc, { hours: 12, appointments: null });
    await acknowledged(hers);
    await waitFor(() => readWeekLimit(karin.doc) !== null, 5_000, "her limit to reach the coordinator");
    expect(readWeekLimit(karin.doc)).toMatchObject({ hours: 12, appointments: null });
    const kept = new Y.Doc();
    for (const update of await server.documents.load(meeting.documentName)) Y.applyUpdate(kept, update);
    expect(readWeekLimit(kept)).toMatchObject({ hours: 12 });
  });

  it("refuses her brother writing it for her", async () => {
    const raw = await RawClient.open(server.wsUrl, meeting.documentName);
    cleanups.push(() => raw.close());
    raw.authenticate(await brother.agent.connectionToken(meeting.id));
    expect(await raw.authenticated()).toEqual({ ok: true, readOnly: false });
    const replica = createMeetingDocument();
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(karin.doc));
    const before = Y.encodeStateVector(replica);
    setWeekLimit(replica, { hours: 30, appointments: 9 });
    raw.update(Y.encodeStateAsUpdate(replica, before));
    await waitFor(() => raw.documentClosedReason() !== null, 3_000, "the server to close his connection");

    expect(raw.documentClosedReason()).toBe("not-your-section");
    expect(readWeekLimit(karin.doc)).toBeNull();
  });
});
