import path from "node:path";
import { Server } from "@hocuspocus/server";
import { parseDocumentName } from "@samplan/shared/vocabulary";
import { Redis as IORedis } from "ioredis";
import { Access } from "./access/Access.ts";
import { LiveConnections } from "./access/LiveConnections.ts";
import { RedisAccessRelay } from "./access/RedisAccessRelay.ts";
import { RefusedConnections } from "./access/RefusedConnections.ts";
import { createAccessLimits } from "./auth/AccessLimits.ts";
import { ConnectionTokens } from "./auth/ConnectionTokens.ts";
import { DeviceKeys } from "./auth/DeviceKeys.ts";
import { OidcSignIn } from "./auth/OidcSignIn.ts";
import { SetupCode } from "./auth/SetupCode.ts";
import { loadTokenSecret } from "./auth/tokenSecret.ts";
import { CaseData } from "./cases/CaseData.ts";
import { askAgainWhileDatabaseIsDown } from "./collaboration/databaseOutage.ts";
import { StorageHealth } from "./collaboration/StorageHealth.ts";
import { StoreQueue } from "./collaboration/StoreQueue.ts";
import type { Config } from "./config.ts";
import { AccessDeadline } from "./extensions/AccessDeadline.ts";
import { AccessGuard } from "./extensions/AccessGuard.ts";
import { Attribution } from "./extensions/Attribution.ts";
import { AuditTrail } from "./extensions/AuditTrail.ts";
import { Authentication } from "./extensions/Authentication.ts";
import { ChairClock } from "./extensions/ChairClock.ts";
import { ClientAddress } from "./extensions/ClientAddress.ts";
import { ConnectionLog } from "./extensions/ConnectionLog.ts";
import { ConnectionThrottle } from "./extensions/ConnectionThrottle.ts";
import { DocumentPersistence } from "./extensions/DocumentPersistence.ts";
import { HttpApi } from "./extensions/HttpApi.ts";
import { MeetingGate } from "./extensions/MeetingGate.ts";
import { MeetingSnapshots } from "./extensions/MeetingSnapshots.ts";
import { MetricsCollector } from "./extensions/MetricsCollector.ts";
import { PresenceIdentity } from "./extensions/PresenceIdentity.ts";
import { ReconnectingRedis } from "./extensions/ReconnectingRedis.ts";
import { SectionGuard } from "./extensions/SectionGuard.ts";
import { SlowReaderGuard } from "./extensions/SlowReaderGuard.ts";
import { UnloadDelay } from "./extensions/UnloadDelay.ts";
import { WebsocketPath } from "./extensions/WebsocketPath.ts";
import { createApp } from "./http/createApp.ts";
import type { Readiness } from "./http/routes/healthRoutes.ts";
import type { Services } from "./http/Services.ts";
import type { Logger } from "./logger.ts";
import { MailSchedule } from "./mail/MailSchedule.ts";
import { SmtpSender } from "./mail/MailSender.ts";
import { OutboxSender } from "./mail/OutboxSender.ts";
import { MeetingRatings } from "./meetingRating/MeetingRatings.ts";
import { MeetingPlanner } from "./meetings/MeetingPlanner.ts";
import { MeetingRecord } from "./meetings/MeetingRecord.ts";
import { clientAddress } from "./network/clientAddress.ts";
import { Metrics } from "./observability/Metrics.ts";
import { CitizenPreparation } from "./preparation/CitizenPreparation.ts";
import { planWriter } from "./steps/planWriter.ts";
import { StepFollowUp } from "./steps/StepFollowUp.ts";
import type { AuditLog } from "./storage/AuditLog.ts";
import { AuthorRepository } from "./storage/AuthorRepository.ts";
import { DocumentStore } from "./storage/DocumentStore.ts";
import { openDatabase } from "./storage/openDatabase.ts";
import { inTransaction, repositoriesOn } from "./storage/repositories.ts";

export const COLLABORATION_PATH = "/collaboration";

export interface SamplanServer {
  /** The port actually listened on (PORT=0 picks a free one). */
  port: number;
  url: string;
  documents: DocumentStore;
  audit: AuditLog;
  /** The code that creates the first coordinator; null once one exists. */
  setupCode: string | null;
  /** How many meeting documents are in memory now. */
  loadedDocuments(): number;
  /** Sends what is due in the outbox; null when no mail server is configured. */
  outbox: OutboxSender | null;
  /** Stops accepting connections, stores every loaded document and closes the database. */
  close(): Promise<void>;
}

/** Opens storage, composes the Hocuspocus extensions and the HTTP API, and listens. */
export async function startSamplanServer(config: Config, log: Logger): Promise<SamplanServer> {
  const database = await openDatabase(
    config.databaseUrl ? { postgresUrl: config.databaseUrl } : { sqliteFile: config.databaseFile },
    { log: log.child({ component: "WalCheckpointer" }) },
  );
  const { db } = database;
  const repos = repositoriesOn(db);
  const documents = new DocumentStore(db, database.dialect);
  const { audit } = repos;
  const authors = new AuthorRepository(db);
  const access = new Access(repos);
  const tokenSecret = loadTokenSecret(config.dataDir, config.tokenSecret);
  const tokens = new ConnectionTokens(tokenSecret);
  const live = new LiveConnections();
  const setup = new SetupCode(config.dataDir);
  const setupCode = (await repos.accounts.count()) === 0 ? setup.ensure() : null;
  if (setupCode) {
    log.warn({ setupCode }, "No coordinator exists yet: open Samplan in a browser and create one with this setup code");
  }

  const metrics = new Metrics();
  // Several instances share meetings through Redis: updates and awareness are relayed between
  // them, so participants on different instances co-edit one document.
  const redis = config.redisUrl ? new IORedis(config.redisUrl, { maxRetriesPerRequest: 2, lazyConnect: false }) : null;
  // Changes of access (a revoked invitation, a closed meeting…) reach the connections on every
  // instance, not only on the one that served the HTTP call; see LiveConnections.
  const accessSubscriber = config.redisUrl ? new IORedis(config.redisUrl) : null;
  const accessRelay =
    redis && accessSubscriber
      ? new RedisAccessRelay({
          publisher: redis,
          subscriber: accessSubscriber,
          prefix: "samplan",
          apply: (change) => live.apply(change),
          applyUnknown: () => live.applyUnknown(),
          log: log.child({ component: "RedisAccessRelay" }),
        })
      : null;
  // A full disk or a read-only data directory: edits are held, and /readyz says why.
  const storage = new StorageHealth({
    log: log.child({ component: "StorageHealth" }),
    dataDir: config.databaseUrl ? undefined : path.dirname(config.databaseFile),
  });
  const readiness: Readiness = {
    problems: (): Record<string, string> => {
      const problem = storage.problem();
      return problem ? { storage: problem } : {};
    },
    checks: {
      database: database.ping,
      storage: async () => storage.problem() === undefined,
      ...(redis ? { redis: async () => (await redis.ping()) === "PONG" } : {}),
    },
  };

  // The HTTP routes change plans through Hocuspocus, which is made with (and after) them.
  const plans = planWriter();
  const mailSchedule = new MailSchedule(config.mail !== null);
  const services: Services = {
    ...repos,
    config,
    log,
    transaction: (work) => inTransaction(db, work),
    documents,
    mailSchedule,
    planner: new MeetingPlanner(db, repos.cases, documents, mailSchedule),
    record: new MeetingRecord(db, documents, authors, mailSchedule),
    caseData: new CaseData(db, documents, audit, authors),
    stepFollowUp: new StepFollowUp({
      repos,
      documents,
      authors,
      plans: plans.writer,
      transaction: (work) => inTransaction(db, work),
    }),
    preparation: new CitizenPreparation({
      repos,
      documents,
      authors,
      plans: plans.writer,
      transaction: (work) => inTransaction(db, work),
    }),
    meetingRating: new MeetingRatings({ repos, transaction: (work) => inTransaction(db, work) }),
    access,
    tokens,
    live,
    deviceKeys: new DeviceKeys(tokenSecret),
    setup,
    oidc: config.oidc ? new OidcSignIn(config.oidc, tokenSecret) : null,
    metrics,
    readiness,
    // With Redis, every instance counts into one count: several instances do not multiply guesses.
    limits: createAccessLimits({ redis, signInFailuresPerAddress: config.signInFailuresPerAddress }),
  };

  const unloadDelay = new UnloadDelay(config.unloadDelayMs);
  // Compactions and snapshots of every meeting, one at a time (see StoreQueue).
  const stores = new StoreQueue();
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
      new ConnectionThrottle({
        perMinute: config.connectionsPerMinute,
        trustProxy: config.trustProxy,
        // One count over every instance, as the sign-in limits.
        redis,
        log,
      }),
      // Behind a trusted proxy, the address it forwarded (SAMPLAN_TRUST_PROXY), as ConnectionThrottle.
      new ClientAddress((request) => clientAddress(request, config.trustProxy)),
      new WebsocketPath(COLLABORATION_PATH),
      new MeetingGate({ meetings: repos.meetings, log: log.child({ extension: "MeetingGate" }) }),
      new AccessGuard({ live, log: log.child({ extension: "AccessGuard" }) }),
      new AccessDeadline({ access, live, log: log.child({ extension: "AccessDeadline" }) }),
      new Authentication({
        tokens,
        access,
        refused: new RefusedConnections({ redis, audit, log: log.child({ part: "RefusedConnections" }) }),
        metrics,
        log: log.child({ extension: "Authentication" }),
      }),
      new SectionGuard({ audit, log: log.child({ extension: "SectionGuard" }) }),
      new Attribution({
        authors,
        audit,
        log: log.child({ extension: "Attribution" }),
        accountsOnCase: async (meetingId) => {
          const caseId = (await repos.meetings.state(meetingId))?.caseId;
          return caseId
            ? { caseId, accounts: await repos.roster.accountsEverOn(caseId) }
            : { caseId: "", accounts: new Map() };
        },
      }),
      ...(config.redisUrl
        ? [
            new ReconnectingRedis({
              createClient: () => new IORedis(config.redisUrl as string),
              prefix: "samplan",
              log: log.child({ extension: "Redis" }),
            }),
          ]
        : []),
      new DocumentPersistence({
        store: documents,
        health: storage,
        log: log.child({ extension: "DocumentPersistence" }),
        metrics,
        stillExists: (name) => {
          const meetingId = parseDocumentName(name)?.meetingId;
          return meetingId ? repos.meetings.exists(meetingId) : Promise.resolve(false);
        },
        stores,
      }),
      new MeetingSnapshots({
        snapshotIfDue: (meetingId, everyMs) => services.record.snapshotIfDue(meetingId, everyMs),
        everyMs: config.snapshotEveryMs,
        log: log.child({ extension: "MeetingSnapshots" }),
        stores,
      }),
      new MetricsCollector(metrics),
      unloadDelay,
      new ChairClock(),
      new PresenceIdentity(),
      new AuditTrail({ audit, log }),
      new ConnectionLog(log),
      new SlowReaderGuard({
        maxBufferedBytes: config.maxBufferedBytes,
        log: log.child({ extension: "SlowReaderGuard" }),
      }),
      new HttpApi(createApp(services)),
    ].map((extension) => askAgainWhileDatabaseIsDown(extension, log)),
  });
  live.attach(server.hocuspocus, accessRelay);
  plans.attach(server.hocuspocus);
  // Subscribed before listening: no connection is let in here that a change could miss.
  await accessRelay?.start();
  await server.listen();
  // Node closes an idle kept-alive connection after 5 s; a client (a proxy, or a browser's request
  // context) that sends on it at that moment gets ECONNRESET. Idle connections stay longer than
  // the usual proxy's 60 s, so the proxy, not Samplan, is the one to close them.
  server.httpServer.keepAliveTimeout = 65_000;
  server.httpServer.headersTimeout = 66_000;
  const port = server.address.port;
  const url = `http://${config.host.includes(":") ? `[${config.host}]` : config.host}:${port}`;
  const outbox = config.mail
    ? new OutboxSender({
        repos,
        documents,
        steps: services.stepFollowUp,
        mail: new SmtpSender({
          url: config.mail.smtpUrl,
          from: config.mail.from,
          timeoutMs: Math.floor(config.mail.leaseMs / 4),
        }),
        from: config.mail.from,
        origin: config.publicOrigin ?? url,
        log: log.child({ component: "OutboxSender" }),
        pollMs: config.mail.pollMs,
        leaseMs: config.mail.leaseMs,
        firstRetryMs: config.mail.firstRetryMs,
        maxRetryMs: 30 * 60_000,
        giveUpMs: 3 * 86_400_000,
      })
    : null;
  outbox?.start();

  let closing: Promise<void> | undefined;
  return {
    port,
    url,
    outbox,
    documents,
    audit,
    setupCode,
    loadedDocuments: () => server.hocuspocus.getDocumentsCount(),
    close: () => {
      closing ??= (async () => {
        unloadDelay.releaseAll();
        await outbox?.stop();
        await server.destroy();
        accessSubscriber?.disconnect();
        redis?.disconnect();
        await db.destroy();
      })();
      return closing;
    },
  };
}
