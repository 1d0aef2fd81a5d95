// What `pnpm audit --json` answered, judged against the allow-list: which advisories block, and
// whether the audit could run at all. No I/O here, so every rule is unit-tested.

export type Severity = "info" | "low" | "moderate" | "high" | "critical";

/** The part of one advisory in pnpm's JSON report that the policy reads. */
export interface Advisory {
  id: number | string;
  github_advisory_id?: string;
  cves?: string[];
  module_name: string;
  severity: Severity;
  title: string;
  url?: string;
}

/** One accepted advisory: why it does not affect Samplan, and until when that was judged. */
export interface AllowEntry {
  /** The GHSA id, the CVE or the registry's numeric advisory id. */
  id: string;
  reason: string;
  /** YYYY-MM-DD; after it the advisory blocks again, so every exception is looked at anew. */
  expires: string;
}

export type Verdict =
  | { kind: "unreachable"; message: string }
  | { kind: "failed"; message: string }
  | { kind: "audited"; blocking: Blocking[]; allowed: Advisory[]; lower: Record<Severity, number> };

export interface Blocking {
  advisory: Advisory;
  /** Set when an allow-list entry matched but has run out. */
  expired?: AllowEntry;
}

/** The shape of `pnpm audit --json` that `judge` reads: an error, or advisories by id. */
interface AuditReport {
  error?: { code?: string; message?: string };
  advisories?: Record<string, Advisory> | null;
}

const BLOCKING: Severity[] = ["high", "critical"];

// How pnpm reports that the registry's audit endpoint did not answer: an HTTP error status from it
// (this machine's registry answers 405) or no connection at all.
const UNREACHABLE = /AUDIT_BAD_RESPONSE|FETCH|ECONNREFUSED|ECONNRESET|ENOTFOUND|ETIMEDOUT|EAI_AGAIN|socket hang up/i;

/** Reads and checks the allow-list file's content; throws with the offending entry named. */
export function parseAllowList(json: unknown): AllowEntry[] {
  if (!Array.isArray(json)) throw new Error("the allow-list must be a JSON array");
  return json.map((entry, index) => {
    const where = `allow-list entry ${index + 1}`;
    if (typeof entry !== "object" || entry === null) throw new Error(`${where} is not an object`);
    const { id, reason, expires } = entry as Record<string, unknown>;
    if (typeof id !== "string" || !id.trim()) throw new Error(`${where} has no id`);
    if (typeof reason !== "string" || !reason.trim()) throw new Error(`${where} (${id}) has no reason`);
    if (typeof expires !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(expires) || Number.isNaN(Date.parse(expires))) {
      throw new Error(`${where} (${id}) needs an expiry date as YYYY-MM-DD`);
    }
    return { id: id.trim(), reason, expires };
  });
}

function matches(entry: AllowEntry, advisory: Advisory): boolean {
  // The bulk advisory endpoint (pnpm 11 and later) sends no github_advisory_id: the GHSA id is the
  // last part of the advisory's url.
  const fromUrl = /\/(GHSA-[\w-]+)$/i.exec(advisory.url ?? "")?.[1];
  const ids = [String(advisory.id), advisory.github_advisory_id, fromUrl, ...(advisory.cves ?? [])];
  return ids.some((id) => id?.toLowerCase() === entry.id.toLowerCase());
}

/** An entry is valid through the whole of its expiry day (UTC). */
function expired(entry: AllowEntry, today: Date): boolean {
  return today.toISOString().slice(0, 10) > entry.expires;
}

/** Judges pnpm audit's standard output (with --json) against the allow-list, as of `today`. */
export function judge(output: string, allowList: AllowEntry[], today: Date): Verdict {
  // Whatever JSON came back; every field is checked before it is trusted.
  let report: AuditReport | null;
  try {
    report = JSON.parse(output);
  } catch {
    const start = output.trim().slice(0, 200);
    return UNREACHABLE.test(output)
      ? { kind: "unreachable", message: start }
      : { kind: "failed", message: `pnpm audit did not answer with JSON: ${start || "(nothing)"}` };
  }
  if (report?.error) {
    const message = `${report.error.code ?? "error"}: ${report.error.message ?? ""}`.trim();
    return UNREACHABLE.test(message) ? { kind: "unreachable", message } : { kind: "failed", message };
  }
  if (typeof report?.advisories !== "object" || report.advisories === null) {
    return { kind: "failed", message: "pnpm audit's report has no advisories field" };
  }
  const blocking: Blocking[] = [];
  const allowed: Advisory[] = [];
  const lower: Record<Severity, number> = { info: 0, low: 0, moderate: 0, high: 0, critical: 0 };
  for (const advisory of Object.values(report.advisories)) {
    if (!BLOCKING.includes(advisory.severity)) {
      lower[advisory.severity] = (lower[advisory.severity] ?? 0) + 1;
      continue;
    }
    const entry = allowList.find((candidate) => matches(candidate, advisory));
    if (!entry) blocking.push({ advisory });
    else if (expired(entry, today)) blocking.push({ advisory, expired: entry });
    else allowed.push(advisory);
  }
  return { kind: "audited", blocking, allowed, lower };
}

/** The exit code: blocking advisories fail; an unreachable endpoint fails only when required. */
export function exitCode(verdict: Verdict, required: boolean): number {
  if (verdict.kind === "audited") return verdict.blocking.length > 0 ? 1 : 0;
  if (verdict.kind === "unreachable") return required ? 1 : 0;
  return 1;
}
