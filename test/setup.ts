import fc from "fast-check";
import { afterEach, beforeEach, vi } from "vitest";

// Replayable property runs: FC_SEED=<n> npm test reruns with the same seed (printed on failure by fast-check).
// (process exists only under Node; the same setup runs in the browser suite.)
const env: Record<string, string | undefined> = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env ?? {};
const seed = env["FC_SEED"];
fc.configureGlobal({
  ...(seed === undefined ? {} : { seed: Number(seed) }),
  numRuns: Number(env["FC_NUM_RUNS"] ?? 200),
  interruptAfterTimeLimit: 45_000,
});

// A library never writes to the console: any console output in a test is a failure.
const methods = ["log", "info", "warn", "error", "debug"] as const;
beforeEach(() => {
  for (const method of methods) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      throw new Error(`console.${method} was called during a test: ${args.map(String).join(" ")}`);
    });
  }
});
afterEach(() => {
  vi.restoreAllMocks();
});
