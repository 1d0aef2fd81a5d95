import { describe, expect, it } from "vitest";
import { type Advisory, exitCode, judge, parseAllowList } from "./auditPolicy.ts";

const today = new Date("2026-11-25T12:00:00Z");

function advisory(overrides: Partial<Advisory> = {}): Advisory {
  return {
    id: 1100001,
    github_advisory_id: "GHSA-aaaa-bbbb-cccc",
    cves: ["CVE-2026-0001"],
    module_name: "some-package",
    severity: "high",
    title: "Prototype pollution",
    url: "https://github.com/advisories/GHSA-aaaa-bbbb-cccc",
    ...overrides,
  };
}

function report(...advisories: Advisory[]): string {
  return JSON.stringify({
    actions: [],
    advisories: Object.fromEntries(advisories.map((a) => [String(a.id), a])),
    muted: [],
    metadata: {},
  });
}

const entry = (id: string, expires = "2026-12-31") => ({ id, reason: "only reachable from tests", expires });

describe("the dependency audit's policy", () => {
  it("blocks a high or critical advisory that is not allowed, and passes lower ones", () => {
    const verdict = judge(
      report(advisory(), advisory({ id: 2, severity: "critical" }), advisory({ id: 3, severity: "moderate" })),
      [],
      today,
    );
    expect(verdict.kind).toBe("audited");
    if (verdict.kind !== "audited") return;
    expect(verdict.blocking.map((b) => b.advisory.id).sort()).toEqual([1100001, 2]);
    expect(verdict.lower.moderate).toBe(1);
    expect(exitCode(verdict, false)).toBe(1);
  });

  it("lets an allowed advisory through by its GHSA id, CVE or numeric id, in any case", () => {
    for (const id of ["GHSA-AAAA-BBBB-CCCC", "CVE-2026-0001", "1100001"]) {
      const verdict = judge(report(advisory()), [entry(id)], today);
      expect(verdict).toMatchObject({ kind: "audited", blocking: [], allowed: [{ id: 1100001 }] });
      expect(exitCode(verdict, true)).toBe(0);
    }
  });

  it("knows an advisory from the bulk endpoint, which gives its GHSA id only in its url", () => {
    const bulk = advisory({ github_advisory_id: undefined, cves: undefined });
    const verdict = judge(report(bulk), [entry("GHSA-aaaa-bbbb-cccc")], today);
    expect(verdict).toMatchObject({ kind: "audited", blocking: [], allowed: [{ id: 1100001 }] });
  });

  it("blocks again once the entry has expired, and holds through its last day", () => {
    expect(judge(report(advisory()), [entry("CVE-2026-0001", "2026-11-25")], today)).toMatchObject({ blocking: [] });
    const verdict = judge(report(advisory()), [entry("CVE-2026-0001", "2026-11-24")], today);
    expect(verdict).toMatchObject({ blocking: [{ expired: { expires: "2026-11-24" } }] });
    expect(exitCode(verdict, false)).toBe(1);
  });

  it("passes with a warning when the endpoint does not answer, unless an audit is required", () => {
    // Exactly what pnpm 10 printed on this machine, whose registry answers 405.
    const answer = JSON.stringify({
      error: {
        code: "ERR_PNPM_AUDIT_BAD_RESPONSE",
        message:
          "The audit endpoint (at https://registry.npmjs.org/-/npm/v1/security/audits/quick) responded with 405: . Fallback endpoint (at https://registry.npmjs.org/-/npm/v1/security/audits) responded with 405: ",
      },
    });
    const verdict = judge(answer, [], today);
    expect(verdict.kind).toBe("unreachable");
    expect(exitCode(verdict, false)).toBe(0);
    expect(exitCode(verdict, true)).toBe(1);
    expect(judge("ETIMEDOUT: spawnSync pnpm ETIMEDOUT", [], today).kind).toBe("unreachable");
    expect(judge('{"error":{"code":"ERR_PNPM_FETCH_ENOTFOUND","message":"x"}}', [], today).kind).toBe("unreachable");
  });

  it("fails on any other error, so a broken audit is never mistaken for a clean one", () => {
    for (const output of ['{"error":{"code":"ERR_PNPM_NO_LOCKFILE","message":"no lockfile"}}', "", "{}"]) {
      const verdict = judge(output, [], today);
      expect(verdict.kind).toBe("failed");
      expect(exitCode(verdict, false)).toBe(1);
    }
  });

  it("refuses an allow-list entry without an id, a reason or a valid expiry", () => {
    expect(parseAllowList([entry("GHSA-x")])).toHaveLength(1);
    expect(() => parseAllowList({})).toThrow(/array/);
    expect(() => parseAllowList([{ reason: "r", expires: "2026-12-31" }])).toThrow(/no id/);
    expect(() => parseAllowList([{ id: "GHSA-x", reason: " ", expires: "2026-12-31" }])).toThrow(/no reason/);
    expect(() => parseAllowList([{ id: "GHSA-x", reason: "r" }])).toThrow(/expiry/);
    expect(() => parseAllowList([{ id: "GHSA-x", reason: "r", expires: "31-12-2026" }])).toThrow(/expiry/);
  });
});
