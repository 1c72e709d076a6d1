// Bundle budgets for typical imports, measured on the built package (dist/) with esbuild, min+gzip.
// Fails when a budget is exceeded, when a bundle contains code of a dependency it must not pull in, or when a
// bundle lacks a dependency it uses (which proves that the marker for that dependency works).
// `node test/package/bundle-size.mjs --markdown` prints the results as a Markdown table (bench/run.ts puts it in
// bench/RESULTS.md).
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const root = join(import.meta.dirname, "..", "..");
const markdown = process.argv.includes("--markdown");

// Strings that survive minification (property names, Symbol.for keys, messages), one set per dependency.
const MARKERS = {
  zod: /ZodError|\$ZodType|zod_/i,
  immer: /produceWithPatches|immer-draftable|immer-state/,
  "date-fns": /constructDateFrom/, // date-fns 4's Symbol.for key in constructFrom, which every date-making function uses
};
const ALL = Object.keys(MARKERS);

/**
 * name, import statement, budget in bytes (min+gzip), dependencies that must not appear, dependencies that
 * must appear (the import uses them: if the marker does not find them, the "must not appear" checks prove nothing).
 * Budgets are 5–15 % above the size measured when they were set (Node 20, esbuild 0.28; bench/RESULTS.md has the latest sizes).
 * Raised 2026-12-08 (issue 18, measured by this script): parseAmount's checks of spaces, unexpected text and
 * parentheses (3584 → 3672 B), rollup's entry guards and the one year/years, phase/phases option reader
 * (3584 → 3995 B), finance's lineClassifier, reserve kinds and argument guards (24576 → 25491 B), the whole
 * library 215040 → 217154 B.
 * Raised 2026-12-08 (issue 19, measured by this script): every issue message in Dutch and English and zod's Dutch
 * locale for a Dutch parse — opkoers/report 153350 B on main → 156638 B (budget 155648 → 164864 B).
 */
const star = (layer, budget, forbidden, required) => [`* from opkoers/${layer}`, `import * as m from "opkoers/${layer}"; globalThis.out = m;`, budget, forbidden, required];
const cases = [
  ["{ sum } from opkoers/money", 'import { sum } from "opkoers/money"; globalThis.out = sum;', 1024, ALL, []],
  ["{ allocate } from opkoers/money", 'import { allocate } from "opkoers/money"; globalThis.out = allocate;', 1536, ALL, []],
  ["{ add, allocate, formatAmount, parseAmount } from opkoers/money", 'import { add, allocate, formatAmount, parseAmount } from "opkoers/money"; globalThis.out = [add, allocate, formatAmount, parseAmount];', 4096, ALL, []],
  ["{ taakveldLabel, isValidTaakveld, hoofdtaakveldOf } from opkoers/reference", 'import { taakveldLabel, isValidTaakveld, hoofdtaakveldOf } from "opkoers/reference"; globalThis.out = [taakveldLabel, isValidTaakveld, hoofdtaakveldOf];', 8704, ALL, []],
  ["{ addMonths } from opkoers/calendar", 'import { addMonths } from "opkoers/calendar"; globalThis.out = addMonths;', 2048, ["zod", "immer"], ["date-fns"]],
  ["{ rollup } from opkoers/budget", 'import { rollup } from "opkoers/budget"; globalThis.out = rollup;', 4608, ALL, []],
  // applyAmendment (and undoAmendment's redo) reads the amendment with AmendmentSchema, the schema parseBudget uses
  // (issue 18: one check, not a hand-written copy that can drift), so it needs zod: about 101 kB measured from src.
  ["{ applyAmendment } from opkoers/budget", 'import { applyAmendment } from "opkoers/budget"; globalThis.out = applyAmendment;', 110592, ["date-fns"], ["immer", "zod"]],
  ["{ validateBudgetLines } from opkoers/budget", 'import { validateBudgetLines } from "opkoers/budget"; globalThis.out = validateBudgetLines;', 102400, ["immer", "date-fns"], ["zod"]],
  // Each layer's entry: zod where the layer has schemas, immer only with the budget layer, date-fns only with the calendar.
  // Any zod schema costs about 93 kB: the `z` namespace object of zod 4 classic keeps all of zod (and its locales).
  star("money", 106496, ["immer", "date-fns"], ["zod"]),
  star("calendar", 106496, ["immer"], ["zod", "date-fns"]),
  star("reference", 16384, ALL, []),
  star("status", 104448, ["immer", "date-fns"], ["zod"]),
  star("policy", 120832, ["immer", "date-fns"], ["zod"]), // policy uses calendar functions that need no date-fns
  star("budget", 120832, ["date-fns"], ["zod", "immer"]),
  star("finance", 27648, ["zod", "immer"], ["date-fns"]), // finance uses budget functions that need neither zod nor immer
  star("io", 143360, ["immer", "date-fns"], ["zod"]),
  star("report", 164864, ["immer"], ["zod", "date-fns"]), // the report reads amendments, it never applies them
  ["* from opkoers (the whole library)", 'import * as m from "opkoers"; globalThis.out = m;', 235520, [], ALL],
];

// Resolve "opkoers" the way a consumer does: through node_modules and the package.json "exports" map.
const consumer = mkdtempSync(join(tmpdir(), "opkoers-bundle-"));
mkdirSync(join(consumer, "node_modules"));
symlinkSync(root, join(consumer, "node_modules", "opkoers"), "dir");

let failed = 0;
const rows = [];
const table = ["| import | min+gzip | budget | zod | immer | date-fns | result |", "| --- | --- | --- | --- | --- | --- | --- |"];
try {
  for (const [name, source, budget, forbidden, required] of cases) {
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
    const size = gzipSync(code).length;
    const found = ALL.filter((dep) => MARKERS[dep].test(code));
    const leaks = forbidden.filter((dep) => found.includes(dep));
    const missing = required.filter((dep) => !found.includes(dep));
    const ok = size <= budget && leaks.length === 0 && missing.length === 0;
    if (!ok) failed++;
    const problems = [leaks.length ? `contains ${leaks.join(", ")}` : "", missing.length ? `the marker does not find ${missing.join(", ")}, which it uses` : ""].filter(Boolean);
    rows.push(`${ok ? "ok  " : "FAIL"} ${name}: ${size} B min+gzip (budget ${budget} B); contains ${found.length ? found.join(", ") : "none of zod, immer, date-fns"}${problems.length ? `; ${problems.join("; ")}` : ""}`);
    const cell = (dep) => (found.includes(dep) ? "yes" : "no") + (forbidden.includes(dep) ? " (must not)" : required.includes(dep) ? " (must)" : "");
    table.push(`| \`import ${name.replace(" from ", ' from "')}"\` | ${size.toLocaleString("en")} B | ${budget.toLocaleString("en")} B | ${cell("zod")} | ${cell("immer")} | ${cell("date-fns")} | ${ok ? "ok" : `**FAIL** ${problems.join("; ")}`} |`);
  }
} finally {
  rmSync(consumer, { recursive: true, force: true });
}
process.stdout.write(`${(markdown ? table : rows).join("\n")}\n`);
if (failed > 0) {
  process.stderr.write(`${failed} bundle budget(s) failed\n`);
  process.exit(1);
}
