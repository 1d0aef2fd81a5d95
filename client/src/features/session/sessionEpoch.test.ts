import { describe, expect, it } from "vitest";
import { isThisSession, sessionBegan, sessionStamp, whileSessionChanges } from "./sessionEpoch.ts";

describe("which session an answer speaks of", () => {
  it("an answer to a request sent in this session is about this session", () => {
    expect(isThisSession(sessionStamp())).toBe(true);
  });

  it("an answer to a request sent before she signed in again is about the session before", () => {
    const sent = sessionStamp();
    sessionBegan();
    expect(isThisSession(sent)).toBe(false);
    expect(isThisSession(sessionStamp())).toBe(true);
  });

  it("while the tablet is handed over, no answer ends a session, and after it only new requests count", async () => {
    const before = sessionStamp();
    let during = 0;
    let whileChanging = true;
    let release = () => {};
    const handOver = whileSessionChanges(
      () =>
        new Promise<void>((resolve) => {
          release = resolve;
        }),
    );
    during = sessionStamp();
    whileChanging = isThisSession(before) || isThisSession(during);
    release();
    await handOver;
    expect(whileChanging).toBe(false);
    expect(isThisSession(before)).toBe(false);
    expect(isThisSession(during)).toBe(false);
    expect(isThisSession(sessionStamp())).toBe(true);
  });

  it("a hand-over that fails still leaves later requests counting", async () => {
    await expect(whileSessionChanges(() => Promise.reject(new Error("refused")))).rejects.toThrow("refused");
    expect(isThisSession(sessionStamp())).toBe(true);
  });
});
