// Loaded into Samplan's server process before main.ts (node --import), only by cpuAblation.ts:
// takes one extension, or one cost, out of the server it starts, so the bench can say what each
// costs per keystroke. Never part of a server anyone runs: the switch is this file, not a setting.
//
//   SAMPLAN_BENCH_LEAVE_OUT = an extension's name (AccessGuard, Attribution, …), or
//     "outage-wrapper" (the database-outage wrapper around each hook), or
//     "append-timer" (prom-client's timer of each append)
import { Hocuspocus } from "@hocuspocus/server";
import { Histogram } from "prom-client";

const leaveOut = process.env.SAMPLAN_BENCH_LEAVE_OUT ?? "";

type Hooks = Record<string, unknown> & { extensionName?: string };

if (leaveOut === "append-timer") {
  const noTimer = () => 0;
  Histogram.prototype.startTimer = function startTimer() {
    return noTimer;
  } as unknown as Histogram["startTimer"];
} else if (leaveOut) {
  const configure = Hocuspocus.prototype.configure;
  Hocuspocus.prototype.configure = function configureWithout(this: Hocuspocus, configuration) {
    const extensions = ((configuration?.extensions ?? []) as Hooks[]).filter(
      (extension) => extension.extensionName !== leaveOut,
    );
    // A misspelt name would leave nothing out and the bench would credit a cost to nothing.
    if (leaveOut !== "outage-wrapper" && extensions.length === (configuration?.extensions ?? []).length) {
      throw new Error(`SAMPLAN_BENCH_LEAVE_OUT names no extension of this server: ${leaveOut}`);
    }
    if (leaveOut === "outage-wrapper") {
      // The wrapper puts its hooks on the extension itself; the class's own are on its prototype.
      for (const extension of extensions) {
        for (const hook of Object.keys(extension)) {
          const own = extension[hook];
          const original = (Object.getPrototypeOf(extension) as Hooks)[hook];
          if (typeof own === "function" && typeof original === "function") delete extension[hook];
        }
      }
    }
    return configure.call(this, { ...configuration, extensions } as typeof configuration);
  };
}
