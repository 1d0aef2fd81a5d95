// A step of `pnpm test`, after the client is built: the JavaScript each view loads before it is
// drawn, gzipped, against client/bundle-budget.json. A view over its budget, or one the budget
// names and the build no longer has, fails the step. `pnpm bench` prints the same table.
import path from "node:path";
import { bundleSizes } from "../server/bench/bundleSizes.ts";

const root = path.resolve(import.meta.dirname, "..");
const rows = bundleSizes(path.join(root, "client/dist"), path.join(root, "client/bundle-budget.json"));
console.table(rows);
// Without a build there is nothing to measure: bundleSizes says so in a row without a verdict.
const measured = rows.some((row) => "within" in row);
if (!measured) console.error(rows[0]?.view);
const over = rows.filter((row) => "within" in row && row.within === "NO");
for (const row of over) console.error(`over budget: ${row.view}`);
process.exit(!measured || over.length > 0 ? 1 : 0);
