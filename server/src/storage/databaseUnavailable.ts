/**
 * Whether an error means the database cannot be reached for now (PostgreSQL restarting, its
 * connections cut, none to be had in time), rather than that this request was wrong. Such a
 * failure passes by itself: the HTTP API answers 503 with Retry-After and a websocket is asked to
 * come back, instead of a 500 or a refusal the person would take as final.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === "string" && (NETWORK_CODES.has(code) || POSTGRES_CODES.has(code) || code.startsWith("08"))) {
    return true;
  }
  return typeof message === "string" && PG_MESSAGES.test(message);
}

// What node says when the socket to the database fails.
const NETWORK_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "ENOTCONN"]);
// PostgreSQL's own: shutting down (57P01 admin, 57P02 crash), starting up or not accepting yet
// (57P03), too many connections (53300). Class 08 is every "connection exception".
const POSTGRES_CODES = new Set(["57P01", "57P02", "57P03", "53300"]);
// node-postgres's errors that carry no code: the connection ended under a query, or none came from
// the pool within its connection timeout.
const PG_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Cannot use a pool after calling end/;
