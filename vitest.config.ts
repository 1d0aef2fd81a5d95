import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["shared/src/**/*.test.ts", "server/src/**/*.test.ts", "client/src/**/*.test.ts"],
    // Integration tests start real servers and SQLite files; separate processes keep them apart.
    pool: "forks",
    // A throwaway PostgreSQL and Redis for the run, on loopback ports, removed afterwards.
    globalSetup: ["server/src/testing/globalSetup.ts"],
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
