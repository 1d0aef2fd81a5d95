// A step of `pnpm test`, after the client is built: the JavaScript each view loads before it is
// drawn, gzipped, against client/bundle-budget.json. A view over its budget, or one the budget
// names and the build no longer has, fails the step. `pnpm bench` prints the same table.
import path from "node:path";
import { bundleSizes } from "../server/bench/bundleSizes.ts";

const root = path.resolve(import.meta.dirname, "..");
const rows = bundleSizes(path.join(root, "client/dist"), path.join(root, "client/bundle-budget.json"));
console.table(rows);
const over = rows.filter((row) => "within" in row && row.within === "NO");
for (const row of over) console.error(`over budget: ${row.view}`);
if (rows.length === 1 && !("within" in rows[0]!)) console.error(rows[0]!.view);
process.exit(over.length > 0 || rows.length <= 1 ? 1 : 0);
