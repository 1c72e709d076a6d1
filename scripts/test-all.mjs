// `npm test` (issue 19): runs every gate in order — typecheck, unit tests (UTC with coverage, plus the zone-sensitive
// layers again under Asia/Kathmandu, one vitest process), browser tests, build, package checks, docs, end-to-end
// and smoke tests — with each step's own output shown as it runs, and ends with one line that says how it went:
//
//   npm test: 4208 passed, 0 failed, 9 skipped · steps: typecheck ✓ 62 s, unit ✓ 410 s, …
//
// Counts: every vitest test (read from a JSON report written beside the usual output), plus one check for each
// step that is not a vitest run. Skipped tests are listed above that line by name (their names say why), and so
// is every "SKIPPED: …" line a step printed (e.g. no Chromium outside CI).
//
// A failed step does not stop the run (all failures are seen in one run); a step that needs an earlier one that
// failed is not run. The exit code is 1 when anything failed. Options: --bail stops at the first failed step;
// --steps=unit,build runs only the named steps (for a quick local check; `npm test` runs all).
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { countVitestReport, groupSkipped, summaryLine } from "./test-summary.mjs";

const STEPS = [
  { name: "typecheck", script: "typecheck" },
  { name: "unit", script: "test:unit", vitest: true },
  { name: "browser", script: "test:browser", vitest: true },
  { name: "build", script: "build" },
  // attw --pack and the smoke test run `npm pack`, whose prepack script builds again. When the build step ran in
  // this run, npm skips that prepack (npm_config_ignore_scripts; `npm run` still runs the named script); with
  // --steps and no build step, npm pack builds as usual.
  { name: "package", script: "test:package", needs: ["build"], builtEnv: { npm_config_ignore_scripts: "true" } },
  { name: "docs", script: "docs" },
  { name: "e2e", script: "test:e2e", needs: ["build", "docs"] },
  { name: "smoke", script: "test:smoke", needs: ["build"], builtEnv: { npm_config_ignore_scripts: "true" } },
];

const args = process.argv.slice(2);
const bail = args.includes("--bail");
const only = args.find((arg) => arg.startsWith("--steps="))?.slice("--steps=".length).split(",");
const unknown = [...(only ?? []).filter((name) => !STEPS.some((step) => step.name === name)), ...args.filter((arg) => arg !== "--bail" && !arg.startsWith("--steps="))];
if (unknown.length > 0) {
  process.stderr.write(`test-all: unknown ${unknown.join(", ")}; steps: ${STEPS.map((step) => step.name).join(", ")}; options: --bail, --steps=a,b\n`);
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), "opkoers-test-"));
const npm = process.env.npm_execpath ? [process.execPath, [process.env.npm_execpath]] : ["npm", []];

/** Runs one npm script, its output passed through as it comes, and resolves to its exit code and output. */
function runScript(script, extra, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(npm[0], [...npm[1], "run", script, ...(extra.length > 0 ? ["--", ...extra] : [])], {
      stdio: ["inherit", "pipe", "pipe"],
      env: { ...(process.stdout.isTTY && process.env.NO_COLOR === undefined ? { FORCE_COLOR: "1" } : {}), ...process.env, ...env },
    });
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
      process.stderr.write(chunk);
    });
    child.on("close", (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), output }));
    child.on("error", (error) => resolve({ code: 1, output: String(error) }));
  });
}

// eslint-disable-next-line no-control-regex
const plain = (text) => text.replace(/\u001b\[[0-9;]*m/g, "");

const totals = { passed: 0, failed: 0, skipped: 0 };
const results = [];
const skippedNames = [];
const notes = [];
const problems = [];
let stop = false;
for (const step of STEPS) {
  if (only !== undefined && !only.includes(step.name)) continue;
  const missing = (step.needs ?? []).filter((need) => results.some((r) => r.name === need && r.status !== "passed"));
  if (stop || missing.length > 0) {
    results.push({ name: step.name, status: "not run" });
    problems.push(`${step.name}: not run (${stop ? "--bail after a failed step" : `needs ${missing.join(" and ")}, which failed`})`);
    totals.failed++;
    continue;
  }
  process.stdout.write(`\n▶ ${step.name}: npm run ${step.script}\n`);
  const json = join(work, `${step.name}.json`);
  const started = process.hrtime.bigint();
  const { code, output } = await runScript(step.script, step.vitest ? ["--reporter=default", "--reporter=json", `--outputFile.json=${json}`] : [], results.some((r) => r.name === "build" && r.status === "passed") ? step.builtEnv : {});
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const text = plain(output);
  const skippedLines = text.split("\n").filter((line) => /\bSKIPPED\b/.test(line)).map((line) => `${step.name}: ${line.trim()}`);
  notes.push(...skippedLines);
  let status = code === 0 ? "passed" : "failed";
  if (step.vitest && existsSync(json)) {
    const counts = countVitestReport(JSON.parse(readFileSync(json, "utf8")));
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    totals.skipped += counts.skipped;
    skippedNames.push(...counts.skippedNames.map((name) => `${step.name}: ${name}`));
    problems.push(...counts.failedNames.map((name) => `${step.name}: ${name}`), ...counts.brokenFiles.map((name) => `${step.name}: ${name}`));
    if (code !== 0 && counts.failed === 0) {
      // Every test passed but vitest failed: coverage thresholds, type errors, unhandled errors.
      totals.failed++;
      const why = text.split("\n").filter((line) => /ERROR: Coverage|Type Errors|Unhandled/i.test(line)).map((line) => line.trim());
      problems.push(`${step.name}: exit code ${code}${why.length > 0 ? ` (${why.join("; ")})` : ""}`);
    }
  } else if (code === 0 && /^SKIPPED:/m.test(text)) {
    // The step's own script skipped it (no Chromium outside CI): counted and named as skipped.
    status = "skipped";
    totals.skipped++;
  } else {
    if (code === 0) totals.passed++;
    else totals.failed++;
    if (code !== 0) problems.push(`${step.name}: exit code ${code}`);
  }
  results.push({ name: step.name, status, seconds });
  if (status === "failed" && bail) stop = true;
}
rmSync(work, { recursive: true, force: true });

process.stdout.write("\n");
if (skippedNames.length > 0) {
  process.stdout.write(`Skipped tests (${skippedNames.length}; the name says why):\n`);
  for (const name of groupSkipped(skippedNames)) process.stdout.write(`  - ${name}\n`);
}
if (notes.length > 0) {
  process.stdout.write("Skipped checks:\n");
  for (const note of notes) process.stdout.write(`  - ${note}\n`);
}
if (problems.length > 0) {
  process.stdout.write("Failed:\n");
  for (const problem of problems) process.stdout.write(`  - ${problem}\n`);
}
process.stdout.write(`${summaryLine(totals, results)}\n`);
process.exitCode = totals.failed > 0 || results.some((r) => r.status === "failed") ? 1 : 0;
