/**
 * Whether a meeting under way is open on this device: the meeting page says so for as long as it
 * is, and the idle sign-out (useIdleSignOut.ts) then waits longer, because a tablet in the middle
 * of the table may go untouched for a while when the talk is going well.
 */
let open = 0;

/** Marks a meeting under way as open here; the returned function unmarks it. */
export function openMeetingUnderWay(): () => void {
  open++;
  let closed = false;
  return () => {
    if (closed) return;
    closed = true;
    open--;
  };
}

export function isMeetingUnderWayOpen(): boolean {
  return open > 0;
}
