import type { Principal } from "@samplan/shared/api";
import { useEffect } from "react";
import { type IdleLimits, idleSignOutDue, signsOutWhenIdle } from "./idleSignOutDue.ts";
import { isMeetingUnderWayOpen } from "./meetingUnderWay.ts";

/** How often the device looks at the time since its last touch: a minute late at most. */
const CHECK_EVERY_MS = 30_000;
/** Other tabs of this browser learn of a touch through this key, at most this often. */
const LAST_TOUCH_KEY = "samplan-last-touch";
const SHARE_EVERY_MS = 10_000;
const TOUCHES = ["pointerdown", "keydown", "wheel", "touchstart"] as const;

/**
 * A device left on the table signs itself out (issue 19): staff after `minutes` without a touch,
 * or `inMeetingMinutes` while a meeting under way is open on it; a tablet the citizen got by a join
 * code or from the coordinator's hands never during the meeting, and `minutes` after it. A guest on
 * her own phone (a personal link) is not signed out: the device is hers. Touches in another tab of
 * the same browser count too, since signing out here ends that tab's session as well.
 */
export function useIdleSignOut(
  principal: Principal | null,
  limits: IdleLimits | null,
  signOutIdle: (minutes: number) => void,
): void {
  useEffect(() => {
    if (!principal || !limits) return;
    if (!signsOutWhenIdle(principal)) return;
    let lastTouch = Date.now();
    let shared = 0;
    const touched = () => {
      lastTouch = Date.now();
      if (lastTouch - shared < SHARE_EVERY_MS) return;
      shared = lastTouch;
      try {
        localStorage.setItem(LAST_TOUCH_KEY, String(lastTouch));
      } catch {
        // Storage refused (private mode, full): this tab's own touches still count.
      }
    };
    const touchedElsewhere = () => {
      const stored = Number(localStorage.getItem(LAST_TOUCH_KEY));
      return Number.isFinite(stored) ? stored : 0;
    };
    for (const touch of TOUCHES) window.addEventListener(touch, touched, { capture: true, passive: true });
    let ended = false;
    const check = window.setInterval(() => {
      const due = idleSignOutDue(
        principal,
        limits,
        isMeetingUnderWayOpen(),
        Date.now() - Math.max(lastTouch, touchedElsewhere()),
      );
      // Her tablet is hers for the whole meeting; the idle time counts from when it ended.
      if (due.kind === "restart") lastTouch = Date.now();
      if (due.kind === "signOut" && !ended) {
        ended = true;
        signOutIdle(due.minutes);
      }
    }, CHECK_EVERY_MS);
    return () => {
      window.clearInterval(check);
      for (const touch of TOUCHES) window.removeEventListener(touch, touched, { capture: true });
    };
  }, [principal, limits, signOutIdle]);
}
