// Where a server's CPU goes during a fan-out, thread by thread (from /proc/<pid>/task), user and
// system time apart: the main thread's JavaScript, V8's and libuv's helpers, Samplan's WAL
// checkpoint thread. For Samplan and bare Hocuspocus under the same load, in µs per delivered
// keystroke, so the figures hold on a busy machine as well as they can.
//
//   node server/bench/cpuThreads.ts [--meetings 30] [--seconds 10] [--provider]
import fs from "node:fs";
import { parseArgs } from "node:util";
import { z } from "zod";
import { fanout, meetingsOfTen } from "./fanout.ts";
import { bareHocuspocusTarget, samplanTarget, type Target } from "./targets.ts";

const TICKS = 100; // USER_HZ on Linux

const { values: args } = parseArgs({
  options: {
    meetings: { type: "string", default: "30" },
    seconds: { type: "string", default: "10" },
    provider: { type: "boolean", default: false },
  },
});
const numbers = z
  .object({ meetings: z.coerce.number().int().positive(), seconds: z.coerce.number().positive() })
  .parse(args);
const load = { ...meetingsOfTen(numbers.meetings, numbers.seconds, args.provider), warmupMs: 3_000 };

/** User and system seconds per thread, threads of one name summed. */
function threads(pid: number): Map<string, { user: number; system: number }> {
  const byName = new Map<string, { user: number; system: number }>();
  for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, "utf8");
      const name = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const sum = byName.get(name) ?? { user: 0, system: 0 };
      sum.user += Number(fields[11]) / TICKS;
      sum.system += Number(fields[12]) / TICKS;
      byName.set(name, sum);
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return byName;
}

async function measure(make: () => Promise<Target>) {
  const target = await make();
  try {
    const pid = target.child.pid!;
    let before = new Map<string, { user: number; system: number }>();
    // The same window as the fan-out's own CPU figure, roughly: after the warm-up, before leaving.
    const first = setTimeout(() => (before = threads(pid)), load.warmupMs! + 1_000);
    let after = new Map<string, { user: number; system: number }>();
    let at = [0, 0];
    const second = setTimeout(
      () => {
        after = threads(pid);
        at = [at[0]!, performance.now()];
      },
      load.warmupMs! + numbers.seconds * 1000 - 500,
    );
    setTimeout(() => (at = [performance.now(), 0]), load.warmupMs! + 1_000);
    const row = await fanout(target, load);
    clearTimeout(first);
    clearTimeout(second);
    const window = (at[1]! - at[0]!) / 1000;
    const keystrokes = (row.deliveriesPerSecond / (load.participants - 1)) * window;
    return Object.fromEntries(
      [...after]
        .map(([name, end]) => {
          const start = before.get(name) ?? { user: 0, system: 0 };
          return [
            name,
            {
              userUsPerKeystroke: Math.round(((end.user - start.user) * 1e6) / keystrokes),
              systemUsPerKeystroke: Math.round(((end.system - start.system) * 1e6) / keystrokes),
            },
          ] as const;
        })
        .filter(([, v]) => v.userUsPerKeystroke + v.systemUsPerKeystroke > 0),
    );
  } finally {
    await target.stop();
  }
}

console.log("samplan", JSON.stringify(await measure(samplanTarget)));
console.log("bare", JSON.stringify(await measure(bareHocuspocusTarget)));
