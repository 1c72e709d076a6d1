import { defineConfig } from "tsup";

/** One entry per layer; keep in step with package.json "exports" and typedoc.json (test/package/entries.test.ts checks). */
export const entries = {
  index: "src/index.ts",
  "money/index": "src/money/index.ts",
  "calendar/index": "src/calendar/index.ts",
  "reference/index": "src/reference/index.ts",
  "status/index": "src/status/index.ts",
  "policy/index": "src/policy/index.ts",
  "budget/index": "src/budget/index.ts",
  "finance/index": "src/finance/index.ts",
  "io/index": "src/io/index.ts",
} as const;

export default defineConfig({
  entry: entries,
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
  splitting: true,
  target: "es2022",
  platform: "neutral",
  tsconfig: "tsconfig.build.json",
  outDir: "dist",
});
