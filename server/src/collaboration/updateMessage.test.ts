import { MessageType } from "@hocuspocus/server";
import * as encoding from "lib0/encoding";
import { describe, expect, it } from "vitest";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import { documentUpdateIn } from "./updateMessage.ts";

/** A message as a Hocuspocus provider sends it: the document's name, the message type, the body. */
function message(type: MessageType, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, "meeting:0d7c1a6e-5b1f-4a43-9c1e-2f3a4b5c6d7e");
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

describe("the update in a message", () => {
  const doc = new Y.Doc();
  doc.getMap("goals").set("a", 1);
  const update = Y.encodeStateAsUpdate(doc);

  it("is the Yjs update of a sync update, read once however many extensions ask", () => {
    const sent = message(MessageType.Sync, (encoder) => syncProtocol.writeUpdate(encoder, update));
    const read = documentUpdateIn(sent);
    expect(read).toEqual(update);
    expect(documentUpdateIn(sent)).toBe(read);
  });

  it("is nothing for other messages, and for bytes Yjs cannot read", () => {
    expect(documentUpdateIn(message(MessageType.Sync, (encoder) => syncProtocol.writeSyncStep1(encoder, doc)))).toBe(
      null,
    );
    expect(documentUpdateIn(message(MessageType.Awareness, (encoder) => encoding.writeVarUint(encoder, 0)))).toBe(null);
    const broken = message(MessageType.Sync, (encoder) => syncProtocol.writeUpdate(encoder, new Uint8Array([9, 9, 9])));
    expect(documentUpdateIn(broken)).toBe(null);
    expect(documentUpdateIn(new Uint8Array([1]))).toBe(null);
  });
});
