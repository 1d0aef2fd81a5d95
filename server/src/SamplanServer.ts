import { Server } from "@hocuspocus/server";
import type { Config } from "./config.ts";
import { ConnectionLog } from "./extensions/ConnectionLog.ts";
import { DocumentPersistence } from "./extensions/DocumentPersistence.ts";
import { HttpApi } from "./extensions/HttpApi.ts";
import { MeetingGate } from "./extensions/MeetingGate.ts";
import { WebsocketPath } from "./extensions/WebsocketPath.ts";
import { createApp } from "./http/createApp.ts";
import type { Logger } from "./logger.ts";
import { CaseRepository } from "./storage/CaseRepository.ts";
import { DocumentStore } from "./storage/DocumentStore.ts";
import { openSqlite } from "./storage/openSqlite.ts";

export const COLLABORATION_PATH = "/collaboration";

export interface SamplanServer {
  /** The port actually listened on (PORT=0 picks a free one). */
  port: number;
  url: string;
  documents: DocumentStore;
  /** How many meeting documents are in memory now. */
  loadedDocuments(): number;
  /** Stops accepting connections, stores every loaded document and closes the database. */
  close(): Promise<void>;
}

/** Opens storage, composes the Hocuspocus extensions and the HTTP API, and listens. */
export async function startSamplanServer(config: Config, log: Logger): Promise<SamplanServer> {
  const { db, sqlite } = await openSqlite(config.databaseFile);
  const cases = new CaseRepository(db);
  const documents = new DocumentStore(db, sqlite);

  const server = new Server({
    name: "samplan",
    port: config.port,
    address: config.host,
    quiet: true,
    // main.ts handles signals, so it can close the database after Hocuspocus has stored everything.
    stopOnSignals: false,
    debounce: config.storeDebounceMs,
    maxDebounce: Math.max(10_000, config.storeDebounceMs),
    websocketOptions: { maxPayload: config.maxMessageBytes },
    extensions: [
      new WebsocketPath(COLLABORATION_PATH),
      new MeetingGate(cases, log.child({ extension: "MeetingGate" })),
      new DocumentPersistence(documents, log.child({ extension: "DocumentPersistence" })),
      new ConnectionLog(log),
      new HttpApi(createApp({ cases, log, clientDir: config.clientDir })),
    ],
  });
  await server.listen();
  const port = server.address.port;

  let closing: Promise<void> | undefined;
  return {
    port,
    url: `http://${config.host.includes(":") ? `[${config.host}]` : config.host}:${port}`,
    documents,
    loadedDocuments: () => server.hocuspocus.getDocumentsCount(),
    close: () => {
      closing ??= (async () => {
        await server.destroy();
        await db.destroy();
      })();
      return closing;
    },
  };
}
