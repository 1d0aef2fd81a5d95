// Memory: the server's resident memory with N meetings loaded and idle, and after every meeting
// has been left and unloaded. Garbage is collected through the DevTools protocol before each
// reading (the server runs with --inspect for this bench only), so the figures are what the
// meetings hold rather than what the collector has not yet reclaimed.
import { setTimeout as sleep } from "node:timers/promises";
import WebSocket from "ws";
import * as Y from "yjs";
import { processStats } from "./processStats.ts";
import { samplanTarget, type Target } from "./targets.ts";
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

/** One participant per meeting, connected until it has the server's state. */
async function join(target: Target, meetings: { documentName: string; token: string }[]) {
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
            if (wire.sync(new Uint8Array(data))) resolve(socket);
          });
          socket.once("error", reject);
        }),
    ),
  );
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
    const sockets = await join(target, meetings);
    await sleep(1_000);
    const connected = await rssMb(target);
    for (const socket of sockets) socket.close();
    await sleep(1_000);
    const left = await rssMb(target);
    const stillLoaded = await loadedDocuments(target);
    const deadline = Date.now() + UNLOAD_DELAY_MS + 10_000;
    while ((await loadedDocuments(target)) > 0 && Date.now() < deadline) await sleep(500);
    const unloaded = await loadedDocuments(target);
    const afterUnload = await rssMb(target);
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
    };
  } finally {
    await target.stop();
  }
}

const round = (mb: number) => Math.round(mb * 10) / 10;
