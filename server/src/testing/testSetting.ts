import { z } from "zod";

/**
 * A knob of the fault and fuzz tests, read from the environment (CHAOS_SOAK_MINUTES, FUZZ_SEED…).
 * A value that is not what the knob takes stops the run with the variable's name, rather than
 * becoming NaN and a loop that never runs: a soak of "ten" minutes must not pass by doing nothing.
 */
export function testSetting<T>(name: string, schema: z.ZodType<T>, fallback: T): T {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`${name}=${JSON.stringify(raw)} is not valid: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

/** A whole number of at least `min`, such as a count of clients or a seed. */
export const wholeNumber = (min = 0) => z.coerce.number().int().min(min);

/** A positive number, such as minutes or keystrokes a second. */
export const positiveNumber = () => z.coerce.number().positive();
