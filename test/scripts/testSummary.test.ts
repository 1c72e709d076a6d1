// Issue 19: `npm test` (scripts/test-all.mjs) ends with one line that says how the run went, and names the skipped
// tests, whose names say why. These tests check the counting on a vitest JSON report as vitest 4 writes it
// (this fixture is the report of a file with a skipped describe, an it.skip, a todo, a pass and a failure).
import { describe, expect, it } from "vitest";
import { countVitestReport, groupSkipped, summaryLine } from "../../scripts/test-summary.mjs";

const report = {
  numTotalTests: 7,
  success: false,
  testResults: [
    {
      name: "/repo/test/x.test.ts",
      status: "failed",
      message: "",
      assertionResults: [
        { ancestorTitles: ["real data (skipped: ../shared is absent)"], title: "a", status: "skipped" },
        { ancestorTitles: ["real data (skipped: ../shared is absent)"], title: "b", status: "skipped" },
        { ancestorTitles: ["real data (skipped: ../shared is absent)"], title: "c", status: "skipped" },
        { ancestorTitles: [], title: "skipped: no file", status: "skipped" },
        { ancestorTitles: [], title: "passes", status: "passed" },
        { ancestorTitles: ["outer", "inner"], title: "fails", status: "failed" },
        { ancestorTitles: [], title: "later", status: "todo" },
      ],
    },
    { name: "/repo/test/broken.test.ts", status: "failed", message: "Failed to load url ./missing.js\n  at …", assertionResults: [] },
    { name: "/repo/test/ok.test.ts", status: "passed", message: "", assertionResults: [{ ancestorTitles: ["ok"], title: "one", status: "passed" }] },
  ],
};

describe("the npm test summary", () => {
  it("counts passed, failed and skipped tests (todo counts as skipped; a file that did not load as one failure)", () => {
    const counts = countVitestReport(report);
    expect({ passed: counts.passed, failed: counts.failed, skipped: counts.skipped }).toEqual({ passed: 2, failed: 2, skipped: 5 });
    expect(counts.failedNames).toEqual(["/repo/test/x.test.ts: outer › inner › fails"]);
    expect(counts.brokenFiles).toEqual(["/repo/test/broken.test.ts: Failed to load url ./missing.js"]);
  });

  it("names every skipped test, once per skipped block, so that the reason in the name is printed", () => {
    const { skippedNames } = countVitestReport(report);
    expect(groupSkipped(skippedNames)).toEqual(["real data (skipped: ../shared is absent) (3 tests)", "skipped: no file", "later"]);
  });

  it("ends with one line: the counts and every step with its mark and time", () => {
    const line = summaryLine({ passed: 4100, failed: 1, skipped: 7 }, [
      { name: "typecheck", status: "passed", seconds: 41.4 },
      { name: "unit", status: "failed", seconds: 402.6 },
      { name: "browser", status: "skipped", seconds: 1 },
      { name: "e2e", status: "not run" },
    ]);
    expect(line).toBe("npm test: 4100 passed, 1 failed, 7 skipped · steps: typecheck ✓ 41 s, unit ✗ 403 s, browser skipped 1 s, e2e not run");
    expect(line).not.toContain("\n");
  });
});
