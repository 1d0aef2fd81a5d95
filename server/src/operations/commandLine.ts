import path from "node:path";
import { z } from "zod";
import { type Config, ConfigError, readConfig } from "../config.ts";
import { OperationRefused } from "./backupFile.ts";

/** Exit codes as sysexits.h has them, like the server's own 78 for a bad configuration. */
const EXIT_USAGE = 64;
const EXIT_CONFIG = 78;

const OneOptionalPath = z
  .array(
    z
      .string()
      .trim()
      .min(1, "the file name is empty")
      .refine((value) => !value.startsWith("-"), "takes no options, only a file name"),
  )
  .max(1, "takes one file name at most");

/**
 * The shared frame of `backup` and `restore`: the one file argument checked, the server's own
 * configuration read (the same SAMPLAN_DATA_DIR and DATABASE_URL the server would use), and any
 * refusal printed as one plain sentence with a non-zero exit, never a stack trace. The exit code
 * is set rather than forced with process.exit(), so the sentence is written out whatever stderr is.
 */
export async function runCommand(
  name: string,
  usage: string,
  run: (file: string | undefined, config: Config) => Promise<string>,
): Promise<void> {
  // pnpm hands on a "--" the caller may have typed before the arguments.
  const args = process.argv.slice(2).filter((arg, i) => !(i === 0 && arg === "--"));
  if (args.includes("--help") || args.includes("-h")) {
    console.log(usage);
    return;
  }
  const parsed = OneOptionalPath.safeParse(args);
  if (!parsed.success) {
    console.error(`samplan ${name}: ${parsed.error.issues[0]?.message}\n\n${usage}`);
    process.exitCode = EXIT_USAGE;
    return;
  }
  let config: Config;
  try {
    config = readConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`samplan ${name}: ${error.message}`);
    process.exitCode = EXIT_CONFIG;
    return;
  }
  const file = parsed.data[0];
  try {
    console.log(await run(file === undefined ? undefined : path.resolve(file), config));
  } catch (error) {
    if (!(error instanceof OperationRefused)) throw error;
    console.error(`samplan ${name}: ${error.message}`);
    process.exitCode = 1;
  }
}
