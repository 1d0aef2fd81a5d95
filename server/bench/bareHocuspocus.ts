// The bare library: Hocuspocus with no extensions at all (no auth, no storage), for comparison.
import { Server } from "@hocuspocus/server";

const server = new Server({ port: 0, address: "127.0.0.1", quiet: true, stopOnSignals: true });
await server.listen();
console.log(JSON.stringify({ port: server.address.port, msg: "listening" }));
