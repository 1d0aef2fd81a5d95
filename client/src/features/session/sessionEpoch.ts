/**
 * Which session this tab is on, as a number that moves on whenever one begins here (signed in,
 * joined, the tablet handed to the citizen) and stands aside while one changes hands. A request is
 * stamped when it is sent; a 401 to a request sent under an earlier session, or while the session
 * was changing, is about a session that is no longer this tab's and must not end the new one. The
 * tablet handed across the table is the case in point: the server ends the coordinator's session
 * before it answers, and on a busy network her open meeting asks again with the ended session
 * before the answer with the citizen's arrives.
 */
let epoch = 0;
let changing = 0;

/** No session: what a request sent while one was changing is stamped with. */
const CHANGING = -1;

/** The stamp for a request sent now. */
export function sessionStamp(): number {
  return changing > 0 ? CHANGING : epoch;
}

/** Whether an answer to a request with this stamp speaks of the session this tab is on now. */
export function isThisSession(stamp: number): boolean {
  return changing === 0 && stamp === epoch;
}

/** A new session began in this tab. */
export function sessionBegan(): void {
  epoch++;
}

/** Runs work that ends this tab's session and gives it another (the answer carries the new one). */
export async function whileSessionChanges<T>(work: () => Promise<T>): Promise<T> {
  changing++;
  try {
    return await work();
  } finally {
    changing--;
    epoch++;
  }
}
