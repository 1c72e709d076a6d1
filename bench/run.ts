// Runs every bench/*.bench.ts scenario and prints one Markdown table of ratios against baselines
// measured in the same run. `npm run bench -- --write` also writes bench/RESULTS.md.
// Filter: `npm run bench -- money` runs only files whose name contains "money".
import { readdirSync, writeFileSync } from "node:fs";
import { arch, cpus, totalmem } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { formatRow, measure, TABLE_HEADER, type Outcome, type Scenario } from "./harness.js";

const here = import.meta.dirname;
const args = process.argv.slice(2);
const write = args.includes("--write");
const filters = args.filter((arg) => !arg.startsWith("--"));
const files = readdirSync(here)
  .filter((name) => name.endsWith(".bench.ts"))
  .filter((name) => filters.length === 0 || filters.some((filter) => name.includes(filter)))
  .sort();

const outcomes: Outcome[] = [];
for (const file of files) {
  const module = (await import(pathToFileURL(join(here, file)).href)) as { scenarios: () => Scenario[] };
  for (const scenario of module.scenarios()) {
    process.stderr.write(`measuring ${scenario.name} …\n`);
    outcomes.push(await measure(scenario));
  }
}

const machine = `Node ${process.version}, ${arch()}, ${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}, ${Math.round(totalmem() / 2 ** 30)} GiB`;
const table = [TABLE_HEADER, ...outcomes.map(formatRow)].join("\n");
process.stdout.write(`${table}\n\n${machine}\n`);
if (write) {
  const text = `# Benchmark results\n\nProduced by \`npm run bench -- --write\`. Each ratio is opkoers's median time over the baseline's median time, measured in alternating rounds in the same run (tinybench, 5 rounds).\n\n${table}\n\nMachine: ${machine}\n`;
  writeFileSync(join(here, "RESULTS.md"), text);
}
const missed = outcomes.filter((outcome) => outcome.met === false);
if (missed.length > 0) process.stderr.write(`${missed.length} target(s) missed: ${missed.map((o) => o.scenario.name).join("; ")}\n`);
