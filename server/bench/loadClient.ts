// A worker thread holding many light participants: a Y.Doc over a raw websocket speaking the
// Hocuspocus protocol, nothing else. One typist per meeting types at a human rate and stamps
// each update with its send time; every other participant reports when it arrived.
import { parentPort, workerData } from "node:worker_threads";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import WebSocket from "ws";
import * as sync from "y-protocols/sync";
import * as Y from "yjs";

interface Job {
  url: string;
  meetings: { documentName: string; token: string; participants: number; typist: boolean }[];
  typingHz: number;
  durationMs: number;
  warmupMs: number;
}

const job = workerData as Job;
const latencies: number[] = [];
let messagesIn = 0;
let errors = 0;
const now = () => performance.timeOrigin + performance.now();

function frame(name: string, type: number, write: (e: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, name);
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

function participant(
  documentName: string,
  token: string,
  onReady: (send: (u: Uint8Array) => void, doc: Y.Doc) => void,
) {
  const doc = new Y.Doc();
  const socket = new WebSocket(job.url, { perMessageDeflate: false });
  const send = (update: Uint8Array) =>
    socket.readyState === WebSocket.OPEN && socket.send(frame(documentName, 0, (e) => sync.writeUpdate(e, update)));
  socket.on("open", () => {
    socket.send(
      frame(documentName, 2, (e) => {
        encoding.writeVarUint(e, 0);
        encoding.writeVarString(e, token);
      }),
    );
    socket.send(frame(documentName, 0, (e) => sync.writeSyncStep1(e, doc)));
    onReady(send, doc);
  });
  socket.on("message", (data: Buffer) => {
    messagesIn++;
    const decoder = decoding.createDecoder(new Uint8Array(data));
    decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    if (type !== 0 && type !== 4) return;
    const reply = encoding.createEncoder();
    sync.readSyncMessage(decoder, reply, doc, "server");
  });
  socket.on("error", () => errors++);
  return { doc, socket };
}

const sockets: WebSocket[] = [];
const typists: (() => void)[] = [];
for (const meeting of job.meetings) {
  for (let i = 0; i < meeting.participants; i++) {
    const isTypist = meeting.typist && i === 0;
    const { doc, socket } = participant(meeting.documentName, meeting.token, (send, d) => {
      if (!isTypist) return;
      const text = d.getText("bench");
      d.on("update", (update: Uint8Array, origin: unknown) => {
        if (origin !== "server") send(update);
      });
      typists.push(() => {
        d.transact(() => {
          text.insert(text.length, "a");
          d.getMap("bench-meta").set("sentAt", now());
        });
      });
    });
    if (!isTypist) {
      doc.getMap("bench-meta").observe(() => {
        const sentAt = doc.getMap("bench-meta").get("sentAt") as number | undefined;
        if (sentAt && recording) latencies.push(now() - sentAt);
      });
    }
    sockets.push(socket);
  }
}

let recording = false;
const started = now();
setTimeout(() => {
  recording = true;
}, job.warmupMs);
const interval = setInterval(() => {
  // Spread keystrokes so meetings do not all type in the same millisecond.
  for (const [i, type] of typists.entries()) setTimeout(type, (i * 37) % (1000 / job.typingHz));
}, 1000 / job.typingHz);
setTimeout(() => {
  clearInterval(interval);
  for (const socket of sockets) socket.close();
  parentPort?.postMessage({ latencies, messagesIn, errors, seconds: (now() - started - job.warmupMs) / 1000 });
  setTimeout(() => process.exit(0), 200);
}, job.warmupMs + job.durationMs);
