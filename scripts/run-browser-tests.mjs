// Runs a browser test command only when Debian's Chromium is installed (no browser is ever downloaded).
// Under CI (CI=true) a missing Chromium is a failure: .ci/run installs it with apt-get first.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const [command, ...args] = process.argv.slice(2);
if (!existsSync(chromium)) {
  const message = `browser tests need Chromium at ${chromium} (apt-get install -y chromium, or set CHROMIUM_PATH)`;
  if (process.env.CI === "true") {
    process.stderr.write(`FAIL: ${message}\n`);
    process.exit(1);
  }
  process.stdout.write(`SKIPPED: ${message}\n`);
  process.exit(0);
}
const result = spawnSync(command, args, { stdio: "inherit", shell: false });
process.exit(result.status ?? 1);
