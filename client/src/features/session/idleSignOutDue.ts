import type { AuthStatus, Principal } from "@samplan/shared/api";

export type IdleLimits = AuthStatus["idleSignOut"];

/** Whether this device signs itself out for idleness at all: staff, or a guest on a shared device. */
export function signsOutWhenIdle(principal: Principal): boolean {
  return principal.kind === "staff" || principal.sharedDevice;
}

/**
 * What the device does when it looks at the clock: nothing yet, sign out after `minutes`, or (a
 * shared tablet during a meeting under way, which is the citizen's for the whole meeting) start
 * counting again from now.
 */
export function idleSignOutDue(
  principal: Principal,
  limits: IdleLimits,
  inMeeting: boolean,
  idleForMs: number,
): { kind: "wait" } | { kind: "restart" } | { kind: "signOut"; minutes: number } {
  if (inMeeting && principal.kind === "guest") return { kind: "restart" };
  const minutes = inMeeting ? limits.inMeetingMinutes : limits.minutes;
  return idleForMs >= minutes * 60_000 ? { kind: "signOut", minutes } : { kind: "wait" };
}
