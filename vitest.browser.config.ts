import { fileURLToPath } from "node:url";
import { playwright } from "@vitest/browser-playwright";
import { defineConfig } from "vitest/config";

// The library's own tests, run in real headless Chromium (Debian's package; no browser download):
// proves that money, calendar, status, policy and budget work outside Node. Tests that read files
// (node:fs, real CBS data) stay in the Node suite.
const src = (path: string): string => fileURLToPath(new URL(`./src/${path}`, import.meta.url));
const chromium = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

export default defineConfig({
  resolve: {
    alias: [
      { find: /^opkoers$/, replacement: src("index.ts") },
      { find: /^opkoers\/(.*)$/, replacement: src("$1/index.ts") },
    ],
  },
  test: {
    include: [
      "test/money/**/*.test.ts",
      "test/errors/**/*.test.ts",
      "test/calendar/**/*.test.ts",
      "test/status/**/*.test.ts",
      "test/policy/**/*.test.ts",
      "test/budget/**/*.test.ts",
      "test/finance/**/*.test.ts",
    ],
    // Node-only tests, each for a stated reason; everything else in the folders above runs in Chromium.
    exclude: [
      "test/calendar/timezone.test.ts", // spawns Node processes with other TZ settings (node:child_process)
      "test/calendar/internal.test.ts", // reads source files (node:fs)
      "test/policy/jsonSchemas.test.ts", // compares schemas/*.json on disk (node:fs)
      "test/budget/iv3-2023.test.ts", // reads the CBS Iv3 2023 CSV (node:fs, csv-parse)
      "test/budget/examples.test.ts", // examples/almere-gezondheid-2024.ts reads process.argv at load
      "test/finance/examples.test.ts", // runs the example scripts with node (node:child_process)
      "test/errors/languageParity.test.ts", // runs the command line on files and reads test fixtures (node:fs)
    ],
    setupFiles: ["test/setup.ts"],
    testTimeout: 60_000,
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      provider: playwright({
        launchOptions: {
          executablePath: chromium,
          args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        },
      }),
      instances: [{ browser: "chromium" }],
    },
  },
});
