import { describe, expect, it } from "vitest";
import { clientAddress, isLoopback } from "./clientAddress.ts";
import { parseTrustProxy } from "./TrustProxy.ts";

/** A request that reached us from `peer`, with X-Forwarded-For as given. */
function from(peer: string, forwardedFor?: string | string[]) {
  return { socket: { remoteAddress: peer }, headers: { "x-forwarded-for": forwardedFor } };
}

describe("clientAddress", () => {
  it("is the socket's peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    const none = parseTrustProxy(undefined);
    expect(clientAddress(from("203.0.113.7"), none)).toBe("203.0.113.7");
    expect(clientAddress(from("203.0.113.7", "198.51.100.1"), none)).toBe("203.0.113.7");
  });

  it("behind N hops, is the address the Nth proxy saw, not the leftmost the client wrote", () => {
    const one = parseTrustProxy("1");
    // nginx appended the address it saw (203.0.113.7) to what the client sent.
    expect(clientAddress(from("10.0.0.2", "1.1.1.1, 203.0.113.7"), one)).toBe("203.0.113.7");
    expect(clientAddress(from("10.0.0.2", "203.0.113.7"), one)).toBe("203.0.113.7");
    const two = parseTrustProxy("2");
    // A load balancer (10.0.0.1) in front of nginx (10.0.0.2).
    expect(clientAddress(from("10.0.0.2", "6.6.6.6, 203.0.113.7, 10.0.0.1"), two)).toBe("203.0.113.7");
    // Fewer entries than hops: the farthest address known.
    expect(clientAddress(from("10.0.0.2"), two)).toBe("10.0.0.2");
    expect(clientAddress(from("10.0.0.2", "203.0.113.7"), two)).toBe("203.0.113.7");
  });

  it("with CIDR ranges, walks from the right past the trusted proxies to the first untrusted address", () => {
    const trust = parseTrustProxy("10.0.0.0/8");
    expect(clientAddress(from("10.0.0.2", "6.6.6.6, 203.0.113.7, 10.0.0.1"), trust)).toBe("203.0.113.7");
    // A client that writes a trusted-looking address itself only moves the walk to its own address.
    expect(clientAddress(from("10.0.0.2", "10.9.9.9, 203.0.113.7"), trust)).toBe("203.0.113.7");
    // A peer outside the ranges is the client; what it forwards is not believed.
    expect(clientAddress(from("198.51.100.9", "203.0.113.7"), trust)).toBe("198.51.100.9");
  });

  it("handles IPv6, and IPv4 as a dual-stack socket reports it", () => {
    const trust = parseTrustProxy("fd00::/8, ::1");
    expect(clientAddress(from("fd00::2", "2001:db8::bad, 2001:db8::7"), trust)).toBe("2001:db8::7");
    expect(clientAddress(from("::1", "203.0.113.7"), trust)).toBe("203.0.113.7");
    expect(clientAddress(from("::ffff:203.0.113.7"), parseTrustProxy(undefined))).toBe("203.0.113.7");
    expect(clientAddress(from("::ffff:10.0.0.2", "203.0.113.7"), parseTrustProxy("10.0.0.0/8"))).toBe("203.0.113.7");
  });

  it("survives a malformed header: garbage is never taken as the address", () => {
    const one = parseTrustProxy("1");
    // The entry a trusted proxy should have written is garbage: that proxy stands in for the client.
    expect(clientAddress(from("10.0.0.2", "not-an-ip"), one)).toBe("10.0.0.2");
    expect(clientAddress(from("10.0.0.2", ",,, "), one)).toBe("10.0.0.2");
    expect(clientAddress(from("10.0.0.2", "203.0.113.7 , ,junk"), one)).toBe("10.0.0.2");
    // Garbage the client wrote to the left is never reached.
    expect(clientAddress(from("10.0.0.2", "<script>, 203.0.113.7"), one)).toBe("203.0.113.7");
    // Repeated headers, as an array.
    expect(clientAddress(from("10.0.0.2", ["6.6.6.6", "203.0.113.7"]), one)).toBe("203.0.113.7");
    expect(clientAddress({ socket: {}, headers: {} }, one)).toBe("unknown");
  });
});

describe("isLoopback", () => {
  it.each([
    ["127.0.0.1", true],
    ["127.8.9.10", true],
    ["::1", true],
    ["::ffff:127.0.0.1", true],
    ["10.0.0.1", false],
    ["2001:db8::1", false],
    ["unknown", false],
  ])("%s → %s", (address, loopback) => {
    expect(isLoopback(address)).toBe(loopback);
  });
});
