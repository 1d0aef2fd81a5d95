import { apiRoutes, pathOf } from "@samplan/shared/api";
import { addGoal, readMeetingContent } from "@samplan/shared/model";
import fc from "fast-check";
import * as encoding from "lib0/encoding";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { RawClient } from "../testing/rawClient.ts";
import {
  type Agent,
  acknowledged,
  joinMeeting,
  type Participant,
  removeDataDir,
  startTestServer,
  type TestServer,
} from "../testing/testServer.ts";
import { testSetting, wholeNumber } from "../testing/testSetting.ts";

/**
 * Bad input on the websocket: the server stays up, the offending connection is closed or its
 * message dropped, the other participants notice nothing, and the document is unchanged.
 * Seeded and bounded; a failure prints the seed to replay it with FUZZ_SEED.
 */
const seed = testSetting("FUZZ_SEED", wholeNumber(), Date.now() % 1_000_000);
const MAX_MESSAGE_BYTES = 64 * 1024;

let server: TestServer;
let coordinator: Agent;
let meeting: { id: string; documentName: string };
let bystander: Participant;
let before: ReturnType<typeof readMeetingContent>;

beforeAll(async () => {
  console.log(`websocket fuzz seed: ${seed} (replay with FUZZ_SEED=${seed})`);
  server = await startTestServer(undefined, {
    SAMPLAN_MAX_MESSAGE_BYTES: String(MAX_MESSAGE_BYTES),
    SAMPLAN_CONNECTIONS_PER_MINUTE: "100000",
  });
  const created = await server.createMeeting();
  coordinator = created.coordinator;
  meeting = created.meeting;
  bystander = await joinMeeting(server.wsUrl, meeting.documentName, () => coordinator.connectionToken(meeting.id));
  addGoal(bystander.doc, { createdBy: "Sara", text: "Det her må ikke gå tabt" });
  await acknowledged(bystander);
  before = readMeetingContent(bystander.doc);
});

afterAll(async () => {
  bystander.provider.destroy();
  await server.close();
  removeDataDir(server.dataDir);
});

async function authenticatedRaw(): Promise<RawClient> {
  const raw = await RawClient.open(server.wsUrl, meeting.documentName);
  raw.authenticate(await coordinator.connectionToken(meeting.id));
  await raw.authenticated();
  raw.syncStep1();
  return raw;
}

async function settle() {
  await new Promise((resolve) => setTimeout(resolve, 30));
}

async function expectNothingNoticed() {
  expect((await server.request("GET", "/healthz")).status).toBe(200);
  expect(bystander.provider.isSynced).toBe(true);
  expect(readMeetingContent(bystander.doc)).toEqual(before);
}

function message(documentName: string, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, documentName);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

describe("bad input on the websocket", () => {
  it("survives random bytes, before and after authentication", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 0, maxLength: 512 }), fc.boolean(), async (bytes, signedIn) => {
        const raw = signedIn ? await authenticatedRaw() : await RawClient.open(server.wsUrl, meeting.documentName);
        raw.send(bytes);
        await settle();
        raw.close();
      }),
      { seed, numRuns: 60 },
    );
    await expectNothingNoticed();
  });

  it("survives truncated messages", async () => {
    const doc = new Y.Doc();
    doc.getMap("goals").set("x", "y");
    const good = message(meeting.documentName, (encoder) => {
      encoding.writeVarUint(encoder, 0);
      encoding.writeVarUint(encoder, 2);
      encoding.writeVarUint8Array(encoder, Y.encodeStateAsUpdate(doc));
    });
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: good.length - 1 }), async (cut) => {
        const raw = await authenticatedRaw();
        raw.send(good.slice(0, cut));
        await settle();
        raw.close();
      }),
      { seed, numRuns: 40 },
    );
    await expectNothingNoticed();
  });

  it("closes a connection that sends a message over the documented maximum size", async () => {
    const raw = await authenticatedRaw();
    raw.send(new Uint8Array(MAX_MESSAGE_BYTES + 1));
    await settle();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(raw.closed?.code).toBe(1009);
    await expectNothingNoticed();
  });

  it("does not store or apply well-formed sync messages carrying garbage updates", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ minLength: 1, maxLength: 256 }),
        fc.constantFrom(1, 2),
        async (garbage, syncType) => {
          const raw = await authenticatedRaw();
          raw.send(
            message(meeting.documentName, (encoder) => {
              encoding.writeVarUint(encoder, 0);
              encoding.writeVarUint(encoder, syncType);
              encoding.writeVarUint8Array(encoder, garbage);
            }),
          );
          await settle();
          raw.close();
        },
      ),
      { seed, numRuns: 60 },
    );
    await expectNothingNoticed();
    // What is stored still loads, and is exactly what the participants see.
    const { doc, skipped } = await server.documents.loadDoc(meeting.documentName);
    expect(skipped).toBe(0);
    expect(readMeetingContent(doc)).toEqual(before);
  });

  it("ignores messages for another document on an authenticated connection", async () => {
    const { caseId } = (await coordinator.request("GET", pathOf(apiRoutes.meeting, { meetingId: meeting.id }))).body;
    const other = await coordinator.request("POST", pathOf(apiRoutes.createMeeting, { caseId }), {
      title: "Et andet møde",
      startsAt: "2027-03-01T10:00:00+01:00",
    });
    const raw = await authenticatedRaw();
    const sneaky = new Y.Doc();
    sneaky.getMap("goals").set("intruder", "x");
    raw.send(
      message(other.body.documentName, (encoder) => {
        encoding.writeVarUint(encoder, 0);
        encoding.writeVarUint(encoder, 2);
        encoding.writeVarUint8Array(encoder, Y.encodeStateAsUpdate(sneaky));
      }),
    );
    await settle();
    raw.close();
    expect(await server.documents.size(other.body.documentName)).toMatchObject({ updates: 0 });
    await expectNothingNoticed();
  });

  it("survives a flood of awareness updates", async () => {
    const raw = await authenticatedRaw();
    for (let i = 0; i < 500; i++) {
      raw.send(
        message(meeting.documentName, (encoder) => {
          encoding.writeVarUint(encoder, 1);
          const update = encoding.createEncoder();
          encoding.writeVarUint(update, 1);
          encoding.writeVarUint(update, 4242);
          encoding.writeVarUint(update, i + 1);
          encoding.writeVarString(
            update,
            JSON.stringify({ user: { name: `flood ${i}`, role: "borger", color: "#000000" } }),
          );
          encoding.writeVarUint8Array(encoder, encoding.toUint8Array(update));
        }),
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    raw.close();
    await expectNothingNoticed();
  });
});
