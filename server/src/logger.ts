import pino from "pino";

export type Logger = pino.Logger;

/**
 * Structured JSON lines. Callers log ids and counts, never document content or names of people:
 * the meetings hold special-category personal data.
 */
export function createLogger(level: pino.LevelWithSilent): Logger {
  return pino({ level, base: { service: "samplan" } });
}
