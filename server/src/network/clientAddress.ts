import net from "node:net";
import proxyaddr from "proxy-addr";
import type { TrustProxy } from "./TrustProxy.ts";

/** What the address is read from: Node's request (the HTTP API's and the websocket upgrade's). */
export interface AddressedRequest {
  headers: Record<string, string | string[] | undefined>;
  socket: { remoteAddress?: string | undefined };
}

/**
 * The client's address, for rate limits, logs and the /metrics check. Walks the chain from us
 * outwards (the socket's peer, then X-Forwarded-For from the right), passing proxies we trust,
 * and takes the first address we do not: the rightmost one no proxy of ours vouches for. Never
 * the leftmost entry, which the client writes itself and so can be anything.
 */
export function clientAddress(request: AddressedRequest, trust: TrustProxy): string {
  const socketAddress = request.socket.remoteAddress;
  if (!socketAddress) return "unknown";
  const forwarded = request.headers["x-forwarded-for"];
  const chain = proxyaddr.all(
    {
      // Node joins repeated X-Forwarded-For headers; an array only comes from a hand-made request.
      headers: { "x-forwarded-for": Array.isArray(forwarded) ? forwarded.join(",") : forwarded },
      socket: { remoteAddress: socketAddress },
      // proxy-addr reads only these two of Node's request; its types ask for the whole of it.
    } as unknown as Parameters<typeof proxyaddr.all>[0],
    trust.trusts,
  );
  // The last address reached is the client; if it is not an address at all (a proxy passed on
  // garbage), the trusted proxy that handed it over stands in for it, as the best we know.
  const reached = chain.findLast((address) => net.isIP(address) !== 0) ?? socketAddress;
  return withoutIpv4Mapping(reached);
}

const LOOPBACK = proxyaddr.compile("loopback");

/** 127.0.0.0/8 or ::1 (IPv4-mapped too). */
export function isLoopback(address: string): boolean {
  return net.isIP(address) !== 0 && LOOPBACK(address, 0);
}

// A dual-stack socket reports an IPv4 peer as ::ffff:192.0.2.1; one client keeps one key either way.
function withoutIpv4Mapping(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  return mapped?.[1] ?? address;
}
