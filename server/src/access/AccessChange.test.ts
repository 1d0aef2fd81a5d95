import { type CaseId, type MeetingId, newId } from "@samplan/shared/vocabulary";
import { describe, expect, it } from "vitest";
import { AccessChange, affects, type ScopedContext } from "./AccessChange.ts";

// Ids as a connection carries them; which ones does not matter here.
const CASE = newId<CaseId>();
const MEETING = newId<MeetingId>();

const guest: ScopedContext = {
  caseId: CASE,
  meetingId: MEETING,
  memberId: "member-1",
  invitationId: "invitation-1",
  accountId: null,
  sessionId: "session-1",
};
const staff: ScopedContext = {
  ...guest,
  memberId: "member-2",
  invitationId: null,
  accountId: "account-1",
  sessionId: "session-2",
};

describe("affects", () => {
  it("matches every connection of the case when only the case is given", () => {
    expect(affects({ caseId: CASE }, guest)).toBe(true);
    expect(affects({ caseId: "case-2" }, guest)).toBe(false);
  });

  it("needs every field given to match", () => {
    expect(affects({ caseId: CASE, meetingId: MEETING }, guest)).toBe(true);
    expect(affects({ caseId: CASE, meetingId: "meeting-2" }, guest)).toBe(false);
    expect(affects({ caseId: CASE, invitationId: "invitation-1" }, guest)).toBe(true);
    expect(affects({ caseId: CASE, invitationId: "invitation-1" }, staff)).toBe(false);
    expect(affects({ caseId: CASE, memberIds: ["member-9", "member-1"] }, guest)).toBe(true);
    expect(affects({ caseId: CASE, memberIds: [] }, guest)).toBe(false);
    expect(affects({ caseId: CASE, meetingId: MEETING, accountId: "account-1" }, staff)).toBe(true);
    expect(affects({ caseId: CASE, accountId: "account-1" }, guest)).toBe(false);
    expect(affects({ caseId: CASE, accountId: "account-1", sessionId: "session-2" }, staff)).toBe(true);
    expect(affects({ caseId: CASE, accountId: "account-1", sessionId: "session-3" }, staff)).toBe(false);
  });

  it("leaves alone a connection let in by an invitation excepted from the change", () => {
    const scope = { caseId: CASE, memberIds: ["member-1", "member-2"], exceptInvitationIds: ["invitation-1"] };
    expect(affects(scope, guest)).toBe(false);
    expect(affects(scope, staff)).toBe(true);
  });
});

describe("AccessChange", () => {
  it("survives a trip through JSON, as it crosses between instances", () => {
    const change: AccessChange = { scope: { caseId: CASE, memberIds: ["member-1"] }, effect: "withdrawn" };
    expect(AccessChange.parse(JSON.parse(JSON.stringify(change)))).toEqual(change);
    expect(AccessChange.safeParse({ scope: { caseId: CASE }, effect: "everything" }).success).toBe(false);
  });
});
