import type { Principal } from "@samplan/shared/api";
import { describe, expect, it } from "vitest";
import { homeOf, isCoordinator, safeNext } from "./principal.ts";

const staff = (role: "koordinator" | "fagperson") =>
  ({ kind: "staff", accountId: "a", username: "karin", name: "Karin Holm", role }) as unknown as Principal;
const guest = (meetingId: string | null) =>
  ({
    kind: "guest",
    memberId: "m",
    invitationId: "i",
    name: "Sara",
    role: "borger",
    caseId: "c1",
    meetingId,
  }) as unknown as Principal;

describe("safeNext", () => {
  it("follows a path on this site", () => {
    expect(safeNext("/cases/c1?x=1")).toBe("/cases/c1?x=1");
  });

  it("refuses anything that could lead to another origin", () => {
    for (const value of ["//evil.example/x", "/\\evil.example", "https://evil.example", "evil", "", null, undefined]) {
      expect(safeNext(value)).toBeNull();
    }
  });
});

describe("who goes where", () => {
  it("only a signed-in coordinator keeps the roster", () => {
    expect(isCoordinator(staff("koordinator"))).toBe(true);
    expect(isCoordinator(staff("fagperson"))).toBe(false);
    expect(isCoordinator(guest("m1"))).toBe(false);
  });

  it("sends staff to the cases and a guest to what they were invited to", () => {
    expect(homeOf(staff("fagperson"))).toBe("/");
    expect(homeOf(guest("m1"))).toBe("/meetings/m1");
    expect(homeOf(guest(null))).toBe("/cases/c1");
  });
});
