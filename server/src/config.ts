import path from "node:path";
import { z } from "zod";

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
  // How long a document waits after the last edit before it is compacted in storage.
  SAMPLAN_STORE_DEBOUNCE_MS: z.coerce.number().int().min(0).max(60_000).default(2_000),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseFile: string;
  clientDir: string;
  logLevel: z.infer<typeof Environment>["LOG_LEVEL"];
  maxMessageBytes: number;
  storeDebounceMs: number;
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
  // Unset, the data lives in data/ at the top of the checkout, whichever folder pnpm started us in.
  const dataDir = path.resolve(e.SAMPLAN_DATA_DIR ?? path.join(import.meta.dirname, "../../data"));
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    databaseFile: path.join(dataDir, "samplan.sqlite"),
    clientDir: path.resolve(e.SAMPLAN_CLIENT_DIR ?? path.join(import.meta.dirname, "../../client/dist")),
    logLevel: e.LOG_LEVEL,
    maxMessageBytes: e.SAMPLAN_MAX_MESSAGE_BYTES,
    storeDebounceMs: e.SAMPLAN_STORE_DEBOUNCE_MS,
  };
}
