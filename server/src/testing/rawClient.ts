import { MessageType } from "@hocuspocus/server";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import WebSocket from "ws";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";

/**
 * A websocket client that speaks Hocuspocus's protocol by hand, with none of the provider's
 * manners: for sending what a well-behaved client never would.
 */
export class RawClient {
  readonly socket: WebSocket;
  readonly received: Uint8Array[] = [];
  readonly documentName: string;
  closed: { code: number; reason: string } | null = null;

  private constructor(socket: WebSocket, documentName: string) {
    this.socket = socket;
    this.documentName = documentName;
    socket.on("message", (data: Buffer) => this.received.push(new Uint8Array(data)));
    socket.on("close", (code, reason) => {
      this.closed = { code, reason: reason.toString() };
    });
  }

  static open(url: string, documentName: string): Promise<RawClient> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url);
      socket.once("open", () => resolve(new RawClient(socket, documentName)));
      socket.once("error", reject);
    });
  }

  private message(type: MessageType, write: (encoder: encoding.Encoder) => void): Uint8Array {
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, this.documentName);
    encoding.writeVarUint(encoder, type);
    write(encoder);
    return encoding.toUint8Array(encoder);
  }

  send(bytes: Uint8Array): void {
    this.socket.send(bytes);
  }

  authenticate(token: string): void {
    this.send(
      this.message(MessageType.Auth, (encoder) => {
        encoding.writeVarUint(encoder, 0); // AuthMessageType.Token
        encoding.writeVarString(encoder, token);
      }),
    );
  }

  syncStep1(doc = new Y.Doc()): void {
    this.send(this.message(MessageType.Sync, (encoder) => syncProtocol.writeSyncStep1(encoder, doc)));
  }

  update(update: Uint8Array): void {
    this.send(this.message(MessageType.Sync, (encoder) => syncProtocol.writeUpdate(encoder, update)));
  }

  /** Whether the server answered authentication with "authenticated" (true) or "permission denied" (false). */
  async authenticated(timeoutMs = 3_000): Promise<{ ok: boolean; reason?: string; readOnly?: boolean }> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      for (const bytes of this.received) {
        const decoder = decoding.createDecoder(bytes);
        decoding.readVarString(decoder);
        if (decoding.readVarUint(decoder) !== MessageType.Auth) continue;
        const kind = decoding.readVarUint(decoder); // 0 token, 1 permission denied, 2 authenticated
        if (kind === 1) return { ok: false, reason: decoding.readVarString(decoder) };
        if (kind === 2) return { ok: true, readOnly: decoding.readVarString(decoder) === "readonly" };
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error("no answer to authentication");
  }

  /**
   * The reason the server gave for closing this document's connection (the socket stays open:
   * it may carry other documents), or null while it is open.
   */
  documentClosedReason(): string | null {
    for (const bytes of this.received) {
      const decoder = decoding.createDecoder(bytes);
      decoding.readVarString(decoder);
      if (decoding.readVarUint(decoder) === MessageType.CLOSE) return decoding.readVarString(decoder);
    }
    return null;
  }

  close(): void {
    this.socket.close();
  }
}
