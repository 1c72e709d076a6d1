// Packs the package (npm pack), installs the tarball into fresh temporary consumer projects
// (ESM, CommonJS, TypeScript with moduleResolution nodenext) and runs each one.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(import.meta.dirname, "..", "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const subpaths = Object.keys(pkg.exports).filter((key) => key !== "./package.json" && !key.includes("*")).map((key) => (key === "." ? "opkoers" : `opkoers/${key.slice(2)}`));
const work = mkdtempSync(join(tmpdir(), "opkoers-smoke-"));
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

const packed = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", work], root));
const tarball = join(work, packed[0].filename);
process.stdout.write(`packed ${packed[0].filename}: ${packed[0].files.length} files, ${packed[0].size} bytes\n`);

// Each consumer checks the same real facts: exact money arithmetic and Dutch formatting, through every subpath.
const expected = "46.634|4,1|[3334,3333,3333]|all subpaths load";
const consumers = {
  esm: {
    files: {
      "package.json": JSON.stringify({ name: "consumer-esm", private: true, type: "module" }),
      "index.mjs": [
        'import { euro, formatAmount, percentageOf, allocate } from "opkoers/money";',
        'import * as root from "opkoers";',
        `for (const s of ${JSON.stringify(subpaths)}) { const m = await import(s); if (Object.keys(m).length === 0) throw new Error(s + " is empty"); }`,
        "const share = percentageOf(euro(46634000), euro(1137000000));",
        'if (root.sum !== undefined && typeof root.sum !== "function") throw new Error("root.sum");',
        'console.log([formatAmount(euro(46634000), { unit: "thousand" }), String(share.value).replace(".", ","), JSON.stringify(allocate(euro(100), [1, 1, 1])), "all subpaths load"].join("|"));',
      ].join("\n"),
    },
    command: ["node", ["index.mjs"]],
  },
  cjs: {
    files: {
      "package.json": JSON.stringify({ name: "consumer-cjs", private: true, type: "commonjs" }),
      "index.cjs": [
        'const { euro, formatAmount, percentageOf, allocate, DomainError } = require("opkoers/money");',
        'const root = require("opkoers");',
        `for (const s of ${JSON.stringify(subpaths)}) { if (Object.keys(require(s)).length === 0) throw new Error(s + " is empty"); }`,
        'try { root.euro("0.001"); throw new Error("no error"); } catch (e) { if (!(e instanceof DomainError) || e.code !== "fraction_of_cent") throw e; }',
        "const share = percentageOf(euro(46634000), euro(1137000000));",
        'console.log([formatAmount(euro(46634000), { unit: "thousand" }), String(share.value).replace(".", ","), JSON.stringify(allocate(euro(100), [1, 1, 1])), "all subpaths load"].join("|"));',
      ].join("\n"),
    },
    command: ["node", ["index.cjs"]],
  },
  "ts-nodenext": {
    files: {
      "package.json": JSON.stringify({ name: "consumer-ts", private: true, type: "module" }),
      "tsconfig.json": JSON.stringify({ compilerOptions: { module: "nodenext", moduleResolution: "nodenext", target: "es2022", strict: true, exactOptionalPropertyTypes: true, outDir: "out", skipLibCheck: false, types: [] }, include: ["index.ts"] }),
      "index.ts": [
        'import { euro, formatAmount, percentageOf, allocate, type Cents } from "opkoers/money";',
        'import type { Assessment } from "opkoers";',
        "const lasten: Cents = euro(46634000);",
        "const share = percentageOf(lasten, euro(1137000000));",
        'const a: Assessment = { status: "ok", ruleId: "x", inputs: {}, thresholds: {}, message: { nl: "", en: "" } };',
        "// @ts-expect-error a plain number is not an amount",
        "const wrong: Cents = 5;",
        'console.log([formatAmount(lasten, { unit: "thousand" }), share.defined ? String(share.value).replace(".", ",") : "", JSON.stringify(allocate(euro(100), [1, 1, 1])), a.ruleId === "x" && wrong === 5 ? "all subpaths load" : ""].join("|"));',
      ].join("\n"),
    },
    command: ["node", ["out/index.js"]],
    build: ["node", [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", "."]],
  },
};

let failures = 0;
for (const [name, consumer] of Object.entries(consumers)) {
  const dir = mkdtempSync(join(work, `${name}-`));
  for (const [file, text] of Object.entries(consumer.files)) writeFileSync(join(dir, file), `${text}\n`);
  run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error", tarball, "zod@^4"], dir);
  if (consumer.build) run(consumer.build[0], consumer.build[1], dir);
  const output = run(consumer.command[0], consumer.command[1], dir).trim();
  const ok = output === expected;
  if (!ok) failures++;
  process.stdout.write(`${ok ? "ok  " : "FAIL"} ${name}: ${output}${ok ? "" : ` (expected ${expected})`}\n`);
}
rmSync(work, { recursive: true, force: true });
if (failures > 0) process.exit(1);
