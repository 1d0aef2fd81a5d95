import type { Principal } from "@samplan/shared/api";
import { describe, expect, it } from "vitest";
import { idleSignOutDue, signsOutWhenIdle } from "./idleSignOutDue.ts";

const limits = { minutes: 15, inMeetingMinutes: 120 };
const minutes = (n: number) => n * 60_000;
const staff = { kind: "staff", role: "koordinator" } as Principal;
const guest = (sharedDevice: boolean) => ({ kind: "guest", role: "borger", sharedDevice }) as Principal;

describe("a device left untouched", () => {
  it("signs staff out after the limit, and not a minute before", () => {
    expect(idleSignOutDue(staff, limits, false, minutes(14.9))).toEqual({ kind: "wait" });
    expect(idleSignOutDue(staff, limits, false, minutes(15))).toEqual({ kind: "signOut", minutes: 15 });
  });

  it("keeps staff signed in longer while a meeting under way is open", () => {
    expect(idleSignOutDue(staff, limits, true, minutes(60))).toEqual({ kind: "wait" });
    expect(idleSignOutDue(staff, limits, true, minutes(120))).toEqual({ kind: "signOut", minutes: 120 });
  });

  it("keeps a shared tablet the citizen's through the meeting, and signs it out after", () => {
    expect(idleSignOutDue(guest(true), limits, true, minutes(600))).toEqual({ kind: "restart" });
    expect(idleSignOutDue(guest(true), limits, false, minutes(15))).toEqual({ kind: "signOut", minutes: 15 });
  });

  it("never signs out a guest on her own device (a personal link)", () => {
    expect(signsOutWhenIdle(guest(false))).toBe(false);
    expect(signsOutWhenIdle(guest(true))).toBe(true);
    expect(signsOutWhenIdle(staff)).toBe(true);
  });
});
