import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { ClientAddress, clientAddressIn } from "./ClientAddress.ts";

function upgradeRequest(headers: Record<string, string>): IncomingMessage {
  return { headers: { ...headers }, socket: { remoteAddress: "192.0.2.7" } } as unknown as IncomingMessage;
}

describe("ClientAddress", () => {
  it("hands the later hooks the address resolved at the upgrade", async () => {
    const request = upgradeRequest({});
    await new ClientAddress((r) => r.socket.remoteAddress ?? "unknown").onUpgrade({ request } as never);
    expect(clientAddressIn(new Headers(request.headers as Record<string, string>))).toBe("192.0.2.7");
  });

  it("writes over an address a client sent under the same name, so it cannot be forged", async () => {
    const request = upgradeRequest({ "x-samplan-client-address": "10.9.9.9" });
    await new ClientAddress(() => "192.0.2.7").onUpgrade({ request } as never);
    expect(clientAddressIn(new Headers(request.headers as Record<string, string>))).toBe("192.0.2.7");
  });

  it("says unknown when nothing was resolved", () => {
    expect(clientAddressIn(new Headers())).toBe("unknown");
  });
});
