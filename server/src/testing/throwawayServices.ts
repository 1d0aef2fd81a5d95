import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

/**
 * Throwaway PostgreSQL and Redis servers for tests and for `pnpm services`: each on a free
 * loopback port, in a temp directory, stopped and removed afterwards. Nothing listens beyond
 * 127.0.0.1 and nothing outlives the run.
 */
export interface RunningService {
  url: string;
  stop(): void;
}

export interface RunningPostgres extends RunningService {
  /** Stops the server but keeps its data, to see how Samplan copes with the database gone. */
  halt(): void;
  /** Starts it again on the same port and data. */
  resume(): void;
  /** `pg_ctl restart -m fast`, as an operator does: every connection is cut, and it is back at once. */
  restart(): void;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on("error", reject);
  });
}

/** A PostgreSQL program (initdb, pg_ctl, pg_dump…) on PATH or in Debian's /usr/lib/postgresql/<version>/bin. */
export function findProgram(name: string): string {
  const candidates = [
    ...(process.env.PATH ?? "").split(":").map((dir) => path.join(dir, name)),
    ...(fs.existsSync("/usr/lib/postgresql")
      ? fs
          .readdirSync("/usr/lib/postgresql", { withFileTypes: true })
          .filter((entry) => entry.isDirectory())
          .map((entry) => path.join("/usr/lib/postgresql", entry.name, "bin", name))
      : []),
  ];
  const found = candidates.find((file) => fs.existsSync(file));
  if (!found) throw new Error(`${name} is not installed; scripts/ensure-services.sh installs it`);
  return found;
}

/** `initdb` refuses to run as root: as root, the cluster belongs to the `postgres` user. */
function asPostgres(program: string, args: string[]) {
  const root = process.getuid?.() === 0;
  const result = root
    ? spawnSync("runuser", ["-u", "postgres", "--", program, ...args], { encoding: "utf8" })
    : spawnSync(program, args, { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${path.basename(program)} failed: ${result.stderr || result.stdout}`);
}

export async function startPostgres(): Promise<RunningPostgres> {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), "samplan-pg-"));
  fs.chmodSync(base, 0o700);
  if (process.getuid?.() === 0) execFileSync("chown", ["postgres", base]);
  const port = await freePort();
  const data = path.join(base, "data");
  asPostgres(findProgram("initdb"), [
    "-D",
    data,
    "-U",
    "postgres",
    "--auth=trust",
    "--encoding=UTF8",
    "--locale=C.UTF-8",
  ]);
  const start = (command: "start" | "restart" = "start") =>
    asPostgres(findProgram("pg_ctl"), [
      "-D",
      data,
      "-l",
      path.join(base, "pg.log"),
      "-o",
      `-p ${port} -c listen_addresses=127.0.0.1 -k ${base} -c fsync=off -c max_connections=200`,
      ...(command === "restart" ? ["-m", "fast"] : []),
      "-w",
      command,
    ]);
  start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    halt: () => asPostgres(findProgram("pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"]),
    resume: () => start(),
    restart: () => start("restart"),
    stop() {
      try {
        asPostgres(findProgram("pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"]);
      } catch (error) {
        // Halted by a test that then failed: nothing is running, and the files go all the same.
        if (!/PID file .* does not exist/.test(String(error))) throw error;
      } finally {
        fs.rmSync(base, { recursive: true, force: true });
      }
    },
  };
}

export interface RunningRedis extends RunningService {
  /** Shuts the server down (its clients' connections are refused until `resume`); it keeps nothing. */
  halt(): void;
  /** Starts it again on the same port, empty, as a restarted Redis without persistence is. */
  resume(): void;
}

export async function startRedis(): Promise<RunningRedis> {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), "samplan-redis-"));
  const port = await freePort();
  const pidfile = path.join(base, "redis.pid");
  const start = () =>
    execFileSync("redis-server", [
      "--port",
      String(port),
      "--bind",
      "127.0.0.1",
      "--dir",
      base,
      "--save",
      "",
      "--appendonly",
      "no",
      "--daemonize",
      "yes",
      "--pidfile",
      pidfile,
    ]);
  const shutdown = () => spawnSync("redis-cli", ["-p", String(port), "shutdown", "nosave"]);
  start();
  const url = `redis://127.0.0.1:${port}`;
  return {
    url,
    halt: () => {
      shutdown();
    },
    resume: () => {
      start();
    },
    stop() {
      shutdown();
      fs.rmSync(base, { recursive: true, force: true });
    },
  };
}

/** A fresh, empty database on a throwaway server, so tests never see each other's rows. */
export async function createDatabase(serverUrl: string): Promise<string> {
  const pg = (await import("pg")).default;
  const name = `samplan_${Math.random().toString(36).slice(2, 10)}`;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
