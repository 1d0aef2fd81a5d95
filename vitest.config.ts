import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: [
      "shared/src/**/*.test.ts",
      "server/src/**/*.test.ts",
      "server/chaos/**/*.test.ts",
      "server/bench/**/*.test.ts",
      "client/src/**/*.test.ts",
      "scripts/**/*.test.ts",
    ],
    // The soak and the reconnect storm take minutes and a thousand sockets: `pnpm test:chaos` only.
    exclude: [...configDefaults.exclude, "**/*.long.test.ts"],
    // Integration tests start real servers and SQLite files; separate processes keep them apart.
    pool: "forks",
    // A throwaway PostgreSQL and Redis for the run, on loopback ports, removed afterwards.
    globalSetup: ["server/src/testing/globalSetup.ts"],
    testTimeout: 20_000,
    // The bad-input tests make Hocuspocus and Yjs print every message they could not decode; that
    // is the behaviour under test, not news. Everything else is shown.
    onConsoleLog: (log) =>
      !/Unexpected end of array|Invalid array length|is not a function|not valid for encoding|Max payload size|because of exception|emitError/.test(
        log,
      ),
    hookTimeout: 30_000,
  },
});
