// The unit-test configuration for mutation runs (stryker.config.mjs): the "unit" project of vitest.config.ts,
// without the type tests (tsc on every mutant's run would add seconds and cannot kill a run-time mutant), without
// coverage and without the second-zone project (a mutant is judged by the tests of its layer, run once).
import { defineConfig } from "vitest/config";
import { alias, unitTest } from "./vitest.config.js";

export default defineConfig({
  resolve: { alias },
  test: { ...unitTest, env: { TZ: "UTC" }, typecheck: { enabled: false }, coverage: { enabled: false } },
});
