// How a light bench client frames its messages for each server it measures. Both speak Yjs's
// sync protocol (y-protocols); they differ in the envelope around it.
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as sync from "y-protocols/sync";
import type * as Y from "yjs";

export type WireName = "hocuspocus" | "y-websocket";

export interface Wire {
  /** Where a participant of this document connects. */
  url(base: string, documentName: string): string;
  /** What a participant sends once the socket opens: authentication if any, then sync step 1. */
  hello(documentName: string, token: string, doc: Y.Doc): Uint8Array[];
  /** A local update, sent to the server. */
  update(documentName: string, update: Uint8Array): Uint8Array;
  /** A decoder at the start of the sync message inside, or null for anything else (awareness, auth…). */
  sync(data: Uint8Array): decoding.Decoder | null;
}

/** Hocuspocus multiplexes documents over one socket: every message starts with the document's name. */
const hocuspocus: Wire = {
  url: (base) => base,
  hello: (name, token, doc) => [
    frame((e) => {
      encoding.writeVarString(e, name);
      encoding.writeVarUint(e, 2); // Auth
      encoding.writeVarUint(e, 0); // Token
      encoding.writeVarString(e, token);
    }),
    frame((e) => {
      encoding.writeVarString(e, name);
      encoding.writeVarUint(e, 0);
      sync.writeSyncStep1(e, doc);
    }),
  ],
  update: (name, update) =>
    frame((e) => {
      encoding.writeVarString(e, name);
      encoding.writeVarUint(e, 0);
      sync.writeUpdate(e, update);
    }),
  sync: (data) => {
    const decoder = decoding.createDecoder(data);
    decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    // 0 is Sync, 4 SyncReply: the same payload.
    return type === 0 || type === 4 ? decoder : null;
  },
};

/** y-websocket has one document per socket, named by the URL path, and no authentication. */
const yWebsocket: Wire = {
  url: (base, name) => `${base}/${encodeURIComponent(name)}`,
  hello: (_name, _token, doc) => [
    frame((e) => {
      encoding.writeVarUint(e, 0);
      sync.writeSyncStep1(e, doc);
    }),
  ],
  update: (_name, update) =>
    frame((e) => {
      encoding.writeVarUint(e, 0);
      sync.writeUpdate(e, update);
    }),
  sync: (data) => {
    const decoder = decoding.createDecoder(data);
    return decoding.readVarUint(decoder) === 0 ? decoder : null;
  },
};

function frame(write: (e: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

export const wires: Record<WireName, Wire> = { hocuspocus, "y-websocket": yWebsocket };
