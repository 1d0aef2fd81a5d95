import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, readConfig } from "./config.ts";
import { exited, startChildServer } from "./testing/childServer.ts";

describe("configuration from the environment", () => {
  it("has defaults that need nothing set", () => {
    const config = readConfig({});
    expect(config).toMatchObject({ port: 3000, host: "127.0.0.1" });
    expect(config.databaseFile).toBe(path.resolve(import.meta.dirname, "../../data/samplan.sqlite"));
  });

  it.each([
    ["PORT", "abc"],
    ["PORT", "70000"],
    ["PORT", "80.5"],
    ["HOST", ""],
    ["LOG_LEVEL", "loud"],
    ["SAMPLAN_MAX_MESSAGE_BYTES", "12"],
    ["SAMPLAN_MAX_BUFFERED_BYTES", "1000"],
    ["SAMPLAN_MAX_BUFFERED_BYTES", "lots"],
    ["SAMPLAN_SIGN_IN_FAILURES_PER_ADDRESS", "0"],
    ["SAMPLAN_SIGN_IN_FAILURES_PER_ADDRESS", "many"],
    ["SAMPLAN_IDLE_SIGN_OUT_MINUTES", "0"],
    ["SAMPLAN_IDLE_SIGN_OUT_MINUTES_IN_MEETING", "a while"],
  ])("refuses %s=%j with a message naming the variable", (name, value) => {
    expect(() => readConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => readConfig({ [name]: value })).toThrow(name);
  });

  it("refuses a meeting's idle limit shorter than the everyday one", () => {
    const env = { SAMPLAN_IDLE_SIGN_OUT_MINUTES: "30", SAMPLAN_IDLE_SIGN_OUT_MINUTES_IN_MEETING: "20" };
    expect(() => readConfig(env)).toThrow(/SAMPLAN_IDLE_SIGN_OUT_MINUTES_IN_MEETING/);
    expect(readConfig({ SAMPLAN_IDLE_SIGN_OUT_MINUTES: "5" }).idleSignOut).toEqual({
      minutes: 5,
      inMeetingMinutes: 120,
    });
  });

  it("stops the server at start-up with that message", async () => {
    const start = startChildServer({ PORT: "not-a-port" });
    await expect(start).rejects.toThrow(/exited \(78\)[\s\S]*PORT/);
  });

  it("creates the data directory if it is missing", async () => {
    const { mkdtempSync, existsSync, rmSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { tmpdir } = await import("node:os");
    const parent = mkdtempSync(join(tmpdir(), "samplan-cfg-"));
    const dataDir = join(parent, "nested", "data");
    const child = await startChildServer({ SAMPLAN_DATA_DIR: dataDir });
    expect(existsSync(join(dataDir, "samplan.sqlite"))).toBe(true);
    child.process.kill("SIGTERM");
    expect(await exited(child.process)).toMatchObject({ code: 0 });
    rmSync(parent, { recursive: true, force: true });
  });
});
