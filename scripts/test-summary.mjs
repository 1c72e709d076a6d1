// The pure part of scripts/test-all.mjs (tested in test/scripts/testSummary.test.ts): counting a vitest JSON
// report, and the one summary line that ends `npm test`.

/** A test file's path as vitest reports it (absolute), relative to the repository when it is inside it. */
const relativeName = (path) => (path.startsWith(`${process.cwd()}/`) ? path.slice(process.cwd().length + 1) : path);

/**
 * Counts of one vitest JSON report (`--reporter=json`): tests passed, failed and skipped, the names of the skipped
 * ones (their names carry the reason, e.g. "… (skipped: ../shared is absent)") and of the failed ones, and the
 * test files that failed without a failed test (a file that did not load, a type error outside a test).
 */
export function countVitestReport(report) {
  const counts = { passed: 0, failed: 0, skipped: 0, skippedNames: [], failedNames: [], brokenFiles: [] };
  for (const file of report.testResults ?? []) {
    const assertions = file.assertionResults ?? [];
    for (const test of assertions) {
      const name = [...(test.ancestorTitles ?? []), test.title].filter((part) => part !== "").join(" › ");
      if (test.status === "passed") counts.passed++;
      else if (test.status === "failed") {
        counts.failed++;
        counts.failedNames.push(`${relativeName(file.name)}: ${name}`);
      } else {
        // "skipped", "pending" (it.skip, skipIf) and "todo"
        counts.skipped++;
        counts.skippedNames.push(name);
      }
    }
    if (file.status === "failed" && !assertions.some((test) => test.status === "failed")) {
      counts.failed++;
      counts.brokenFiles.push(`${relativeName(file.name)}: ${String(file.message ?? "failed").split("\n")[0]}`);
    }
  }
  return counts;
}

/** Skipped test names, each once with a count when several share it (a skipped describe skips each of its tests). */
export function groupSkipped(names) {
  const groups = new Map();
  for (const name of names) {
    // Tests skipped with their describe block are grouped under it: its title names the reason.
    const key = name.includes(" › ") ? name.slice(0, name.lastIndexOf(" › ")) : name;
    const group = groups.get(key) ?? [];
    group.push(name);
    groups.set(key, group);
  }
  return [...groups].flatMap(([key, group]) => (group.length > 2 ? [`${key} (${group.length} tests)`] : group));
}

/**
 * The last line of `npm test`: `npm test: N passed, N failed, N skipped · steps: typecheck ✓ 41 s, unit ✓ 402 s, …`.
 * The counts are the vitest tests plus one check for each step that is not a vitest run (typecheck, build, …).
 * `steps` are `{ name, status: "passed" | "failed" | "skipped" | "not run", seconds? }`.
 */
export function summaryLine(totals, steps) {
  const mark = { passed: "✓", failed: "✗", skipped: "skipped", "not run": "not run" };
  const stepText = steps.map((step) => `${step.name} ${mark[step.status]}${step.seconds === undefined ? "" : ` ${Math.round(step.seconds)} s`}`).join(", ");
  return `npm test: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped · steps: ${stepText}`;
}
