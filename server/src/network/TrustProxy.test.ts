import { describe, expect, it } from "vitest";
import { ConfigError, readConfig } from "../config.ts";
import { parseTrustProxy } from "./TrustProxy.ts";

describe("SAMPLAN_TRUST_PROXY", () => {
  it.each([undefined, "", "false", "0", " 0 "])("%j trusts no proxy", (value) => {
    const trust = parseTrustProxy(value);
    expect(trust.description).toBe("no proxy");
    expect(trust.trusts("127.0.0.1", 0)).toBe(false);
  });

  it("a number trusts that many hops, whatever their addresses; true is one (deprecated)", () => {
    const two = parseTrustProxy("2");
    expect([0, 1, 2].map((hop) => two.trusts("198.51.100.1", hop))).toEqual([true, true, false]);
    const legacy = parseTrustProxy("true");
    expect([0, 1].map((hop) => legacy.trusts("198.51.100.1", hop))).toEqual([true, false]);
  });

  it("a list trusts the addresses and ranges in it, IPv4 and IPv6, at any hop", () => {
    const trust = parseTrustProxy("10.0.0.0/8, 192.168.1.5,fd00::/8, loopback");
    expect(trust.description).toBe("10.0.0.0/8, 192.168.1.5, fd00::/8, loopback");
    for (const address of ["10.1.2.3", "192.168.1.5", "fd12::1", "127.0.0.1", "::1", "::ffff:10.0.0.9"]) {
      expect(trust.trusts(address, 3), address).toBe(true);
    }
    for (const address of ["11.0.0.1", "192.168.1.6", "fe80::1", "2001:db8::1", "not an address"]) {
      expect(trust.trusts(address, 0), address).toBe(false);
    }
  });

  it.each(["yes", "10.0.0.0/33", "10.0.0.300", "fd00::/129", "nginx", "-1", "1.5", "11"])(
    "refuses %j at start-up with a message naming the variable",
    (value) => {
      expect(() => readConfig({ SAMPLAN_TRUST_PROXY: value })).toThrow(ConfigError);
      expect(() => readConfig({ SAMPLAN_TRUST_PROXY: value })).toThrow(/SAMPLAN_TRUST_PROXY: .+/);
    },
  );
});
