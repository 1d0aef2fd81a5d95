import { MessageType } from "@hocuspocus/server";
import * as decoding from "lib0/decoding";
import * as Y from "yjs";

// y-protocols' sync message types.
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

// Every extension that looks at a message's update (Attribution, DocumentPersistence) is handed
// the same bytes in beforeHandleMessage; each message is read and checked once, not once each.
const read = new WeakMap<Uint8Array, Uint8Array | null>();

/**
 * The Yjs update a Hocuspocus message carries (sync step 2 or an update), or null for any other
 * message. Yjs must be able to read it: anything else is left for Hocuspocus to refuse, and
 * never stored.
 */
export function documentUpdateIn(message: Uint8Array): Uint8Array | null {
  const known = read.get(message);
  if (known !== undefined) return known;
  const update = decode(message);
  read.set(message, update);
  return update;
}

function decode(message: Uint8Array): Uint8Array | null {
  try {
    const decoder = decoding.createDecoder(message);
    decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    if (type !== MessageType.Sync && type !== MessageType.SyncReply) return null;
    const syncType = decoding.readVarUint(decoder);
    if (syncType !== SYNC_STEP_2 && syncType !== SYNC_UPDATE) return null;
    const update = decoding.readVarUint8Array(decoder);
    Y.decodeUpdate(update);
    return update;
  } catch {
    return null;
  }
}
