import path from "node:path";
import { apiRoutes, pathOf } from "@samplan/shared/api";
import { afterAll, describe, expect, it } from "vitest";
import { type ChildServer, startChildServer } from "../src/testing/childServer.ts";
import { runOperation } from "../src/testing/runOperation.ts";
import { makeDataDir, removeDataDir, waitFor } from "../src/testing/testServer.ts";
import {
  compareRestored,
  type DrillSource,
  EVERYTHING_KEPT,
  readMeetings,
  sameBrowser,
  startDrillSource,
  Typists,
} from "./restoreDrill.ts";

/**
 * The restore drill on SQLite: `backup` against a running server's data directory while four
 * people type in two meetings, `restore` into a fresh directory, Samplan started on it. Every
 * keystroke acknowledged before the backup's snapshot is there, nothing that was never typed is, the
 * approved minutes are the same and their SHA-256 still verifies, the closed meeting's plan is
 * the same, and the same browser is still signed in with the same device key (the token secret
 * travelled with the backup).
 */
const sourceDir = makeDataDir();
const elsewhere = makeDataDir();
const restoredDir = path.join(elsewhere, "restored-data");
const backupFile = path.join(elsewhere, "samplan-backup.sqlite");
let source: DrillSource | undefined;
let restored: ChildServer | undefined;
afterAll(() => {
  source?.server.process.kill("SIGKILL");
  restored?.process.kill("SIGKILL");
  removeDataDir(sourceDir);
  removeDataDir(elsewhere);
});

describe("a SQLite backup taken while people type", () => {
  it("restores every acknowledged keystroke and every approved minutes' hash", { timeout: 60_000 }, async () => {
    source = await startDrillSource({}, sourceDir);
    const typists = await Typists.join(source, 2);
    typists.start(10);
    await waitFor(() => typists.acknowledged().size >= 200, 20_000, "200 keystrokes acknowledged");

    const started = performance.now();
    const backup = await runOperation("backup", [backupFile], { SAMPLAN_DATA_DIR: sourceDir });
    const backupMs = Math.round(performance.now() - started);
    expect(backup.stderr).toBe("");
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(/Backed up 3 meetings \(1 approved minutes\)/);
    // What must be in it: every keystroke whose acknowledgement arrived before the copy's read
    // transaction began (the moment it reports), not merely before the command was started.
    const consistentAsOf = Date.parse(backup.stdout.match(/everything stored before (\S+)\./)![1]!);
    const before = typists.acknowledged(consistentAsOf);
    // Typing went on through the backup, and goes on after it.
    await waitFor(() => typists.acknowledged().size >= before.size + 100, 20_000, "typing after the backup");
    const typed = await typists.stop();
    typists.leave();
    const meetings = [source.approved, ...source.open];
    const atSource = await readMeetings(source.server, source.coordinator, meetings);
    const deviceKey = await source.coordinator.request("GET", pathOf(apiRoutes.deviceKey));

    const restore = await runOperation("restore", [backupFile], { SAMPLAN_DATA_DIR: restoredDir });
    expect(restore.stderr).toBe("");
    expect(restore.code).toBe(0);
    restored = await startChildServer({ SAMPLAN_DATA_DIR: restoredDir });
    const coordinator = sameBrowser(source.coordinator, restored);
    expect((await coordinator.request("GET", pathOf(apiRoutes.deviceKey))).body).toEqual(deviceKey.body);
    const atRestored = await readMeetings(restored, coordinator, meetings);

    expect(atRestored.get(source.approved.id)!.approvedHash).toMatch(/^[0-9a-f]{64}$/);
    const { report, restoredKeystrokes } = compareRestored(source, atSource, atRestored, before);
    expect(report).toEqual(EVERYTHING_KEPT);
    console.log(
      `restore drill (SQLite): ${typed} keystrokes typed by 4 people, ${before.size} acknowledged before the backup's snapshot, ${restoredKeystrokes} restored, 0 lost; backup ${backupMs} ms`,
    );
  });
});
