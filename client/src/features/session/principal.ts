import type { Principal } from "@samplan/shared/api";

/** Keeps the roster, invites and chairs: only a signed-in coordinator, never a guest. */
export function isCoordinator(principal: Principal): boolean {
  return principal.kind === "staff" && principal.role === "koordinator";
}

/** Where someone belongs after entering: staff to the cases, a guest to what they were invited to. */
export function homeOf(principal: Principal): string {
  if (principal.kind === "staff") return "/";
  return principal.meetingId ? `/meetings/${principal.meetingId}` : `/cases/${principal.caseId}`;
}

/** A `next` parameter is only followed to a path on this site, never to another origin ("//evil"). */
export function safeNext(value: string | null | undefined): string | null {
  if (!value?.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return null;
  return value;
}
