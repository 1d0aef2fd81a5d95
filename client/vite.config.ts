import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// In development the API and the collaboration websocket live on the server's own port; proxying
// them keeps the browser on one origin, exactly as in production where the server serves dist/.
const server = process.env.SAMPLAN_SERVER_URL ?? "http://127.0.0.1:3000";

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      "/api": { target: server, changeOrigin: true },
      "/collaboration": { target: server, ws: true, changeOrigin: true },
    },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // The server's CSP allows only same-origin files for scripts; keep every asset a file rather
    // than a data: URL so nothing depends on what the policy makes an exception for.
    assetsInlineLimit: 0,
    // The meeting page's chunk (TipTap, ProseMirror, Yjs, the provider) is ~550 kB before gzip and
    // is loaded only when a meeting opens; the start and case pages do not pay for it.
    chunkSizeWarningLimit: 600,
  },
});
