import optimizeLocales from "@react-aria/optimize-locales-plugin";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { VitePWA } from "vite-plugin-pwa";
import { notPastTheSession } from "./src/features/session/keptAnswers.ts";

// In development the API and the collaboration websocket live on the server's own port; proxying
// them keeps the browser on one origin, exactly as in production where the server serves dist/.
const server = process.env.SAMPLAN_SERVER_URL ?? "http://127.0.0.1:3000";

// Answers the app needs to open a meeting it has seen before without a connection: who is signed
// in, and the meeting's title and case. Network first, so they are fresh whenever the network
// answers; the cached copy is only for when it does not. Sign-out deletes the cache.
// (A regular expression, not a function: Workbox copies it into the generated worker as text.)
const OFFLINE_API = /\/api\/(auth|meetings\/[0-9a-f-]{36})$/;

export default defineConfig({
  plugins: [
    react(),
    // React Aria's own words (the calendar button's name, "Forrige", "Næste") only in Samplan's
    // languages that it has; its 30-odd others are left out. Somali, Persian and Urdu, which it
    // does not have, fall back to English, as they would anyway.
    optimizeLocales.vite({ locales: ["da", "en", "ar", "pl", "tr", "uk"] }),
    // A service worker (Workbox, generated at build) keeps the app's own files on the device, so a
    // tablet that reloads on a dropped connection still opens the meeting; the plan itself is kept,
    // sealed, by src/features/meeting/encryptedDeviceCopy.ts, and its key (/api/session/device-key) is never
    // among the answers kept here. No install manifest: Samplan is a web page, not an app to install.
    VitePWA({
      // Registered by src/serviceWorker.ts, which also warms the cache when the worker takes over.
      injectRegister: false,
      // A new version waits for her to say "Opdater" (or for a page that is not a meeting) rather
      // than reloading a tablet mid-meeting (issue 19); serviceWorker.ts asks her.
      registerType: "prompt",
      manifest: false,
      workbox: {
        // The first page a tablet opens is served by the worker from then on, without a reload. A
        // later version does not skip waiting: it takes over when the page asks it to.
        clientsClaim: true,
        globPatterns: ["**/*.{js,css,html,svg,woff2}"],
        navigateFallback: "/index.html",
        navigateFallbackDenylist: [/^\/api\//, /^\/collaboration/],
        runtimeCaching: [
          {
            urlPattern: OFFLINE_API,
            method: "GET",
            handler: "NetworkFirst",
            options: {
              cacheName: "samplan-api",
              networkTimeoutSeconds: 5,
              cacheableResponse: { statuses: [200] },
              plugins: [notPastTheSession],
            },
          },
        ],
      },
    }),
  ],
  server: {
    proxy: {
      // The browser's own Host goes through unchanged, so the server sees the request addressed to
      // the origin the page's Origin header names, and its same-origin check (server/src/http/
      // sameOrigin.ts) lets the app's own requests in, as in production.
      "/api": { target: server, changeOrigin: false },
      "/collaboration": { target: server, ws: true, changeOrigin: true },
    },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // The server's CSP allows only same-origin files for scripts; keep every asset a file rather
    // than a data: URL so nothing depends on what the policy makes an exception for.
    assetsInlineLimit: 0,
    // The text editor's chunk (TipTap, ProseMirror, the Yjs binding) is ~430 kB before gzip and
    // loads only once a meeting's plan is on screen (features/plan/ItemEditor.tsx).
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              // zod with shared/'s setting for the browser in one chunk, which runs top to bottom
              // before any chunk that makes a schema: the setting has to come before the first
              // schema is made (see shared/src/browser/withoutEval.ts).
              name: "zod",
              test: /node_modules[\\/]zod[\\/]|shared[\\/]src[\\/]browser[\\/]/,
            },
          ],
        },
      },
    },
  },
});
