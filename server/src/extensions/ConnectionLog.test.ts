import { Writable } from "node:stream";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { ConnectionLog } from "./ConnectionLog.ts";

describe("ConnectionLog", () => {
  it("writes one line when a connection joins or leaves a document: ids and counts, nothing of the plan", async () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(JSON.parse(String(chunk)));
        done();
      },
    });
    const log = new ConnectionLog(pino({ level: "info" }, sink));
    const documentName = "meeting:0d7c1a6e-5b1f-4a43-9c1e-2f3a4b5c6d7e";
    const context = { name: "Karin Holm", memberId: "m1" };
    await log.connected({ documentName, socketId: "s1", context } as never);
    await log.onDisconnect({ documentName, socketId: "s1", clientsCount: 0, context } as never);
    expect(
      lines.map(({ msg, socketId, documentName: name, clientsCount }) => ({ msg, socketId, name, clientsCount })),
    ).toEqual([
      { msg: "joined document", socketId: "s1", name: documentName, clientsCount: undefined },
      { msg: "left document", socketId: "s1", name: documentName, clientsCount: 0 },
    ]);
    // The person is in the audit trail, not in the log.
    expect(JSON.stringify(lines)).not.toContain("Karin");
  });
});
