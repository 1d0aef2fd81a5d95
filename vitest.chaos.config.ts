import { defineConfig } from "vitest/config";

// `pnpm test:chaos`: only the fault tests, at full length: the network test keeps one client
// offline for minutes, and the soak and the reconnect storm (`*.long.test.ts`, not in the everyday
// test command) run. Each knob can be set from the environment; CHAOS_SEED replays a run.
export default defineConfig({
  test: {
    include: ["server/chaos/**/*.test.ts"],
    pool: "forks",
    // One at a time: the soak measures the server's memory, and the machine has other work.
    fileParallelism: false,
    testTimeout: 3_600_000,
    hookTimeout: 60_000,
    env: {
      CHAOS_OFFLINE_SECONDS: process.env.CHAOS_OFFLINE_SECONDS ?? "180",
      CHAOS_SOAK_MINUTES: process.env.CHAOS_SOAK_MINUTES ?? "10",
      CHAOS_SLOW_READER_SECONDS: process.env.CHAOS_SLOW_READER_SECONDS ?? "60",
      CHAOS_PG_DOWN_SECONDS: process.env.CHAOS_PG_DOWN_SECONDS ?? "20",
      CHAOS_REDIS_DOWN_SECONDS: process.env.CHAOS_REDIS_DOWN_SECONDS ?? "20",
      CHAOS_INSTANCE_PARTICIPANTS: process.env.CHAOS_INSTANCE_PARTICIPANTS ?? "30",
      CHAOS_INSTANCE_FAULTS: process.env.CHAOS_INSTANCE_FAULTS ?? "12",
    },
  },
});
