// The ESM build imports csv-parse's browser build ("csv-parse/browser/esm/sync": no Node Buffer at load
// time, so it runs in browsers and in Node). That file is an ES module, which CommonJS cannot require on
// every Node 20, so the CommonJS build is pointed at csv-parse's own CommonJS build instead.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dist = join(import.meta.dirname, "..", "dist");
const files = readdirSync(dist, { recursive: true }).filter((name) => String(name).endsWith(".cjs"));
let rewritten = 0;
for (const name of files) {
  const path = join(dist, String(name));
  const text = readFileSync(path, "utf8");
  const next = text.replace(/require\((["'])csv-parse\/browser\/esm\/sync\1\)/g, 'require("csv-parse/sync")');
  if (next !== text) {
    writeFileSync(path, next);
    rewritten++;
  }
  if (next.includes("csv-parse/browser")) throw new Error(`${name} still refers to csv-parse's browser build`);
}
process.stdout.write(`CommonJS files pointed at csv-parse/sync: ${rewritten}\n`);
