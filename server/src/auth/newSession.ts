import type { SessionRepository } from "../storage/SessionRepository.ts";

/** A staff session, or a guest's through a code, lasts at most a working day. */
export const SESSION_HOURS = 12;

/** A session just stored: its secret goes into the cookie, which ends when the session does. */
export interface NewSession {
  secret: string;
  expiresAt: Date;
}

export function sessionEndsFromNow(hours = SESSION_HOURS): Date {
  return new Date(Date.now() + hours * 3600_000);
}

export async function startSession(
  sessions: SessionRepository,
  owner: { accountId: string } | { invitationId: string },
  expiresAt: Date,
): Promise<NewSession> {
  return { secret: await sessions.create(owner, expiresAt), expiresAt };
}
