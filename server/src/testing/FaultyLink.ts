import net from "node:net";

/**
 * A TCP proxy on loopback standing for one client's network: the test can cut it (every open
 * connection dropped abruptly, new ones refused) and restore it, as a train tunnel or a closed
 * laptop lid does. The client sees a dead socket, not a polite close from the server.
 */
export class FaultyLink {
  readonly port: number;
  private readonly server: net.Server;
  private readonly pairs = new Set<[net.Socket, net.Socket]>();
  private up = true;
  /** Connections cut so far, for the figures. */
  cuts = 0;

  private constructor(server: net.Server, port: number) {
    this.server = server;
    this.port = port;
  }

  /** Opens a link on a free loopback port that forwards to `targetPort`. */
  static open(targetPort: number): Promise<FaultyLink> {
    return new Promise((resolve, reject) => {
      const server = net.createServer();
      server.once("error", reject);
      server.listen(0, "127.0.0.1", () => {
        const link = new FaultyLink(server, (server.address() as net.AddressInfo).port);
        server.on("connection", (client) => link.forward(client, targetPort));
        resolve(link);
      });
    });
  }

  get isUp(): boolean {
    return this.up;
  }

  private forward(client: net.Socket, targetPort: number): void {
    // While cut, a new connection fails at once, as it does when the network is gone.
    if (!this.up) {
      client.resetAndDestroy();
      return;
    }
    const upstream = net.connect(targetPort, "127.0.0.1");
    const pair: [net.Socket, net.Socket] = [client, upstream];
    this.pairs.add(pair);
    const drop = () => {
      this.pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on("error", drop).on("close", drop);
    upstream.on("error", drop).on("close", drop);
    client.pipe(upstream);
    upstream.pipe(client);
  }

  /**
   * Drops every connection through the link and refuses new ones until `restore`. `reset` sends a
   * TCP RST (the connection dies mid-message); otherwise both ends get a bare FIN with no
   * websocket close frame.
   */
  cut(how: "reset" | "close" = "reset"): void {
    this.up = false;
    for (const [client, upstream] of this.pairs) {
      this.cuts++;
      if (how === "reset") {
        client.resetAndDestroy();
        upstream.resetAndDestroy();
      } else {
        client.end();
        upstream.end();
      }
    }
    this.pairs.clear();
  }

  restore(): void {
    this.up = true;
  }

  close(): Promise<void> {
    this.cut();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
