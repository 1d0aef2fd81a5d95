import type { TestProject } from "vitest/node";
import { type RunningService, startPostgres, startRedis } from "./throwawayServices.ts";

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string;
    redisUrl: string;
  }
}

/** One throwaway PostgreSQL and one Redis for the whole test run; each test makes its own database. */
export default async function setup(project: TestProject) {
  const started: RunningService[] = [];
  try {
    const postgres = await startPostgres();
    started.push(postgres);
    const redis = await startRedis();
    started.push(redis);
    project.provide("postgresUrl", postgres.url);
    project.provide("redisUrl", redis.url);
  } catch (error) {
    for (const service of started) service.stop();
    throw error;
  }
  return () => {
    for (const service of started.reverse()) service.stop();
  };
}
