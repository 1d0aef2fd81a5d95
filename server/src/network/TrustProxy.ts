import proxyaddr from "proxy-addr";

/**
 * Which proxies in front of Samplan may say who the client is (SAMPLAN_TRUST_PROXY). Only what a
 * trusted proxy appended to X-Forwarded-For is believed; everything left of it the client wrote.
 */
export interface TrustProxy {
  /** As configured, for messages: "no proxy", "2 hops", "10.0.0.0/8, ::1". */
  readonly description: string;
  /** Whether the address `hop` steps from us (0: the socket's peer) is one of our proxies. */
  readonly trusts: (address: string, hop: number) => boolean;
}

export const TRUST_NO_PROXY: TrustProxy = { description: "no proxy", trusts: () => false };

/**
 * Reads SAMPLAN_TRUST_PROXY: unset, `false` or `0` trusts no proxy; a whole number N trusts the N
 * proxies nearest to us, whatever their addresses; a comma-separated list of addresses and CIDR
 * ranges (IPv4 or IPv6, or proxy-addr's names `loopback`, `linklocal`, `uniquelocal`) trusts the
 * proxies in them. `true` is the old spelling of one proxy, kept so existing set-ups keep working.
 * Throws with a message saying what is wrong, for the configuration error.
 */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = value?.trim() ?? "";
  if (text === "" || text === "false" || text === "0") return TRUST_NO_PROXY;
  // Deprecated: "true" used to mean "believe X-Forwarded-For", which one proxy in front is.
  if (text === "true") return hops(1);
  if (/^\d+$/.test(text)) {
    const count = Number(text);
    if (count > 10) throw new Error(`${text} proxies in a row is not a set-up Samplan expects (at most 10)`);
    return hops(count);
  }
  const ranges = text
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  try {
    const trusted = proxyaddr.compile(ranges);
    return { description: ranges.join(", "), trusts: (address) => trusted(address, 0) };
  } catch (error) {
    throw new Error(
      `must be false, a number of proxies, or a comma-separated list of addresses and CIDR ranges (${(error as Error).message})`,
    );
  }
}

function hops(count: number): TrustProxy {
  if (count === 0) return TRUST_NO_PROXY;
  return { description: `${count} ${count === 1 ? "hop" : "hops"}`, trusts: (_address, hop) => hop < count };
}
