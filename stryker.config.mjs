// Mutation testing (issue 8): `npm run mutation`. Too slow for CI (tens of minutes on two cores), so it is not
// part of `npm test`; run it before a release and paste the scores into the README.
// Mutated: the money, status and budget layers. Tests run: those layers' own tests (test/money, test/status,
// test/budget), so a mutant counts as killed only when a test written for that layer notices it. The
// documentation examples (test/docs/examples.test.ts) are left out: each run transforms ~500 generated files,
// 25 s per mutant.
// Property tests run 50 times per mutant instead of 200 (test/setup.ts reads FC_NUM_RUNS): four times faster, and
// a mutant that only a rarer input would expose counts as survived — the score errs low, not high.
process.env["FC_NUM_RUNS"] ??= "50";
// A fixed seed, so that property tests keep their names: @fast-check/vitest names each one "<label> (with
// seed=<n>)", and without a global seed n is new in every process. Stryker runs each mutant's covering tests by
// name, so a name from the dry run matched no test in the mutant's run: the mutant "survived" with no test run.
// That cost money 59 mutants in src/money/sum.ts alone (coverageAnalysis "all" gave the same 59: testsCompleted 0–2).
process.env["FC_SEED"] ??= "20261206";

/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  plugins: ["@stryker-mutator/vitest-runner"],
  mutate: ["src/money/**/*.ts", "src/status/**/*.ts", "src/budget/**/*.ts", "!src/**/index.ts", "!src/**/types.ts"],
  testFiles: ["test/money/**/*.test.ts", "test/status/**/*.test.ts", "test/budget/**/*.test.ts"],
  vitest: { configFile: "vitest.stryker.config.ts", related: false },
  coverageAnalysis: "perTest",
  // Static mutants (in module-level constants: the zod schemas, the status scales, lookup tables) would each
  // need the whole test run again — 43 % of the mutants and 93 % of the time. They are left out of the score;
  // the schemas are covered by their own tests (test/<layer>/schemas*.test*.ts) and the JSON Schema pins.
  ignoreStatic: true,
  // examples/ stays in the sandbox: test/finance/examples.test.ts runs the example scripts.
  ignorePatterns: ["/dist", "/site", "/test-output", "/coverage", "/bench", "/money", "/calendar", "/reference", "/status", "/policy", "/budget", "/finance", "/io", "/report", "/cli"],
  concurrency: 2,
  timeoutMS: 5_000, // on top of 1.5 × the mutant's tests' normal time: an endless loop is given up on soon
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "test-output/mutation/index.html" },
  jsonReporter: { fileName: "test-output/mutation/mutation.json" },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true, reportMutants: true },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: ".stryker-tmp",
};
