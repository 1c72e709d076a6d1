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
  "report/index": "src/report/index.ts",
  "cli/index": "src/cli/index.ts",
} as const;

export default defineConfig([{
  entry: entries,
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: false, // package.json "build" empties dist/ once, before both configs run
  treeshake: true,
  splitting: true,
  target: "es2022",
  platform: "neutral",
  tsconfig: "tsconfig.build.json",
  outDir: "dist",
  // Resolved by Node or the consumer's bundler through package.json "imports" (csv-parse's Node or browser build).
  external: ["#csv-parse-sync"],
},
  {
    // The command line: ESM only (top-level await, import.meta.url), with the shebang npm's bin link needs.
    entry: { "cli/bin": "src/cli/bin.ts" },
    format: ["esm"],
    platform: "node",
    target: "node20",
    dts: false,
    sourcemap: true,
    clean: false,
    outDir: "dist",
    tsconfig: "tsconfig.build.json",
    banner: { js: "#!/usr/bin/env node" },
    external: ["#csv-parse-sync"],
  },
]);
