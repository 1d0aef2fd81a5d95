import type { beforeHandleMessagePayload, Extension } from "@hocuspocus/server";
import { describe, expect, it } from "vitest";
import { createLogger } from "../logger.ts";
import { askAgainWhileDatabaseIsDown, SERVER_UNAVAILABLE } from "./databaseOutage.ts";

const log = createLogger("silent");
const payload = {} as beforeHandleMessagePayload;
const unreachable = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });

/** An extension whose beforeHandleMessage does what `hook` does, with itself as `this`. */
function extensionThat(hook: (self: Extension) => Promise<unknown>): Extension {
  const extension: Extension = {
    extensionName: "Probe",
    beforeHandleMessage(this: Extension) {
      return hook(this);
    },
  };
  return askAgainWhileDatabaseIsDown(extension, log);
}

describe("askAgainWhileDatabaseIsDown", () => {
  it("asks the client to come back when the database cannot be reached", async () => {
    const extension = extensionThat(async () => {
      throw unreachable;
    });
    await expect(extension.beforeHandleMessage!(payload)).rejects.toEqual({ reason: SERVER_UNAVAILABLE });
  });

  it("does so as a rejected promise for a hook that throws before it returns one", async () => {
    const extension = extensionThat(() => {
      throw unreachable;
    });
    const answer = extension.beforeHandleMessage!(payload);
    expect(answer).toBeInstanceOf(Promise);
    await expect(answer).rejects.toEqual({ reason: SERVER_UNAVAILABLE });
  });

  it("passes any other refusal or error on as it was", async () => {
    const refusal = { reason: "access-changed" };
    await expect(
      extensionThat(async () => {
        throw refusal;
      }).beforeHandleMessage!(payload),
    ).rejects.toBe(refusal);
    const bug = new Error("a bug");
    await expect(
      extensionThat(() => {
        throw bug;
      }).beforeHandleMessage!(payload),
    ).rejects.toBe(bug);
  });

  it("answers what the hook answers, called on its own extension", async () => {
    let called: Extension | undefined;
    const extension = extensionThat(async (self) => {
      called = self;
      return "context";
    });
    await expect(extension.beforeHandleMessage!(payload)).resolves.toBe("context");
    expect(called).toBe(extension);
  });
});
