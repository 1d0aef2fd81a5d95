import { MessageType } from "@hocuspocus/server";
import * as encoding from "lib0/encoding";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { coordinator, meeting, server, useMeetingServer } from "../testing/meetingServer.ts";
import { RawClient } from "../testing/rawClient.ts";
import { type InvitedGuest, joinMeeting, type Participant, waitFor } from "../testing/testServer.ts";

useMeetingServer();

/**
 * Presence over a real websocket: honest participants through the provider, and a forger (a
 * professional) through a raw socket that sends whatever awareness it likes.
 */

let citizen: InvitedGuest;
let professional: InvitedGuest;
let karin: Participant;
let ali: Participant;
let forger: RawClient;

const color = "#1f6feb";

beforeEach(async () => {
  citizen = await server.invite(meeting as never, { name: "Ali Hassan", role: "borger" });
  professional = await server.invite(meeting as never, { name: "Peter Lund", role: "fagperson" });
  karin = await joinMeeting(server.wsUrl, meeting.documentName, () => coordinator.connectionToken(meeting.id));
  ali = await joinMeeting(server.wsUrl, meeting.documentName, () => citizen.agent.connectionToken(meeting.id));
  karin.provider.setAwarenessField("user", { name: "Karin Holm", role: "koordinator", color });
  ali.provider.setAwarenessField("user", { name: "Ali Hassan", role: "borger", color });
  await waitFor(() => stateOf(ali, karin) !== undefined && stateOf(karin, ali) !== undefined, 5_000, "presence");
  forger = await RawClient.open(server.wsUrl, meeting.documentName);
  forger.authenticate(await professional.agent.connectionToken(meeting.id));
  expect((await forger.authenticated()).ok).toBe(true);
});
afterEach(async () => {
  forger.close();
  karin.provider.destroy();
  ali.provider.destroy();
});

/** A presence entry as any client may send it: read loosely, since forged ones are the point here. */
interface State {
  user?: Record<string, unknown>;
  hand?: { raisedAt: number } | null;
  cursor?: unknown;
  [field: string]: unknown;
}

/** What `viewer` sees of `subject`'s presence (a participant, or a bare client id). */
function stateOf(viewer: Participant, subject: Participant | number): State | undefined {
  const id = typeof subject === "number" ? subject : subject.provider.awareness!.clientID;
  return viewer.provider.awareness!.getStates().get(id) as State | undefined;
}

/** A y-protocols awareness update, sent as the forger's own: [client id, clock, state or null]. */
function sendAwareness(entries: [number, number, unknown][]): void {
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, entries.length);
  for (const [client, clock, state] of entries) {
    encoding.writeVarUint(update, client);
    encoding.writeVarUint(update, clock);
    encoding.writeVarString(update, JSON.stringify(state));
  }
  const message = encoding.createEncoder();
  encoding.writeVarString(message, meeting.documentName);
  encoding.writeVarUint(message, MessageType.Awareness);
  encoding.writeVarUint8Array(message, encoding.toUint8Array(update));
  forger.send(encoding.toUint8Array(message));
}

const FORGER_ID = 424242;
const forgersUser = { name: "Peter Lund", role: "fagperson", color };

describe("presence", () => {
  it("lets a client change only its own state: others' presence and hands cannot be written or removed", async () => {
    const karinId = karin.provider.awareness!.clientID;
    const aliId = ali.provider.awareness!.clientID;
    sendAwareness([
      [karinId, 1_000, { user: { name: "Karin Holm", role: "koordinator", color }, hand: { raisedAt: 1 } }],
      [aliId, 1_000, null],
      [FORGER_ID, 1, { user: forgersUser }],
    ]);
    // The forger's own entry arriving says the message was handled.
    await waitFor(() => stateOf(ali, FORGER_ID) !== undefined, 5_000, "the forger's own presence");

    expect(stateOf(ali, karin)?.hand ?? null).toBeNull();
    expect(stateOf(karin, ali)?.user).toMatchObject({ name: "Ali Hassan", memberId: citizen.member.id });
    expect(stateOf(ali, FORGER_ID)?.user).toMatchObject({ name: "Peter Lund", memberId: professional.member.id });
  });

  it("names each client as the roster does, whatever it claims", async () => {
    sendAwareness([[FORGER_ID, 1, { user: { name: "Ali Hassan", role: "borger", color } }]]);
    await waitFor(() => stateOf(karin, FORGER_ID) !== undefined, 5_000, "the forger's presence");
    expect(stateOf(karin, FORGER_ID)?.user).toEqual({
      name: "Peter Lund",
      role: "fagperson",
      color,
      memberId: professional.member.id,
    });
  });
});

describe("a raised hand", () => {
  it("goes up at the server's time, not the client's, and keeps that time until it is lowered", async () => {
    const before = Date.now();
    sendAwareness([[FORGER_ID, 1, { user: forgersUser, hand: { raisedAt: 1 } }]]);
    await waitFor(() => stateOf(karin, FORGER_ID)?.hand != null, 5_000, "the hand");
    const raisedAt = stateOf(karin, FORGER_ID)?.hand?.raisedAt as number;
    expect(raisedAt).toBeGreaterThanOrEqual(before);
    expect(raisedAt).toBeLessThanOrEqual(Date.now());

    // Every later update keeps the first time; a client cannot move its hand earlier.
    sendAwareness([[FORGER_ID, 2, { user: forgersUser, hand: { raisedAt: 2 }, cursor: "x" }]]);
    await waitFor(() => stateOf(karin, FORGER_ID)?.cursor === "x", 5_000, "the next update");
    expect(stateOf(karin, FORGER_ID)?.hand).toEqual({ raisedAt });

    sendAwareness([[FORGER_ID, 3, { user: forgersUser, hand: null }]]);
    await waitFor(() => stateOf(karin, FORGER_ID)?.hand === null, 5_000, "the hand to go down");
    await new Promise((resolve) => setTimeout(resolve, 5));
    sendAwareness([[FORGER_ID, 4, { user: forgersUser, hand: { raisedAt: 3 } }]]);
    await waitFor(() => stateOf(karin, FORGER_ID)?.hand != null, 5_000, "the hand again");
    expect(stateOf(karin, FORGER_ID)?.hand?.raisedAt).toBeGreaterThan(raisedAt);
  });

  it("tells the raiser's own client the time the server gave it, so everyone agrees on it", async () => {
    const anHourAgo = Date.now() - 3_600_000;
    ali.provider.setAwarenessField("hand", { raisedAt: anHourAgo });
    await waitFor(() => stateOf(karin, ali)?.hand != null, 5_000, "the hand to reach the coordinator");
    const stamped = stateOf(karin, ali)?.hand?.raisedAt as number;
    expect(stamped).toBeGreaterThan(anHourAgo + 3_000_000);
    await waitFor(() => ali.provider.awareness!.getLocalState()?.hand?.raisedAt === stamped, 5_000, "the echo");

    // Ali's client goes on as before: its next update carries the server's time and changes nothing.
    ali.provider.setAwarenessField("cursor", "y");
    await waitFor(() => stateOf(karin, ali)?.cursor === "y", 5_000, "the next update");
    expect(stateOf(karin, ali)?.hand).toEqual({ raisedAt: stamped });
    expect(ali.provider.awareness!.getLocalState()?.hand).toEqual({ raisedAt: stamped });
  });
});
