// The unit-test configuration for mutation runs (stryker.config.mjs): the same as vitest.config.ts, without
// the type tests (tsc on every mutant's run would add seconds and cannot kill a run-time mutant) and coverage.
import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config.js";

export default mergeConfig(base, defineConfig({ test: { typecheck: { enabled: false }, coverage: { enabled: false } } }));
