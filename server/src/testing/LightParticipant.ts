import { MessageType } from "@hocuspocus/server";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import WebSocket from "ws";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";

const FROM_SERVER = Symbol("server");
// Hocuspocus closes a connection that has sent nothing for 30 s (4408); a provider's awareness
// renewal every 15 s is what keeps a quiet participant connected, so this sends the same.
const AWARENESS_RENEW_MS = 15_000;

/**
 * A participant with no provider: a Y.Doc over one raw websocket that authenticates, syncs both
 * ways, sends its own edits and renews a presence as a provider does, without reconnecting. A thousand fit in one
 * test process, for load and soak tests. Any close the test did not ask for counts as an error.
 */
export class LightParticipant {
  readonly doc: Y.Doc;
  readonly documentName: string;
  private readonly socket: WebSocket;
  /** True once the server's sync step 2 (its whole state) has been applied. */
  synced = false;
  /** Socket errors and closes the test did not ask for, with why. */
  readonly errors: string[] = [];
  private leaving = false;
  private awarenessClock = 0;
  private readonly renewal: NodeJS.Timeout;

  private constructor(url: string, documentName: string, token: string, doc: Y.Doc) {
    this.doc = doc;
    this.documentName = documentName;
    this.socket = new WebSocket(url, { perMessageDeflate: false });
    this.socket.binaryType = "nodebuffer";
    this.socket.on("open", () => {
      this.send(MessageType.Auth, (encoder) => {
        encoding.writeVarUint(encoder, 0); // a token
        encoding.writeVarString(encoder, token);
      });
      this.send(MessageType.Sync, (encoder) => syncProtocol.writeSyncStep1(encoder, doc));
      this.sendAwareness();
    });
    this.renewal = setInterval(() => this.sendAwareness(), AWARENESS_RENEW_MS);
    this.socket.on("message", (data: Buffer) => this.receive(new Uint8Array(data)));
    this.socket.on("error", (error) => this.errors.push(`socket error: ${error.message}`));
    this.socket.on("close", (code, reason) => {
      clearInterval(this.renewal);
      if (!this.leaving) this.errors.push(`closed by the server: ${code} ${reason.toString()}`);
    });
    doc.on("update", (update: Uint8Array, origin: unknown) => {
      if (origin !== FROM_SERVER) this.send(MessageType.Sync, (encoder) => syncProtocol.writeUpdate(encoder, update));
    });
  }

  /** Connects and resolves once synced; rejects if refused or not synced within `timeoutMs`. */
  static async join(
    url: string,
    documentName: string,
    token: string,
    doc = new Y.Doc(),
    timeoutMs = 30_000,
  ): Promise<LightParticipant> {
    const participant = new LightParticipant(url, documentName, token, doc);
    const deadline = Date.now() + timeoutMs;
    while (!participant.synced) {
      if (participant.errors.length > 0) throw new Error(participant.errors.join("; "));
      if (Date.now() > deadline) throw new Error(`not synced with ${documentName} after ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return participant;
  }

  private send(type: MessageType, write: (encoder: encoding.Encoder) => void): void {
    if (this.socket.readyState !== WebSocket.OPEN) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, this.documentName);
    encoding.writeVarUint(encoder, type);
    write(encoder);
    this.socket.send(encoding.toUint8Array(encoder));
  }

  /** This participant's presence, encoded as y-protocols' awareness update for one client. */
  private sendAwareness(): void {
    const update = encoding.createEncoder();
    encoding.writeVarUint(update, 1);
    encoding.writeVarUint(update, this.doc.clientID);
    encoding.writeVarUint(update, ++this.awarenessClock);
    encoding.writeVarString(update, JSON.stringify({ user: { name: "light" } }));
    this.send(MessageType.Awareness, (encoder) => encoding.writeVarUint8Array(encoder, encoding.toUint8Array(update)));
  }

  private receive(bytes: Uint8Array): void {
    const decoder = decoding.createDecoder(bytes);
    decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    if (type === MessageType.Auth) {
      if (decoding.readVarUint(decoder) === 1) this.errors.push(`refused: ${decoding.readVarString(decoder)}`);
      return;
    }
    if (type !== MessageType.Sync && type !== MessageType.SyncReply) return;
    const reply = encoding.createEncoder();
    const kind = syncProtocol.readSyncMessage(decoder, reply, this.doc, FROM_SERVER);
    if (kind === syncProtocol.messageYjsSyncStep2) this.synced = true;
    // The server's sync step 1 asks for what this participant has and it has not: answer it.
    if (encoding.length(reply) > 0) {
      this.send(MessageType.Sync, (encoder) => encoding.writeUint8Array(encoder, encoding.toUint8Array(reply)));
    }
  }

  /** Stops reading from the socket, as a device asleep with it open: what the server sends piles up. */
  stopReading(): void {
    this.socket.pause();
  }

  /** Reads again, as fast as it comes. */
  readAgain(): void {
    this.socket.resume();
  }

  /** Reads one chunk of what has arrived (at most 64 KB), then stops again: a link slower than the meeting. */
  readOneChunk(): void {
    // ws pauses and resumes the net.Socket under it; one 'data' event is one chunk read.
    const raw = (this.socket as unknown as { _socket?: NodeJS.EventEmitter })._socket;
    raw?.once("data", () => this.socket.pause());
    this.socket.resume();
  }

  leave(): void {
    this.leaving = true;
    clearInterval(this.renewal);
    this.socket.close();
  }
}
