// Memory: the server's resident memory with N meetings loaded and idle, and after every meeting
// has been left and unloaded. Garbage is collected through the DevTools protocol before each
// reading (the server runs with --inspect for this bench only), so the figures are what the
// meetings hold rather than what the collector has not yet reclaimed.
import { setTimeout as sleep } from "node:timers/promises";
import { addGoal, addNextStep } from "@samplan/shared/model";
import * as encoding from "lib0/encoding";
import WebSocket from "ws";
import * as sync from "y-protocols/sync";
import * as Y from "yjs";
import { processStats } from "./processStats.ts";
import { type BenchMeeting, samplanTarget, type Target } from "./targets.ts";
import { wires } from "./wires.ts";

/** How long a left meeting stays loaded in this bench: long enough to measure it with nobody in it. */
const UNLOAD_DELAY_MS = 8_000;

async function collectGarbage(inspector: string | null) {
  if (!inspector) return;
  const socket = new WebSocket(inspector);
  await new Promise((resolve, reject) => {
    socket.once("open", resolve);
    socket.once("error", reject);
  });
  const done = new Promise((resolve) => socket.on("message", resolve));
  socket.send(JSON.stringify({ id: 1, method: "HeapProfiler.collectGarbage" }));
  await done;
  socket.close();
  // Let freed pages go back to the system before /proc is read.
  await sleep(500);
}

async function rssMb(target: Target) {
  await collectGarbage(target.inspector);
  return processStats(target.child.pid!).rssBytes / 1024 / 1024;
}

async function loadedDocuments(target: Target): Promise<number> {
  const text = await (await fetch(`${target.http}/metrics`)).text();
  return Number(/^samplan_loaded_documents (\d+)/m.exec(text)?.[1] ?? Number.NaN);
}

const SYNC_STEP_2 = 1;

/** A plan as a first meeting leaves it: five goals and five next steps, about 1.7 KB of text. */
function writePlan(doc: Y.Doc) {
  for (let i = 1; i <= 5; i++) {
    addGoal(doc, {
      createdBy: "Bench",
      text: `Mål ${i}: at komme i praktik i en dyreklinik og møde op tre dage om ugen, også når det er svært.`,
    });
    addNextStep(doc, {
      createdBy: "Bench",
      text: `Skridt ${i}: ringe til praktikstedet og aftale en første dag, inden næste møde.`,
      owner: "Karin",
    });
  }
}

/** One participant per meeting, connected until it has the server's state; with `plan`, it then writes one. */
async function join(target: Target, meetings: BenchMeeting[], plan = false) {
  const wire = wires[target.wire];
  return Promise.all(
    meetings.map(
      (meeting) =>
        new Promise<WebSocket>((resolve, reject) => {
          const doc = new Y.Doc();
          const socket = new WebSocket(wire.url(target.url, meeting.documentName), { perMessageDeflate: false });
          socket.once("open", () => {
            for (const message of wire.hello(meeting.documentName, meeting.token, doc)) socket.send(message);
          });
          socket.on("message", (data: Buffer) => {
            const decoder = wire.sync(new Uint8Array(data));
            if (!decoder) return;
            if (sync.readSyncMessage(decoder, encoding.createEncoder(), doc, "server") !== SYNC_STEP_2) return;
            if (plan && doc.getMap("bench-written").size === 0) {
              doc.on("update", (update: Uint8Array, origin: unknown) => {
                if (origin !== "server") socket.send(wire.update(meeting.documentName, update));
              });
              doc.transact(() => {
                writePlan(doc);
                doc.getMap("bench-written").set("at", Date.now());
              });
            }
            resolve(socket);
          });
          socket.once("error", reject);
        }),
    ),
  );
}

/** Writes a plan as a first meeting leaves it into each meeting, and leaves again once it is sent. */
export async function writePlans(target: Target, meetings: BenchMeeting[]): Promise<void> {
  const sockets = await join(target, meetings, true);
  // Sent before the sync reply resolved the join; the server stores what arrives before the close.
  await sleep(500);
  for (const socket of sockets) socket.close();
}

export async function memory(meetingCount: number) {
  const target = await samplanTarget({ inspect: true, env: { SAMPLAN_UNLOAD_DELAY_MS: String(UNLOAD_DELAY_MS) } });
  try {
    const meetings = await target.meetings(meetingCount);
    // Warm the code paths with one meeting first, so the baseline includes the loaded modules.
    const [warm] = await join(target, meetings.slice(0, 1));
    warm!.close();
    await sleep(UNLOAD_DELAY_MS + 1_000);
    const baseline = await rssMb(target);
    const sockets = await join(target, meetings, true);
    // The server appends and applies 200 plans; let it finish before reading.
    await sleep(2_000);
    const connected = await rssMb(target);
    for (const socket of sockets) socket.close();
    await sleep(1_000);
    const left = await rssMb(target);
    const stillLoaded = await loadedDocuments(target);
    const waitForUnload = async () => {
      const deadline = Date.now() + UNLOAD_DELAY_MS + 10_000;
      while ((await loadedDocuments(target)) > 0 && Date.now() < deadline) await sleep(500);
    };
    await waitForUnload();
    const unloaded = await loadedDocuments(target);
    const afterUnload = await rssMb(target);
    // The same meetings (their plans now stored) loaded and left again: memory that stays after
    // the first round and does not grow in the second is the process's, not held per meeting.
    for (const socket of await join(target, await target.meetings(meetingCount))) socket.close();
    await sleep(1_000);
    await waitForUnload();
    const afterSecondRound = await rssMb(target);
    return {
      meetings: meetingCount,
      "baseline MB": round(baseline),
      "loaded, one participant each MB": round(connected),
      "KB per meeting (with its connection)": Math.round(((connected - baseline) * 1024) / meetingCount),
      "loaded, everyone left MB": round(left),
      "KB per idle loaded meeting": Math.round(((left - baseline) * 1024) / meetingCount),
      "meetings loaded then": stillLoaded,
      "after unload MB": round(afterUnload),
      "meetings still loaded": unloaded,
      "above baseline MB": round(afterUnload - baseline),
      "after a second round MB": round(afterSecondRound),
    };
  } finally {
    await target.stop();
  }
}

const round = (mb: number) => Math.round(mb * 10) / 10;
