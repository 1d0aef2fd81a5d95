import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * A small file system of its own for a data directory, to fill to the brim or to make read-only
 * under a running server: a tmpfs, or an ext4 file system in a file on a loop device (only ext4
 * can turn read-only under open files, as a disk's errors make it). Mounting needs root; CI runs
 * as root, and anywhere else the test says so rather than skipping.
 */
export class SmallDisk {
  /** The mounted directory; a data directory goes inside it. */
  readonly dir: string;
  private readonly image: string | undefined;
  private readonly filler: string;

  private constructor(dir: string, image: string | undefined) {
    this.dir = dir;
    this.image = image;
    this.filler = path.join(dir, "filler");
  }

  static mount(kind: "tmpfs" | "ext4", megabytes: number): SmallDisk {
    if (process.getuid?.() !== 0) {
      throw new Error(
        `this test mounts a ${megabytes} MB ${kind} file system to fill it or make it read-only, which needs root ` +
          "(CI runs as root): run it as root, e.g. in the CI container",
      );
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "samplan-disk-"));
    if (kind === "tmpfs") {
      execFileSync("mount", ["-t", "tmpfs", "-o", `size=${megabytes}m,mode=0700`, "tmpfs", dir]);
      return new SmallDisk(dir, undefined);
    }
    const image = `${dir}.img`;
    fs.writeFileSync(image, "");
    fs.truncateSync(image, megabytes * 1024 * 1024);
    execFileSync("mkfs.ext4", ["-q", "-F", image]);
    // errors=remount-ro: an error makes the file system read-only at once, as on a failing disk.
    execFileSync("mount", ["-o", "loop,errors=remount-ro", image, dir]);
    return new SmallDisk(dir, image);
  }

  /** Writes a filler file until the file system has not one byte left. */
  fill(): void {
    const descriptor = fs.openSync(this.filler, "w");
    try {
      for (const size of [1024 * 1024, 4096, 1]) {
        const chunk = Buffer.alloc(size, 1);
        try {
          for (;;) fs.writeSync(descriptor, chunk);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== "ENOSPC") throw error;
        }
      }
    } finally {
      fs.closeSync(descriptor);
    }
  }

  /** Removes the filler: the space is there again. */
  free(): void {
    fs.rmSync(this.filler, { force: true });
  }

  /** Has the kernel write everything of this file system to its disk (syncfs). */
  sync(): void {
    execFileSync("sync", ["-f", this.dir]);
  }

  /**
   * Makes the ext4 file system read-only under the open files, by the error a failing disk causes
   * (ext4's trigger_fs_error with errors=remount-ro). `mount -o remount,ro` would refuse: files are
   * open for writing. The error aborts ext4's journal: what the kernel had not yet written to the
   * disk is dropped, as in a power cut (see docs/reliability.md).
   */
  breakToReadOnly(): void {
    const device = path.basename(this.device());
    fs.writeFileSync(`/sys/fs/ext4/${device}/trigger_fs_error`, "1");
  }

  /** After breakToReadOnly: once nothing has it open, checked by e2fsck and mounted writable again. */
  repair(): void {
    if (!this.image) throw new Error("only an ext4 disk can be repaired");
    execFileSync("umount", [this.dir]);
    try {
      execFileSync("e2fsck", ["-f", "-y", this.image], { stdio: "ignore" });
    } catch (error) {
      // 1: errors were corrected, which is what it is there for.
      if ((error as { status?: number }).status !== 1) throw error;
    }
    execFileSync("mount", ["-o", "loop,errors=remount-ro", this.image, this.dir]);
  }

  unmount(): void {
    try {
      execFileSync("umount", [this.dir], { stdio: "ignore" });
    } catch {
      // Still busy (a server a failed test left running): the lazy unmount frees it when it exits.
      try {
        execFileSync("umount", ["-l", this.dir], { stdio: "ignore" });
      } catch {}
    }
    fs.rmSync(this.dir, { recursive: true, force: true });
    if (this.image) fs.rmSync(this.image, { force: true });
  }

  private device(): string {
    return execFileSync("findmnt", ["-n", "-o", "SOURCE", this.dir]).toString().trim();
  }
}
