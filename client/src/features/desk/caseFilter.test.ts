import type { Case } from "@samplan/shared/api";
import { describe, expect, it } from "vitest";
import { casesToShow } from "./caseFilter.ts";

const DAY = 86_400_000;
const at = (days: number) => new Date(Date.now() + days * DAY).toISOString();
let n = 0;
function kase(citizenName: string, extra: Partial<Case> = {}): Case {
  n++;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, "0")}` as Case["id"],
    citizenName,
    createdAt: at(-30),
    caseReference: null,
    kleNumber: null,
    closedAt: null,
    closedReason: null,
    nextMeetingAt: null,
    ...extra,
  };
}

const soren = kase("Søren Ægidius", { nextMeetingAt: at(5), caseReference: "27.12.04-G01-123-26" });
const anna = kase("Anna Berg", { nextMeetingAt: at(1) });
const ole = kase("Ole Ek");
const aase = kase("Åse Holm");
const ib = kase("Ib Lund", { closedAt: at(-2), closedReason: "job" });
const mo = kase("Mo Said", { closedAt: at(-1), closedReason: "moved" });
const all = [ib, ole, soren, mo, aase, anna];
const names = (cases: Case[]) => cases.map((c) => c.citizenName);

describe("the start page's list of cases", () => {
  it("shows running cases by next meeting, soonest first, then those with none by name (Danish order)", () => {
    expect(names(casesToShow(all, "", "active"))).toEqual(["Anna Berg", "Søren Ægidius", "Ole Ek", "Åse Holm"]);
  });

  it("filters to cases with no meeting planned, to closed ones (latest first), or shows all with closed ones last", () => {
    expect(names(casesToShow(all, "", "noMeeting"))).toEqual(["Ole Ek", "Åse Holm"]);
    expect(names(casesToShow(all, "", "closed"))).toEqual(["Mo Said", "Ib Lund"]);
    expect(names(casesToShow(all, "", "all")).slice(-2)).toEqual(["Mo Said", "Ib Lund"]);
  });

  it("finds a case by part of the name in any case, or by its case number", () => {
    expect(names(casesToShow(all, "  søREN ", "active"))).toEqual(["Søren Ægidius"]);
    expect(names(casesToShow(all, "G01-123", "all"))).toEqual(["Søren Ægidius"]);
    expect(names(casesToShow(all, "ib", "active"))).toEqual([]);
    expect(names(casesToShow(all, "ib", "all"))).toEqual(["Ib Lund"]);
  });
});
