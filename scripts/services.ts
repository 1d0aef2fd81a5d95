// `pnpm services`: a throwaway PostgreSQL and Redis on free loopback ports, for trying
// production mode by hand. Prints the environment to use, and removes everything on Ctrl-C.
import { createDatabase, startPostgres, startRedis } from "../server/src/testing/throwawayServices.ts";

const postgres = await startPostgres();
const redis = await startRedis();
const databaseUrl = await createDatabase(postgres.url);
console.log(`
PostgreSQL and Redis are running (on 127.0.0.1 only). In another shell:

  DATABASE_URL=${databaseUrl} REDIS_URL=${redis.url} PORT=3001 ./samplan start
  DATABASE_URL=${databaseUrl} REDIS_URL=${redis.url} PORT=3002 SAMPLAN_TOKEN_SECRET=<the same 32+ characters for both> ./samplan start

Press Ctrl-C to stop them and remove their data.`);

const stop = () => {
  redis.stop();
  postgres.stop();
  process.exit(0);
};
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
setInterval(() => {}, 1 << 30);
