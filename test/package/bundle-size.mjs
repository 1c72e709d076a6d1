// Bundle budgets for typical imports, measured on the built package (dist/) with esbuild, min+gzip.
// Fails when a budget is exceeded or when a bundle contains code of a dependency it must not pull in.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const root = join(import.meta.dirname, "..", "..");
const MARKERS = {
  zod: /ZodError|\$ZodType|zod_/i,
  immer: /produceWithPatches|immerable|\[Immer\]/,
  "date-fns": /date-fns|constructFrom|millisecondsInDay/,
};

/** name, import statement, budget in bytes (min+gzip), dependencies that must not appear */
const cases = [
  ["{ sum } from opkoers/money", 'import { sum } from "opkoers/money"; globalThis.out = sum;', 1024, ["zod", "immer", "date-fns"]],
  ["{ add, allocate, formatAmount, parseAmount } from opkoers/money", 'import { add, allocate, formatAmount, parseAmount } from "opkoers/money"; globalThis.out = [add, allocate, formatAmount, parseAmount];', 6144, ["zod", "immer", "date-fns"]],
  ["* from opkoers/money (with its zod schemas)", 'import * as m from "opkoers/money"; globalThis.out = m;', 110000, ["immer", "date-fns"]],
  ["* from opkoers", 'import * as m from "opkoers"; globalThis.out = m;', 400000, []],
];
// The markers must find each dependency in the whole library, or the "contains no X" checks above prove nothing.
const MUST_CONTAIN = ["zod"];

// Resolve "opkoers" the way a consumer does: through node_modules and the package.json "exports" map.
const consumer = mkdtempSync(join(tmpdir(), "opkoers-bundle-"));
mkdirSync(join(consumer, "node_modules"));
symlinkSync(root, join(consumer, "node_modules", "opkoers"), "dir");
let wholeLibrary = "";

let failed = 0;
const rows = [];
for (const [name, source, budget, forbidden] of cases) {
  const result = await build({
    stdin: { contents: source, resolveDir: consumer, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    write: false,
    logLevel: "silent",
  });
  const code = result.outputFiles[0].text;
  if (name === "* from opkoers") wholeLibrary = code;
  const size = gzipSync(code).length;
  const leaks = forbidden.filter((dep) => MARKERS[dep].test(code));
  const ok = size <= budget && leaks.length === 0;
  if (!ok) failed++;
  rows.push(`${ok ? "ok  " : "FAIL"} ${name}: ${size} B min+gzip (budget ${budget} B)${leaks.length ? `, contains ${leaks.join(", ")}` : ""}`);
}
rmSync(consumer, { recursive: true, force: true });
for (const dep of MUST_CONTAIN) {
  if (!MARKERS[dep].test(wholeLibrary)) {
    failed++;
    rows.push(`FAIL the ${dep} marker does not match the whole-library bundle, so the leak check for ${dep} is not trustworthy`);
  }
}
process.stdout.write(`${rows.join("\n")}\n`);
if (failed > 0) {
  process.stderr.write(`${failed} bundle budget(s) failed\n`);
  process.exit(1);
}
