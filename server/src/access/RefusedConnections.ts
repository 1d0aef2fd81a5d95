import type { Redis } from "ioredis";
import { type Attempt, FailureLimit } from "../auth/FailureLimit.ts";
import type { Logger } from "../logger.ts";
import type { AuditEntry, AuditLog } from "../storage/AuditLog.ts";

/** How often a meeting's repeated refusals are summed up in one line of the trail. */
const SUMMARY_EVERY_MS = 60_000;

/** Where a refused attempt is written: the meeting and case it tried to open. */
export interface RefusedAttempt {
  meetingId: string | null;
  caseId: string | null;
  actor: string;
  reason: string;
}

interface Tally {
  caseId: string | null;
  count: number;
  reasons: Record<string, number>;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * Refused websocket authentications: limited, and written to the audit trail without drowning it.
 *
 * - Per address, refusals are counted (FailureLimit, shared through Redis when there is one):
 *   after 30 in a minute, that address is refused for a minute before its token is even read.
 *   Only refusals once known: connections still being checked hold no place in the count.
 * - Per meeting, refusals of tokens that do not verify are counted the same way (200 a minute).
 *   Only those: a flood of junk at a meeting must not lock out the people holding valid tokens.
 * - The trail gets the first refusal of a meeting at once (usually the real person whose
 *   invitation was withdrawn), and what follows within the minute as one line with a count
 *   ("12 afviste forsøg på at komme ind"), so nobody can push the real events out of the trail.
 */
export class RefusedConnections {
  private readonly perAddress: FailureLimit;
  private readonly perMeeting: FailureLimit;
  private readonly audit: AuditLog;
  private readonly log: Logger;
  private readonly tallies = new Map<string, Tally>();

  constructor(deps: { redis: Redis | null; audit: AuditLog; log: Logger }) {
    this.perAddress = new FailureLimit({
      name: "refused-connections-address",
      failures: 30,
      windowSeconds: 60,
      lockSeconds: 60,
      redis: deps.redis,
    });
    this.perMeeting = new FailureLimit({
      name: "refused-connections-meeting",
      failures: 200,
      windowSeconds: 60,
      lockSeconds: 60,
      redis: deps.redis,
    });
    this.audit = deps.audit;
    this.log = deps.log;
  }

  /**
   * The address's count, failures only: throws TooManyAttempts when the address is refused for
   * now. Attempts being checked hold no place, so a room full of people behind one address who
   * connect at the same moment are all let in.
   */
  fromAddress(address: string): Promise<Attempt> {
    return this.perAddress.failuresOnly(address);
  }

  /** The same for a meeting, asked only for a token that did not verify. */
  atMeeting(meetingId: string): Promise<Attempt> {
    return this.perMeeting.attempt(meetingId);
  }

  /** Writes a refusal to the trail: at once if it is the meeting's first this minute, else in the minute's count. */
  async note(attempt: RefusedAttempt): Promise<void> {
    const key = attempt.meetingId ?? "unknown";
    const tally = this.tallies.get(key);
    if (tally) {
      tally.count++;
      tally.reasons[attempt.reason] = (tally.reasons[attempt.reason] ?? 0) + 1;
      return;
    }
    const timer = setTimeout(() => void this.summarise(key), SUMMARY_EVERY_MS);
    // A pending summary must not keep the process alive; flush() writes it on the way down.
    timer.unref();
    this.tallies.set(key, { caseId: attempt.caseId, count: 0, reasons: {}, timer });
    await this.write({
      actor: attempt.actor,
      actorRole: "unknown",
      action: "join-refused",
      caseId: attempt.caseId,
      meetingId: attempt.meetingId,
      details: { reason: attempt.reason },
    });
  }

  /** Writes every count still open (the server is stopping). */
  async flush(): Promise<void> {
    await Promise.all([...this.tallies.keys()].map((key) => this.summarise(key)));
  }

  private async summarise(key: string): Promise<void> {
    const tally = this.tallies.get(key);
    if (!tally) return;
    clearTimeout(tally.timer);
    this.tallies.delete(key);
    if (tally.count === 0) return;
    await this.write({
      actor: "unknown",
      actorRole: "unknown",
      action: "join-refused-repeatedly",
      caseId: tally.caseId,
      meetingId: key === "unknown" ? null : key,
      details: { count: tally.count, reasons: tally.reasons, withinSeconds: SUMMARY_EVERY_MS / 1000 },
    });
  }

  private async write(entry: AuditEntry): Promise<void> {
    await this.audit
      .record(entry)
      .catch((error: unknown) => this.log.error({ err: error }, "could not write a refused connection to the trail"));
  }
}
