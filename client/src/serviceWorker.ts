import { registerSW } from "virtual:pwa-register";

// The answers a meeting page needs to open without a connection (see vite.config.ts). The first
// visit is made before the service worker controls the page, so nothing went through its cache;
// asking once more as soon as it takes control means the very first meeting opened on a tablet
// can already be reopened offline.
function keepForOffline(): void {
  const paths = ["/api/auth"];
  const meeting = /^\/meetings\/([0-9a-f-]{36})/.exec(window.location.pathname);
  if (meeting) paths.push(`/api/meetings/${meeting[1]}`);
  // The body is read to its end: an answer left unread stays open in Chromium, and the page never
  // looks finished loading (Lighthouse waited its full 45 s on it).
  for (const path of paths) {
    void fetch(path, { credentials: "same-origin" })
      .then((response) => response.arrayBuffer())
      .catch(() => undefined);
  }
}

// A tab left open all day at the table still hears of a new version within the hour; the browser
// itself only looks when a page is opened.
const LOOK_FOR_UPDATES_MS = 60 * 60_000;

// The live meeting, its big screen, and the invitation link that leads into it.
const MEETING = /^\/(meetings\/[^/]+(\/storskaerm)?|join)\/?$/;

export function isMeetingPath(pathname: string): boolean {
  return MEETING.test(pathname);
}

// How long a page being left waits for the new worker to take over before it loads anyway.
const TAKE_OVER_MS = 3_000;

/**
 * A new version of the app, put out while this page was open (issue 19). In a meeting it waits
 * until she says "Opdater"; elsewhere the new service worker takes over at once and the new code
 * comes with her next page, never under her hands (vite.config.ts: registerType "prompt").
 *
 * The worker is let in at a quiet moment: asked while the next page's requests were still going
 * through the old one, Chromium held the new one back for as long as we watched.
 */
class NewVersion {
  private waiting = false;
  private applying = false;
  private registration: ServiceWorkerRegistration | null = null;
  private readonly listeners = new Set<() => void>();

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly isWaiting = (): boolean => this.waiting;

  /** Loads the new version now: the new worker takes over (if it has not yet) and the page reloads. */
  readonly apply = (): void => {
    if (!this.waiting || this.applying) return;
    this.applying = true;
    if (!this.letIn()) {
      window.location.reload();
      return;
    }
    // Reloaded when it takes over (see register); should it be held back, the page loads anyway
    // and is told again there.
    setTimeout(() => window.location.reload(), TAKE_OVER_MS);
  };

  register(): void {
    const hadController = navigator.serviceWorker.controller !== null;
    navigator.serviceWorker.addEventListener("controllerchange", () => {
      if (!hadController) keepForOffline();
      if (this.applying) window.location.reload();
    });
    registerSW({
      immediate: true,
      onNeedRefresh: () => {
        if (!isMeetingPath(window.location.pathname)) this.letIn();
        this.arrived();
      },
      // The new worker took over, let in here or by another tab: this page keeps running until
      // she chooses (a part whose old code is gone reloads on its own, once: ui/FailureBoundary.tsx).
      onNeedReload: () => {
        if (!this.applying) this.arrived();
      },
      onRegisteredSW: (_url, registration) => {
        if (!registration) return;
        this.registration = registration;
        setInterval(() => void registration.update().catch(() => undefined), LOOK_FOR_UPDATES_MS);
      },
    });
  }

  /** Asks the waiting worker to take over (Workbox's worker skips waiting when asked); false when none waits. */
  private letIn(): boolean {
    const next = this.registration?.waiting;
    next?.postMessage({ type: "SKIP_WAITING" });
    return next !== undefined && next !== null;
  }

  private arrived(): void {
    this.waiting = true;
    for (const listener of this.listeners) listener();
  }
}

export const newVersion = new NewVersion();

export function registerServiceWorker(): void {
  if (!("serviceWorker" in navigator)) return;
  newVersion.register();
}
