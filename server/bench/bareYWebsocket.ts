// The other bare library: y-websocket's reference server (no auth, no storage), for comparison.
// @y/websocket-server is pinned at 0.1.1, its last release for Yjs 13; later ones need Yjs 14.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { setupWSConnection } from "@y/websocket-server/utils";
import { WebSocketServer } from "ws";

const server = http.createServer((_request, response) => response.writeHead(404).end());
const sockets = new WebSocketServer({ server });
// The document's name is the request path, as y-websocket's own server takes it.
sockets.on("connection", (socket, request) => setupWSConnection(socket, request));
server.listen(0, "127.0.0.1", () => {
  console.log(JSON.stringify({ port: (server.address() as AddressInfo).port, msg: "listening" }));
});
for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, () => process.exit(0));
