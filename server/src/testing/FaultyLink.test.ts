import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { FaultyLink } from "./FaultyLink.ts";

// The echo end gets the RST too when the link is cut; that is expected, not a failure.
const echo = net.createServer((socket) => socket.on("error", () => {}).pipe(socket));
let link: FaultyLink | undefined;
afterEach(async () => {
  await link?.close();
});

function listen(): Promise<number> {
  return new Promise((resolve) => {
    if (echo.listening) resolve((echo.address() as net.AddressInfo).port);
    else echo.listen(0, "127.0.0.1", () => resolve((echo.address() as net.AddressInfo).port));
  });
}

function connect(port: number): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1", () => resolve(socket));
    socket.once("error", reject);
  });
}

describe("FaultyLink", () => {
  it("forwards, drops open connections when cut, refuses new ones until restored", async () => {
    link = await FaultyLink.open(await listen());
    const socket = await connect(link.port);
    socket.write("hej");
    expect((await new Promise<Buffer>((resolve) => socket.once("data", resolve))).toString()).toBe("hej");

    const closed = new Promise<void>((resolve) => socket.once("close", () => resolve()));
    socket.on("error", () => {});
    link.cut();
    await closed;
    expect(link.cuts).toBe(1);

    const refused = await connect(link.port).then(
      (late) =>
        new Promise<boolean>((resolve) => {
          late.on("error", () => {});
          late.once("close", () => resolve(true));
        }),
      () => true,
    );
    expect(refused).toBe(true);

    link.restore();
    const again = await connect(link.port);
    again.write("igen");
    expect((await new Promise<Buffer>((resolve) => again.once("data", resolve))).toString()).toBe("igen");
    again.destroy();
    echo.close();
  });
});
