// Packs the package (npm pack), installs the tarball into fresh temporary consumer projects
// (ESM, CommonJS, TypeScript with moduleResolution nodenext, and a Vite browser build) and runs each one.
// The Vite consumer builds index.html + main.js with the repository's own vite (a devDependency pinned in
// package-lock.json, run with the consumer folder as its root; only the opkoers tarball and zod are installed there)
// and loads the build in headless Chromium (Debian's package, driven by playwright-core) to read the value the page
// computed. zod, the peer dependency, is installed at the version of the repository's lockfile. Without Chromium
// only that last step is skipped, with a message (under CI=true a missing Chromium is a failure, as in
// scripts/run-browser-tests.mjs).
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize, sep } from "node:path";

const root = join(import.meta.dirname, "..", "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const subpaths = Object.keys(pkg.exports).filter((key) => key !== "./package.json" && !key.includes("*")).map((key) => (key === "." ? "opkoers" : `opkoers/${key.slice(2)}`));
const work = mkdtempSync(join(tmpdir(), "opkoers-smoke-"));
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
// The peer dependency at the version the repository's own tests use (package-lock.json), not whatever zod@^4 is today.
const ZOD = `zod@${JSON.parse(readFileSync(join(root, "node_modules", "zod", "package.json"), "utf8")).version}`;

// npm pack runs the prepack build, whose log shares stdout with the JSON: read the JSON array at the end.
const packOutput = run("npm", ["pack", "--json", "--pack-destination", work], root);
const packed = JSON.parse(packOutput.slice(packOutput.search(/^\[/m)));
const tarball = join(work, packed[0].filename);
process.stdout.write(`packed ${packed[0].filename}: ${packed[0].files.length} files, ${packed[0].size} bytes; consumers get ${ZOD}\n`);

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

// A browser app bundled by Vite: main.js imports the root and every subpath, computes the same facts and writes
// them into the page. The vite that builds it is the repository's devDependency (vite 8 supports Node ^20.19 ||
// >=22.12), so the check uses the version in package-lock.json and needs no registry (issue 19).
const VITE_BIN = join(root, "node_modules", "vite", "bin", "vite.js");
if (!existsSync(VITE_BIN)) throw new Error(`${VITE_BIN} is missing: run npm ci (vite is a devDependency)`);
consumers.vite = {
  files: {
    "package.json": JSON.stringify({ name: "consumer-vite", private: true, type: "module" }),
    "index.html": '<!doctype html>\n<html lang="nl">\n<head><meta charset="utf-8"><title>opkoers in a Vite build</title><link rel="icon" href="data:,"></head>\n<body><output id="result">not run</output><script type="module" src="/main.js"></script></body>\n</html>',
    "main.js": [
      // The facts come from a static import; every subpath is loaded with its own import(), so a subpath that
      // fails in a browser is named with its error instead of blanking the whole page.
      'import { euro, formatAmount, percentageOf, allocate } from "opkoers/money";',
      `const loaders = { ${subpaths.map((s) => `${JSON.stringify(s)}: () => import(${JSON.stringify(s)})`).join(", ")} };`,
      "(async () => {",
      "  const broken = [];",
      "  for (const [name, load] of Object.entries(loaders)) {",
      "    try { const m = await load(); if (Object.keys(m).length === 0) broken.push(`${name} is empty`); }",
      "    catch (error) { broken.push(`${name}: ${error instanceof Error ? error.message : String(error)}`); }",
      "  }",
      "  const share = percentageOf(euro(46634000), euro(1137000000));",
      '  document.getElementById("result").textContent = [formatAmount(euro(46634000), { unit: "thousand" }), String(share.value).replace(".", ","), JSON.stringify(allocate(euro(100), [1, 1, 1])), broken.length === 0 ? "all subpaths load" : `failed in the browser: ${broken.join("; ")}`].join("|");',
      "})();",
    ].join("\n"),
  },
  build: ["node", [VITE_BIN, "build", "--logLevel", "warn"]],
  verify: verifyViteBuild,
};

// Checks the Vite build output, then serves it on 127.0.0.1 (random port) and reads the page's result in Chromium.
async function verifyViteBuild(dir) {
  const out = join(dir, "dist");
  const assets = existsSync(join(out, "assets")) ? readdirSync(join(out, "assets")).filter((f) => f.endsWith(".js")) : [];
  if (!existsSync(join(out, "index.html")) || assets.length === 0) return { output: `no build output in ${out} (index.html and assets/*.js expected)` };
  const bytes = assets.reduce((n, f) => n + statSync(join(out, "assets", f)).size, 0);
  const bundled = assets.map((f) => readFileSync(join(out, "assets", f), "utf8")).join("\n");
  if (/\bfrom\s*["']node:|require\(["']node:|import\(["']node:/.test(bundled)) return { output: "the browser bundle imports a node: module" };
  process.stdout.write(`     vite build: dist/index.html + ${assets.length} script chunk(s), ${bytes} bytes\n`);

  const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(chromiumPath)) {
    const message = `loading the Vite build needs Chromium at ${chromiumPath} (apt-get install -y chromium, or set CHROMIUM_PATH)`;
    if (process.env.CI === "true") return { output: message };
    return { output: expected, note: `build checked; SKIPPED in-browser check: ${message}` };
  }
  const server = createServer((request, response) => {
    const path = normalize(join(out, decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname)));
    const file = path === out || path === `${out}${sep}` ? join(out, "index.html") : path;
    if (!file.startsWith(out + sep) || !existsSync(file) || statSync(file).isDirectory()) return void response.writeHead(404).end();
    const type = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css" }[extname(file)] ?? "application/octet-stream";
    response.writeHead(200, { "content-type": type }).end(readFileSync(file));
  });
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
  });
  try {
    const page = await browser.newPage();
    const problems = [];
    page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
    page.on("pageerror", (e) => problems.push(e.message));
    page.on("requestfailed", (r) => problems.push(`${r.url()} failed`));
    await page.route("**/*", (route) => (route.request().url().startsWith(`${origin}/`) ? route.continue() : route.abort()));
    await page.goto(`${origin}/`, { waitUntil: "load" });
    await page.waitForFunction(() => document.getElementById("result")?.textContent !== "not run", undefined, { timeout: 10_000 }).catch(() => undefined);
    const output = (await page.locator("#result").textContent())?.trim() ?? "";
    return problems.length === 0 ? { output, note: "loaded in Chromium" } : { output: `${output} (page errors: ${problems.join("; ")})` };
  } finally {
    await browser.close();
    server.close();
  }
}

let failures = 0;
for (const [name, consumer] of Object.entries(consumers)) {
  const dir = mkdtempSync(join(work, `${name}-`));
  for (const [file, text] of Object.entries(consumer.files)) writeFileSync(join(dir, file), `${text}\n`);
  run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error", tarball, ZOD], dir);
  if (consumer.build) run(consumer.build[0], consumer.build[1], dir);
  const { output, note } = consumer.verify ? await consumer.verify(dir) : { output: run(consumer.command[0], consumer.command[1], dir).trim() };
  const ok = output === expected;
  if (!ok) failures++;
  process.stdout.write(`${ok ? "ok  " : "FAIL"} ${name}: ${output}${ok ? "" : ` (expected ${expected})`}${ok && note ? ` (${note})` : ""}\n`);
}
rmSync(work, { recursive: true, force: true });
if (failures > 0) process.exit(1);
