import path from "node:path";
import { z } from "zod";
import { parseTrustProxy, type TrustProxy } from "./network/TrustProxy.ts";

/**
 * Everything the server reads from its environment, parsed once at start-up. A bad value stops
 * the server with a message that names the variable, rather than surfacing later as a strange
 * failure in the middle of a meeting.
 */
const Environment = z.object({
  PORT: z.coerce
    .number({ error: "must be a port number" })
    .int("must be a whole number")
    .min(0, "must be 0–65535")
    .max(65535, "must be 0–65535")
    .default(3000),
  // Loopback until sign-in and roles exist: nobody else on the network can reach the meeting.
  HOST: z.string().trim().min(1, "must not be empty").default("127.0.0.1"),
  SAMPLAN_DATA_DIR: z.string().trim().min(1, "must not be empty").optional(),
  SAMPLAN_CLIENT_DIR: z.string().trim().min(1).optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  // A websocket message larger than this closes the connection. A meeting's whole document is a
  // few hundred kilobytes at most; pasting a long text is far below this.
  SAMPLAN_MAX_MESSAGE_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(64 * 1024 * 1024)
    .default(2 * 1024 * 1024),
  // What may wait to be sent to one participant whose device does not read (asleep with the socket
  // open, a link too slow for the meeting) before that connection is closed (4429, SlowReaderGuard).
  // Above the largest message, so a whole meeting's first sync fits in it.
  SAMPLAN_MAX_BUFFERED_BYTES: z.coerce
    .number({ error: "must be a number of bytes" })
    .int("must be a whole number of bytes")
    .min(64 * 1024, "must be at least 65536 bytes")
    .max(1024 * 1024 * 1024, "must be at most 1073741824 bytes")
    .default(8 * 1024 * 1024),
  // How long a document waits after the last edit before it is compacted in storage.
  SAMPLAN_STORE_DEBOUNCE_MS: z.coerce.number().int().min(0).max(60_000).default(2_000),
  // How long a meeting stays in memory after its last participant leaves (a reload comes back fast).
  // Websocket connection attempts per address per minute. A meeting room behind one NAT address
  // with a dozen devices reconnecting stays far below this; a flood does not.
  SAMPLAN_CONNECTIONS_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(240),
  // Wrong sign-ins per address per hour, over all accounts, before the address waits out the hour.
  // Staff behind one NAT share it: mistyped passwords of a whole office stay far below this.
  SAMPLAN_SIGN_IN_FAILURES_PER_ADDRESS: z.coerce
    .number({ error: "must be a number" })
    .int("must be a whole number")
    .min(1, "must be 1–100000")
    .max(100_000, "must be 1–100000")
    .default(100),
  // Which proxies in front may name the client in X-Forwarded-For: a number of hops, or their
  // addresses and CIDR ranges; unset, none (the socket's peer is the client). See TrustProxy.ts.
  SAMPLAN_TRUST_PROXY: z
    .string()
    .optional()
    .transform((value, context) => {
      try {
        return parseTrustProxy(value);
      } catch (error) {
        context.addIssue({ code: "custom", message: (error as Error).message });
        return z.NEVER;
      }
    }),
  // A version of a running meeting is kept at most this often, for its history.
  SAMPLAN_SNAPSHOT_MINUTES: z.coerce.number().min(0).max(1440).default(10),
  SAMPLAN_UNLOAD_DELAY_MS: z.coerce.number().int().min(0).max(3_600_000).default(30_000),
  // Signs connection tokens. Several instances must share one; alone, one is generated into the data dir.
  // PostgreSQL for production, e.g. postgres://samplan@db.internal/samplan; unset, one SQLite file.
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL")
    .optional(),
  // Redis, for several instances serving the same meetings.
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, "must be a redis:// URL")
    .optional(),
  SAMPLAN_TOKEN_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  // Lets a scraper elsewhere read /metrics (Authorization: Bearer …); unset, only loopback may.
  SAMPLAN_METRICS_TOKEN: z.string().min(32, "must be at least 32 characters (e.g. openssl rand -hex 32)").optional(),
  SAMPLAN_INVITATION_DAYS: z.coerce.number().int().min(1).max(90).default(14),
  SAMPLAN_JOIN_CODE_MINUTES: z.coerce.number().int().min(1).max(60).default(10),
  // A device nobody has touched for this long signs its staff session out (issue 19: a tablet left
  // on the table); while a meeting under way is open on it, the second, longer limit applies.
  SAMPLAN_IDLE_SIGN_OUT_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  SAMPLAN_IDLE_SIGN_OUT_MINUTES_IN_MEETING: z.coerce.number().int().min(1).max(1440).default(120),
  // Where browsers reach Samplan, e.g. https://samplan.kommune.dk; needed for OIDC's redirect.
  SAMPLAN_PUBLIC_URL: z.url({ error: "must be a URL such as https://samplan.example.dk" }).optional(),
  SAMPLAN_OIDC_ISSUER: z.url({ error: "must be the identity provider's issuer URL" }).optional(),
  SAMPLAN_OIDC_CLIENT_ID: z.string().min(1).optional(),
  SAMPLAN_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  // Only for a local test provider: openid-client refuses plain http otherwise.
  SAMPLAN_OIDC_ALLOW_HTTP: z.enum(["true", "false"]).default("false"),
  // E-mail (issue 18): invitations and reminders go out through this SMTP server, e.g.
  // smtps://user:password@smtp.kommune.dk:465; unset, Samplan sends no e-mail and schedules none.
  SAMPLAN_SMTP_URL: z
    .url({ error: "must be an smtp:// or smtps:// URL" })
    .regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL")
    .optional(),
  // The sender of Samplan's e-mails, e.g. "Samplan <samplan@kommune.dk>".
  SAMPLAN_MAIL_FROM: z.string().trim().min(3).max(200).optional(),
  // How often each instance looks for messages that are due, and how long it holds one it took.
  SAMPLAN_OUTBOX_POLL_MS: z.coerce.number().int().min(50).max(3_600_000).default(5_000),
  SAMPLAN_OUTBOX_LEASE_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(120_000),
  // The first wait after the mail server did not answer; it doubles each time, up to 30 minutes.
  SAMPLAN_MAIL_RETRY_MS: z.coerce.number().int().min(10).max(3_600_000).default(10_000),
  // "false": staff sign in only through OIDC, and accounts have no password. Only with OIDC set up.
  SAMPLAN_PASSWORD_SIGN_IN: z.enum(["true", "false"], { error: 'must be "true" or "false"' }).default("true"),
});

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  /** Where the provider sends the browser after signing out there; register it with the provider. */
  postLogoutRedirectUri: string;
  allowHttp: boolean;
}

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseFile: string;
  databaseUrl: string | undefined;
  redisUrl: string | undefined;
  clientDir: string;
  logLevel: z.infer<typeof Environment>["LOG_LEVEL"];
  maxMessageBytes: number;
  /** What may wait to be sent on one socket before it is closed as a slow reader. */
  maxBufferedBytes: number;
  storeDebounceMs: number;
  unloadDelayMs: number;
  snapshotEveryMs: number;
  connectionsPerMinute: number;
  signInFailuresPerAddress: number;
  trustProxy: TrustProxy;
  /** The origin browsers reach Samplan at (from SAMPLAN_PUBLIC_URL), e.g. https://samplan.kommune.dk. */
  publicOrigin: string | undefined;
  tokenSecret: string | undefined;
  /** The bearer token that lets a scraper not on loopback read /metrics. */
  metricsToken: string | undefined;
  invitationDays: number;
  joinCodeMinutes: number;
  /** Minutes without a touch before a device signs out: anywhere, and in a meeting under way. */
  idleSignOut: { minutes: number; inMeetingMinutes: number };
  oidc: OidcConfig | null;
  /** Whether staff may sign in with a password; false only alongside OIDC. */
  passwordSignIn: boolean;
  /** E-mail through SMTP; null when none is set up, and then nothing is sent or scheduled. */
  mail: MailConfig | null;
}

export interface MailConfig {
  smtpUrl: string;
  from: string;
  pollMs: number;
  /** Longer than one send may take: the SMTP timeouts are a quarter of it. */
  leaseMs: number;
  firstRetryMs: number;
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

export function readConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = Environment.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${problems.join("\n  ")}`);
  }
  const e = parsed.data;
  const oidcParts = [e.SAMPLAN_OIDC_ISSUER, e.SAMPLAN_OIDC_CLIENT_ID, e.SAMPLAN_OIDC_CLIENT_SECRET];
  if (oidcParts.some(Boolean) && !(oidcParts.every(Boolean) && e.SAMPLAN_PUBLIC_URL)) {
    throw new ConfigError(
      "Invalid configuration:\n  SAMPLAN_OIDC_ISSUER, SAMPLAN_OIDC_CLIENT_ID, SAMPLAN_OIDC_CLIENT_SECRET and SAMPLAN_PUBLIC_URL go together: set all four or none",
    );
  }
  if (e.SAMPLAN_PASSWORD_SIGN_IN === "false" && !e.SAMPLAN_OIDC_ISSUER) {
    throw new ConfigError(
      "Invalid configuration:\n  SAMPLAN_PASSWORD_SIGN_IN: may be false only when OIDC is set up (SAMPLAN_OIDC_ISSUER and the rest); otherwise nobody could sign in",
    );
  }
  if (e.SAMPLAN_IDLE_SIGN_OUT_MINUTES_IN_MEETING < e.SAMPLAN_IDLE_SIGN_OUT_MINUTES) {
    throw new ConfigError(
      "Invalid configuration:\n  SAMPLAN_IDLE_SIGN_OUT_MINUTES_IN_MEETING: must be at least SAMPLAN_IDLE_SIGN_OUT_MINUTES (a meeting keeps a device signed in longer, not shorter)",
    );
  }
  if (Boolean(e.SAMPLAN_SMTP_URL) !== Boolean(e.SAMPLAN_MAIL_FROM)) {
    throw new ConfigError(
      "Invalid configuration:\n  SAMPLAN_SMTP_URL and SAMPLAN_MAIL_FROM go together: set both (to send e-mail) or neither",
    );
  }
  // Unset, the data lives in data/ at the top of the checkout, whichever folder pnpm started us in.
  const dataDir = path.resolve(e.SAMPLAN_DATA_DIR ?? path.join(import.meta.dirname, "../../data"));
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    databaseFile: path.join(dataDir, "samplan.sqlite"),
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    clientDir: path.resolve(e.SAMPLAN_CLIENT_DIR ?? path.join(import.meta.dirname, "../../client/dist")),
    logLevel: e.LOG_LEVEL,
    maxMessageBytes: e.SAMPLAN_MAX_MESSAGE_BYTES,
    maxBufferedBytes: e.SAMPLAN_MAX_BUFFERED_BYTES,
    storeDebounceMs: e.SAMPLAN_STORE_DEBOUNCE_MS,
    unloadDelayMs: e.SAMPLAN_UNLOAD_DELAY_MS,
    snapshotEveryMs: e.SAMPLAN_SNAPSHOT_MINUTES * 60_000,
    connectionsPerMinute: e.SAMPLAN_CONNECTIONS_PER_MINUTE,
    signInFailuresPerAddress: e.SAMPLAN_SIGN_IN_FAILURES_PER_ADDRESS,
    trustProxy: e.SAMPLAN_TRUST_PROXY,
    publicOrigin: e.SAMPLAN_PUBLIC_URL ? new URL(e.SAMPLAN_PUBLIC_URL).origin : undefined,
    tokenSecret: e.SAMPLAN_TOKEN_SECRET,
    metricsToken: e.SAMPLAN_METRICS_TOKEN,
    invitationDays: e.SAMPLAN_INVITATION_DAYS,
    joinCodeMinutes: e.SAMPLAN_JOIN_CODE_MINUTES,
    idleSignOut: {
      minutes: e.SAMPLAN_IDLE_SIGN_OUT_MINUTES,
      inMeetingMinutes: e.SAMPLAN_IDLE_SIGN_OUT_MINUTES_IN_MEETING,
    },
    oidc:
      e.SAMPLAN_OIDC_ISSUER && e.SAMPLAN_OIDC_CLIENT_ID && e.SAMPLAN_OIDC_CLIENT_SECRET && e.SAMPLAN_PUBLIC_URL
        ? {
            issuer: e.SAMPLAN_OIDC_ISSUER,
            clientId: e.SAMPLAN_OIDC_CLIENT_ID,
            clientSecret: e.SAMPLAN_OIDC_CLIENT_SECRET,
            redirectUri: new URL("/api/auth/oidc/callback", e.SAMPLAN_PUBLIC_URL).toString(),
            postLogoutRedirectUri: new URL("/sign-in", e.SAMPLAN_PUBLIC_URL).toString(),
            allowHttp: e.SAMPLAN_OIDC_ALLOW_HTTP === "true",
          }
        : null,
    passwordSignIn: e.SAMPLAN_PASSWORD_SIGN_IN === "true",
    mail:
      e.SAMPLAN_SMTP_URL && e.SAMPLAN_MAIL_FROM
        ? {
            smtpUrl: e.SAMPLAN_SMTP_URL,
            from: e.SAMPLAN_MAIL_FROM,
            pollMs: e.SAMPLAN_OUTBOX_POLL_MS,
            leaseMs: e.SAMPLAN_OUTBOX_LEASE_MS,
            firstRetryMs: e.SAMPLAN_MAIL_RETRY_MS,
          }
        : null,
  };
}
