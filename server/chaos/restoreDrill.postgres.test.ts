import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { apiRoutes, pathOf } from "@samplan/shared/api";
import { afterAll, describe, expect, inject, it } from "vitest";
import { type ChildServer, startChildServer } from "../src/testing/childServer.ts";
import { makeDataDir, removeDataDir, waitFor } from "../src/testing/testServer.ts";
import { createDatabase, findProgram, type RunningPostgres, startPostgres } from "../src/testing/throwawayServices.ts";
import {
  compareRestored,
  type DrillSource,
  EVERYTHING_KEPT,
  readMeetings,
  sameBrowser,
  startDrillSource,
  Typists,
} from "./restoreDrill.ts";

const run = promisify(execFile);

/**
 * The restore drill on PostgreSQL, as docs/operations.md describes it: `pg_dump --format=custom`
 * of the database while four people type, `pg_restore` into a fresh cluster (a second throwaway
 * PostgreSQL), Samplan started on it. Every keystroke acknowledged before the dump began is there,
 * every meeting loads, and every approved minutes' SHA-256 still verifies.
 */
const SECRET = "restore-drill-token-secret-shared-by-both-instances";
const work = makeDataDir();
const clusters: RunningPostgres[] = [];
let source: DrillSource | undefined;
let restored: ChildServer | undefined;
afterAll(() => {
  source?.server.process.kill("SIGKILL");
  restored?.process.kill("SIGKILL");
  for (const cluster of clusters) cluster.stop();
  removeDataDir(work);
});

describe("a pg_dump taken while people type", () => {
  it("restores into a fresh cluster with every acknowledged keystroke and every approved minutes' hash", {
    timeout: 90_000,
  }, async () => {
    // The run's throwaway PostgreSQL is the production cluster; a second one, started below, the fresh one.
    const sourceUrl = await createDatabase(inject("postgresUrl"));
    source = await startDrillSource({ DATABASE_URL: sourceUrl, SAMPLAN_TOKEN_SECRET: SECRET }, path.join(work, "a"));
    const typists = await Typists.join(source, 2);
    typists.start(10);
    await waitFor(() => typists.acknowledged().size >= 200, 20_000, "200 keystrokes acknowledged");

    const before = typists.acknowledged();
    const dump = path.join(work, "samplan.dump");
    const started = performance.now();
    await run(findProgram("pg_dump"), ["--format=custom", "--file", dump, sourceUrl]);
    const dumpMs = Math.round(performance.now() - started);
    await waitFor(() => typists.acknowledged().size >= before.size + 100, 20_000, "typing after the dump");
    const typed = await typists.stop();
    typists.leave();
    const meetings = [source.approved, ...source.open];
    const atSource = await readMeetings(source.server, source.coordinator, meetings);
    const deviceKey = await source.coordinator.request("GET", pathOf(apiRoutes.deviceKey));

    const fresh = await startPostgres();
    clusters.push(fresh);
    const targetUrl = await createDatabase(fresh.url);
    await run(findProgram("pg_restore"), ["--exit-on-error", "--no-owner", "--dbname", targetUrl, dump]);
    restored = await startChildServer({
      DATABASE_URL: targetUrl,
      SAMPLAN_TOKEN_SECRET: SECRET,
      SAMPLAN_DATA_DIR: path.join(work, "b"),
    });
    const coordinator = sameBrowser(source.coordinator, restored);
    expect((await coordinator.request("GET", pathOf(apiRoutes.deviceKey))).body).toEqual(deviceKey.body);
    // Every meeting loads: readMeetings joins each one's document and reads its minutes.
    const atRestored = await readMeetings(restored, coordinator, meetings);

    expect(atRestored.get(source.approved.id)!.approvedHash).toMatch(/^[0-9a-f]{64}$/);
    const { report, restoredKeystrokes } = compareRestored(source, atSource, atRestored, before);
    expect(report).toEqual(EVERYTHING_KEPT);
    console.log(
      `restore drill (PostgreSQL): ${typed} keystrokes typed by 4 people, ${before.size} acknowledged before pg_dump began, ${restoredKeystrokes} restored, 0 lost; pg_dump ${dumpMs} ms`,
    );
  });
});
