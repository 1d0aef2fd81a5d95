// A worker thread holding many participants: each a Y.Doc over a raw websocket speaking the
// server's own protocol (see wires.ts), nothing else; or, as a browser has it, a Y.Doc behind a
// HocuspocusProvider (its handshake, awareness and acknowledgements). One typist per meeting types
// at a human rate, with a backspace every fifth key when asked, and stamps each update with its
// send time; every other participant reports when it arrived, and now and then writes a word.
import { parentPort, workerData } from "node:worker_threads";
import { HocuspocusProvider } from "@hocuspocus/provider";
import * as encoding from "lib0/encoding";
import WebSocket from "ws";
import * as sync from "y-protocols/sync";
import * as Y from "yjs";
import { type WireName, wires } from "./wires.ts";

export interface LoadJob {
  url: string;
  wire: WireName;
  meetings: { documentName: string; token: string; participants: number; typist: boolean }[];
  typingHz: number;
  durationMs: number;
  /** Raw websockets (light: many per thread), or HocuspocusProvider as in the browser. */
  clients: "raw" | "provider";
  /** Every fifth keystroke a backspace, so the server attributes deletions too. */
  deletions: boolean;
}

/** Worker to bench: every participant has the server's state; then bench to worker: start recording. */
export type LoadMessage = { kind: "synced" } | { kind: "start" } | ({ kind: "result" } & LoadResult);

export interface LoadResult {
  latencies: number[];
  messagesIn: number;
  /** Socket errors, sockets the server closed before the run ended, participants never synced. */
  errors: number;
  seconds: number;
}

const SYNC_STEP_2 = 1;
const job = workerData as LoadJob;
const total = job.meetings.reduce((sum, meeting) => sum + meeting.participants, 0);
const wire = wires[job.wire];
const latencies: number[] = [];
let messagesIn = 0;
let errors = 0;
let ending = false;
let synced = 0;
const now = () => performance.timeOrigin + performance.now();

function participant(
  documentName: string,
  token: string,
  onReady: (send: (u: Uint8Array) => void, doc: Y.Doc) => void,
) {
  const doc = new Y.Doc();
  let hasState = false;
  const socket = new WebSocket(wire.url(job.url, documentName), { perMessageDeflate: false });
  const send = (update: Uint8Array) =>
    socket.readyState === WebSocket.OPEN && socket.send(wire.update(documentName, update));
  socket.on("open", () => {
    for (const message of wire.hello(documentName, token, doc)) socket.send(message);
    onReady(send, doc);
  });
  socket.on("message", (data: Buffer) => {
    if (recording) messagesIn++;
    const decoder = wire.sync(new Uint8Array(data));
    if (!decoder) return;
    // The reply (our sync step 2) is not sent: the typist's updates reach the server on their own.
    if (sync.readSyncMessage(decoder, encoding.createEncoder(), doc, "server") === SYNC_STEP_2 && !hasState) {
      hasState = true;
      if (++synced === total) parentPort?.postMessage({ kind: "synced" } satisfies LoadMessage);
    }
  });
  socket.on("error", () => errors++);
  socket.on("close", () => {
    if (!ending) errors++;
  });
  return { doc, socket };
}

/** The same participant behind a HocuspocusProvider: it sends its own updates and sync replies. */
function providerParticipant(
  documentName: string,
  token: string,
  onReady: (send: (u: Uint8Array) => void, doc: Y.Doc) => void,
) {
  const doc = new Y.Doc();
  let hasState = false;
  const provider = new HocuspocusProvider({ url: job.url, name: documentName, token, document: doc });
  provider.on("message", () => {
    if (recording) messagesIn++;
  });
  provider.on("synced", () => {
    if (hasState) return;
    hasState = true;
    onReady(() => {}, doc);
    if (++synced === total) parentPort?.postMessage({ kind: "synced" } satisfies LoadMessage);
  });
  provider.on("authenticationFailed", () => errors++);
  provider.on("close", () => {
    if (!ending) errors++;
  });
  return { doc, socket: { close: () => provider.destroy() } };
}

const connect = job.clients === "provider" ? providerParticipant : participant;
const sockets: { close: () => void }[] = [];
const typists: (() => void)[] = [];
const others: (() => void)[] = [];
for (const meeting of job.meetings) {
  for (let i = 0; i < meeting.participants; i++) {
    const isTypist = meeting.typist && i === 0;
    const { doc, socket } = connect(meeting.documentName, meeting.token, (send, d) => {
      d.on("update", (update: Uint8Array, origin: unknown) => {
        if (origin !== "server") send(update);
      });
      if (!isTypist) {
        // Now and then someone else writes a word too: fan-out from every participant, unmeasured.
        const own = d.getText(`bench-other-${i}`);
        others.push(() => own.insert(own.length, "ord "));
        return;
      }
      const text = d.getText("bench");
      let keys = 0;
      typists.push(() => {
        d.transact(() => {
          if (job.deletions && ++keys % 5 === 0 && text.length > 0) text.delete(text.length - 1, 1);
          else text.insert(text.length, "a");
          // Appended, not a map key overwritten: typing deletes nothing, and neither does the stamp.
          d.getArray<number>("bench-sent").push([now()]);
        });
      });
    });
    if (!isTypist) {
      const sent = doc.getArray<number>("bench-sent");
      sent.observe(() => {
        const sentAt = sent.get(sent.length - 1);
        if (sentAt && recording) latencies.push(now() - sentAt);
      });
    }
    sockets.push(socket);
  }
}

let recording = false;
const interval = setInterval(() => {
  // Spread keystrokes so meetings do not all type in the same millisecond.
  for (const [i, type] of typists.entries()) setTimeout(type, (i * 37) % (1000 / job.typingHz));
}, 1000 / job.typingHz);
// Each of the others writes about once a minute: with ten in a meeting, a word every six seconds.
const otherEdits = setInterval(() => {
  for (const write of others) if (Math.random() < 1 / 60) write();
}, 1000);
// Typing runs from the start; arrivals count only once the bench says so (everyone, in every
// worker, connected and synced, and the warm-up over), for durationMs.
parentPort?.on("message", (message: LoadMessage) => {
  if (message.kind !== "start") return;
  recording = true;
  const started = now();
  setTimeout(() => {
    ending = true;
    clearInterval(interval);
    clearInterval(otherEdits);
    for (const socket of sockets) socket.close();
    parentPort?.postMessage({
      kind: "result",
      latencies,
      messagesIn,
      errors: errors + (total - synced),
      seconds: (now() - started) / 1000,
    } satisfies LoadMessage);
    setTimeout(() => process.exit(0), 200);
  }, job.durationMs);
});
