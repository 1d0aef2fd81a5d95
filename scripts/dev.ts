// `pnpm dev`: the server restarting on change (node --watch) and Vite's dev server with hot
// reload in front of it. Open the address Vite prints; it forwards /api and /collaboration.
import { spawn } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const port = process.env.PORT ?? "3000";
const children = [
  spawn("pnpm", ["--filter", "@samplan/server", "dev"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, PORT: port },
  }),
  spawn("pnpm", ["--filter", "@samplan/client", "dev"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, SAMPLAN_SERVER_URL: `http://127.0.0.1:${port}` },
  }),
];
const stop = () => {
  for (const child of children) child.kill("SIGTERM");
};
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
for (const child of children) child.once("exit", stop);
