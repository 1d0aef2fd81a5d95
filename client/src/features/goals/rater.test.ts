import type { Principal } from "@samplan/shared/api";
import { describe, expect, it } from "vitest";
import { raterOf } from "./rater.ts";

describe("raterOf", () => {
  it("knows a guest by their place on the roster, so a new invitation next time is the same rater", () => {
    const guest = {
      kind: "guest",
      memberId: "member-1",
      invitationId: "invitation-2",
      name: "Sara Jensen",
      role: "borger",
      caseId: "c1",
      meetingId: "m2",
    } as unknown as Principal;
    expect(raterOf(guest)).toEqual({ key: "member-1", name: "Sara Jensen", role: "borger" });
  });

  it("knows staff by their account", () => {
    const staff = {
      kind: "staff",
      accountId: "account-1",
      username: "karin",
      name: "Karin Holm",
      role: "koordinator",
    } as unknown as Principal;
    expect(raterOf(staff)).toEqual({ key: "account-1", name: "Karin Holm", role: "koordinator" });
  });
});
