import { defineConfig } from "vitest/config";

// `pnpm test:chaos`: only the fault tests, for running them longer (CHAOS_KILLS=50) or replaying
// a seed (CHAOS_SEED=…); their quick default also runs in the everyday test command.
export default defineConfig({
  test: {
    include: ["server/chaos/**/*.test.ts"],
    pool: "forks",
    testTimeout: 600_000,
    hookTimeout: 60_000,
  },
});
