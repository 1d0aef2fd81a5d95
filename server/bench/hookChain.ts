// CPU per message of Hocuspocus's beforeHandleMessage chain with six hooks, as Samplan has them
// (AccessGuard, AccessDeadline, SectionGuard, Attribution, DocumentPersistence, MetricsCollector),
// each doing nothing: unwrapped, inside the database-outage wrapper, and inside the async
// wrapper it replaced. What the chain itself costs a keystroke, apart from what the hooks do.
//
//   node server/bench/hookChain.ts
import { type beforeHandleMessagePayload, type Extension, Hocuspocus } from "@hocuspocus/server";
import { askAgainWhileDatabaseIsDown } from "../src/collaboration/databaseOutage.ts";
import { createLogger } from "../src/logger.ts";

const log = createLogger("silent");
const MESSAGES = 200_000;

/** The wrapper as it was before (an async function around an await), for comparison. */
function asyncWrapper(extension: Extension): Extension {
  const original = extension.beforeHandleMessage!;
  extension.beforeHandleMessage = async (payload) => {
    try {
      return await original.call(extension, payload);
    } catch (error) {
      throw error;
    }
  };
  return extension;
}

function server(wrap: (extension: Extension) => Extension): Hocuspocus {
  const extensions = Array.from({ length: 6 }, (_, i) =>
    wrap({ extensionName: `Hook${i}`, beforeHandleMessage: async () => {} }),
  );
  return new Hocuspocus({ extensions, quiet: true });
}

async function microsecondsPerMessage(hocuspocus: Hocuspocus): Promise<number> {
  const payload = {} as beforeHandleMessagePayload;
  for (let i = 0; i < MESSAGES / 10; i++) await hocuspocus.hooks("beforeHandleMessage", payload);
  const start = process.cpuUsage();
  for (let i = 0; i < MESSAGES; i++) await hocuspocus.hooks("beforeHandleMessage", payload);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / MESSAGES;
}

const variants = {
  "no hooks": () => new Hocuspocus({ quiet: true }),
  "six hooks, unwrapped": () => server((extension) => extension),
  "six hooks, async wrapper (before)": () => server(asyncWrapper),
  "six hooks, outage wrapper (now)": () => server((extension) => askAgainWhileDatabaseIsDown(extension, log)),
};
const results = new Map<string, number[]>();
// Interleaved, five rounds: the median of each.
for (let round = 0; round < 5; round++) {
  for (const [name, make] of Object.entries(variants)) {
    results.set(name, [...(results.get(name) ?? []), await microsecondsPerMessage(make())]);
  }
}
console.table(
  [...results].map(([variant, values]) => ({
    variant,
    "µs per message (median of 5)": [...values].sort((a, b) => a - b)[2]!.toFixed(3),
  })),
);
