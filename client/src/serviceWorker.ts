import { registerSW } from "virtual:pwa-register";

// The answers a meeting page needs to open without a connection (see vite.config.ts). The first
// visit is made before the service worker controls the page, so nothing went through its cache;
// asking once more as soon as it takes control means the very first meeting opened on a tablet
// can already be reopened offline.
function keepForOffline(): void {
  const paths = ["/api/auth", "/api/session"];
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

export function registerServiceWorker(): void {
  if (!("serviceWorker" in navigator)) return;
  const hadController = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (!hadController) keepForOffline();
  });
  registerSW({ immediate: true });
}
