import type { connectedPayload, Extension } from "@hocuspocus/server";
import type WebSocket from "ws";
import type { Logger } from "../logger.ts";

/** The close a participant gets whose device did not read what the server sent it. */
export const SlowReader = { code: 4429, reason: "Slow Reader" } as const;

export interface SlowReaderGuardConfiguration {
  /** More than this waiting to be sent on one socket closes it (SAMPLAN_MAX_BUFFERED_BYTES). */
  maxBufferedBytes: number;
  log: Logger;
}

/**
 * Bounds what the server holds for one participant who does not read: a device asleep with its
 * socket open, or on a link too slow for the meeting. What the server sends waits in the socket's
 * buffer (ws's bufferedAmount) until the device reads it; without a bound that grows with every
 * keystroke of everyone else in the meeting, for as long as the socket stays open. Past the bound
 * the connection is closed with SlowReader (4429): the others are not affected either way, and
 * the participant's client reconnects and syncs what it missed in one go.
 *
 * The close frame itself waits behind what the device has not read; ws drops the socket 30 s
 * later if it never reads. Nothing more is queued for it meanwhile: Hocuspocus sends nothing to a
 * closing socket.
 */
export class SlowReaderGuard implements Extension {
  extensionName = "SlowReaderGuard";
  private readonly maxBufferedBytes: number;
  private readonly log: Logger;
  private readonly guarded = new WeakSet<object>();

  constructor(configuration: SlowReaderGuardConfiguration) {
    this.maxBufferedBytes = configuration.maxBufferedBytes;
    this.log = configuration.log;
  }

  async connected({ connection, socketId, documentName }: connectedPayload): Promise<void> {
    // Under Hocuspocus's Server this is ws's WebSocket (through crossws), which counts bufferedAmount.
    const socket = connection.webSocket as unknown as WebSocket;
    if (typeof socket.bufferedAmount !== "number" || this.guarded.has(socket)) return;
    this.guarded.add(socket);
    const send = socket.send.bind(socket);
    socket.send = ((...args: Parameters<WebSocket["send"]>) => {
      send(...args);
      if (socket.readyState !== 1 || socket.bufferedAmount <= this.maxBufferedBytes) return;
      this.log.warn(
        {
          socketId,
          documentName,
          bufferedBytes: socket.bufferedAmount,
          maxBufferedBytes: this.maxBufferedBytes,
          code: SlowReader.code,
        },
        "closed a connection that does not read what it is sent",
      );
      socket.close(SlowReader.code, SlowReader.reason);
    }) as WebSocket["send"];
  }
}
