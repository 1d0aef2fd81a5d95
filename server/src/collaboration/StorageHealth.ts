import fs from "node:fs";
import path from "node:path";
import type { Logger } from "../logger.ts";

/** Less free space than this on the data directory's disk, and SQLite's next growth may not fit. */
const LOW_SPACE_BYTES = 1024 * 1024;

export interface StorageHealthConfiguration {
  log: Logger;
  /** The directory of the SQLite file, whose disk is looked at; unset with PostgreSQL. */
  dataDir?: string;
}

/**
 * Whether participants' edits can be stored now, for DocumentPersistence and /readyz.
 *
 * A full disk or a read-only data directory makes every append fail, for every keystroke of every
 * participant: that is logged once when storing starts failing and once when it works again, not
 * per keystroke. /readyz says why it is not ready: the last failure, or (for SQLite) the data
 * directory's disk being full or read-only, which it looks at even while nobody types.
 */
export class StorageHealth {
  private readonly log: Logger;
  private readonly dataDir: string | undefined;
  private failure: { since: number; message: string; waited: number } | null = null;

  constructor(configuration: StorageHealthConfiguration) {
    this.log = configuration.log;
    this.dataDir = configuration.dataDir;
  }

  /** An append failed; the update is held and tried again, so nothing is acknowledged meanwhile. */
  failed(error: unknown): void {
    if (this.failure) {
      this.failure.waited++;
      return;
    }
    const message = describe(error);
    this.failure = { since: Date.now(), message, waited: 1 };
    this.log.error(
      { err: error, code: (error as { code?: unknown }).code, reason: this.problem() },
      "storing participants' edits fails: they are held, not acknowledged, and tried again",
    );
  }

  /** An append succeeded: if storing had failed, it works again. */
  stored(): void {
    if (!this.failure) return;
    const { since, waited } = this.failure;
    this.failure = null;
    this.log.warn(
      { failedForMs: Date.now() - since, failedAppends: waited },
      "storing participants' edits works again: the held edits are stored and acknowledged",
    );
  }

  /** Why edits cannot be stored now, or undefined when they can. */
  problem(): string | undefined {
    // The disk's state says more than SQLite's error: a read-only file system fails as an I/O error.
    const disk = this.dataDir ? diskProblem(this.dataDir) : undefined;
    if (!this.failure) return disk;
    const failing = `storing edits fails since ${new Date(this.failure.since).toISOString()}: ${this.failure.message}`;
    return disk ? `${disk}; ${failing}` : failing;
  }
}

function describe(error: unknown): string {
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (code === "SQLITE_FULL") return "the disk holding the database is full";
  if (code === "SQLITE_READONLY" || String(code).startsWith("SQLITE_READONLY")) return "the database is read-only";
  if (code === "SQLITE_IOERR" || String(code).startsWith("SQLITE_IOERR")) return `the disk failed to write (${code})`;
  return typeof message === "string" ? message : String(error);
}

function diskProblem(dataDir: string): string | undefined {
  // Written, not asked with access(): ext4 turned read-only by an error ("emergency_ro") still
  // answers access() as writable, and refuses the write.
  const probe = path.join(dataDir, ".samplan-write-probe");
  try {
    fs.writeFileSync(probe, "");
    fs.rmSync(probe);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EROFS") return "the data directory is on a read-only file system";
    if (code !== "ENOSPC") return `the data directory cannot be written (${code})`;
  }
  const { bavail, bsize } = fs.statfsSync(dataDir);
  const free = bavail * bsize;
  return free < LOW_SPACE_BYTES ? `the disk holding the data directory is full (${free} bytes free)` : undefined;
}
