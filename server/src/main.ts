import { ConfigError, readConfig } from "./config.ts";
import { createLogger } from "./logger.ts";
import { startSamplanServer } from "./SamplanServer.ts";

let config: ReturnType<typeof readConfig>;
try {
  config = readConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`samplan: ${error.message}`);
  process.exit(78); // EX_CONFIG
}

const log = createLogger(config.logLevel);
const samplan = await startSamplanServer(config, log);
log.info({ url: samplan.url, port: samplan.port, dataDir: config.dataDir }, "Samplan is listening");

for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, async () => {
    log.info({ signal }, "shutting down: storing documents and closing the database");
    await samplan.close();
    log.info("stopped");
    process.exit(0);
  });
}
