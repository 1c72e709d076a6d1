// End-to-end check of what a user meets, in real headless Chromium (Debian's package, driven by playwright-core;
// no browser is downloaded). Run after `npm run build` and `npm run docs`:
//
//   node test/e2e/docs-and-report.e2e.mjs
//
// 1. The docs site (site/), served by a tiny static server on 127.0.0.1 at a random port: the home page, a
//    guide, the search box (search for a function, follow the result, see the function's page).
// 2. The HTML report of the CLI (`node dist/cli/bin.js report --format html --out <tmp>/r.html`): it renders,
//    with its charts, and requests nothing from the network.
// Every page: no console errors, no uncaught exceptions, no failed or refused requests. Screenshots are saved
// in test-output/e2e/. Without Chromium the test is skipped with a message, except under CI=true, where that is
// a failure (.ci/run installs Chromium with apt-get first).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve, sep } from "node:path";
import { duplicateSearchEntries, navigationReferences, readSearchRows } from "../docs/searchIndex.mjs";

const root = resolve(import.meta.dirname, "..", "..");
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const siteDir = resolve(process.env.E2E_SITE_DIR ?? join(root, "site"));
// The built CLI; E2E_CLI=src/cli/bin.ts runs it from source instead (through tsx), for work on the CLI itself.
const cliBin = resolve(root, process.env.E2E_CLI ?? join("dist", "cli", "bin.js"));
const cliArgs = cliBin.endsWith(".ts") ? ["--import", "tsx", cliBin] : [cliBin];
const shots = join(root, "test-output", "e2e");
const ci = process.env.CI === "true";

if (!existsSync(chromiumPath)) {
  const message = `the end-to-end test needs Chromium at ${chromiumPath} (apt-get install -y chromium, or set CHROMIUM_PATH)`;
  if (ci) {
    process.stderr.write(`FAIL: ${message}\n`);
    process.exit(1);
  }
  process.stdout.write(`SKIPPED: ${message}\n`);
  process.exit(0);
}
if (!existsSync(join(siteDir, "index.html"))) {
  process.stderr.write(`FAIL: no docs site at ${siteDir}: run \`npm run docs\` first.\n`);
  process.exit(1);
}

const { chromium } = await import("playwright-core");

// ---------------------------------------------------------------------------------------------------------------
// A static file server for one folder, on the loopback address only, at a port the system picks.
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8", ".svg": "image/svg+xml", ".png": "image/png", ".json": "application/json", ".ico": "image/x-icon", ".woff2": "font/woff2" };
async function serve(dir) {
  const base = resolve(dir);
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    let path = normalize(join(base, decodeURIComponent(url.pathname)));
    if (path !== base && !path.startsWith(base + sep)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, "index.html");
    if (!existsSync(path)) {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    response.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream", "cache-control": "no-store" }).end(readFileSync(path));
  });
  await new Promise((done, fail) => {
    server.once("error", fail);
    server.listen(0, "127.0.0.1", done);
  });
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(done)) };
}

// ---------------------------------------------------------------------------------------------------------------
// Checks and their results.
let passed = 0;
let failed = 0;
let skipped = 0;
function check(name, ok, detail = "") {
  if (ok) passed++;
  else failed++;
  process.stdout.write(`${ok ? "ok  " : "FAIL"} ${name}${detail === "" ? "" : ` — ${detail}`}\n`);
  return ok;
}
// A step that throws (a selector that never shows up, a timeout) is a failed check, with a screenshot of
// what the page showed at that moment; the remaining steps still run.
async function step(name, page, run) {
  try {
    await run();
  } catch (error) {
    check(name, false, String(error?.message ?? error).split("\n")[0]);
    const file = join(shots, `failed-${name.replace(/[^a-z0-9]+/gi, "-").toLowerCase()}.png`);
    await page.screenshot({ path: file }).catch(() => undefined);
  }
}
function skip(name, reason) {
  skipped++;
  process.stdout.write(`SKIP ${name} — ${reason}\n`);
}

// Everything a page does wrong is collected here: console errors, uncaught exceptions, failed requests,
// HTTP errors, and any request that leaves the one origin the page may use (those are refused).
function watch(page, allowedOrigin) {
  const problems = [];
  const requests = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught exception: ${error.message}`));
  page.on("requestfailed", (request) => {
    if (!request.url().startsWith(allowedOrigin)) return; // refused below, reported there
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? "?"})`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on("request", (request) => {
    if (/^https?:/.test(request.url())) requests.push(request.url());
  });
  return { problems, requests };
}

async function launch() {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
  });
}

async function newPage(browser, origin) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, colorScheme: "light" });
  const refused = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    refused.push(url);
    return route.abort("blockedbyclient");
  });
  const page = await context.newPage();
  return { context, page, refused, ...watch(page, origin) };
}

function clean(name, { problems, refused }) {
  check(`${name}: no console errors, exceptions or failed requests`, problems.length === 0, problems.slice(0, 5).join("; "));
  check(`${name}: no request outside ${"127.0.0.1"}`, refused.length === 0, refused.slice(0, 5).join(", "));
}

mkdirSync(shots, { recursive: true });
const browser = await launch();
try {
  // -------------------------------------------------------------------------------------------------------------
  // 1. The docs site.
  const site = await serve(siteDir);
  try {
    const docs = await newPage(browser, site.origin);
    const { page } = docs;
    page.setDefaultTimeout(15_000);

    await step("home page", page, async () => {
      await page.goto(`${site.origin}/index.html`, { waitUntil: "load" });
      await page.locator(".col-content h1").first().waitFor();
      check("home page: title names the project", (await page.title()).startsWith("opkoers"), await page.title());
      // The navigation tree is filled in by script from the site's navigation data: wait for it, then read it.
      await page.locator("#tsd-nav-container a").first().waitFor();
      const nav = await page.locator("#tsd-nav-container").innerText();
      for (const guide of ["Getting started", "Glossary", "Money", "Programmes, goals and indicators", "Budgets, amendments", "Iv3 and CBS code lists", "Status scales and presets", "The JSON wire format", "The command line", "Financial rules", "CSV files, Iv3 deliveries and the CBS checks", "Status reports"]) {
        check(`navigation lists the guide "${guide}"`, nav.includes(guide));
      }
      await page.screenshot({ path: join(shots, "1-home.png") });
      // The API is grouped by layer: one module page per subpath, each reachable from the navigation tree
      // (typedoc nests "opkoers/money" under "opkoers"; open the folded entries to see them).
      const top = page.locator("#tsd-nav-container > li > details:not([open]) > summary > svg");
      if ((await top.count()) > 0) await top.first().click();
      for (const layer of ["money", "calendar", "reference", "status", "policy", "budget"]) {
        const link = page.locator(`#tsd-nav-container a[href$="modules/opkoers_${layer}.html"]`);
        check(`navigation links the API page of opkoers/${layer}`, (await link.count()) > 0 && (await link.first().isVisible()));
      }
      await page.locator('#tsd-nav-container a[href$="modules/opkoers_money.html"]').first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(shots, "1-home-api-layers.png") });
    });

    // A guide, reached the way a reader does: through its link in the navigation.
    await step("guide page", page, async () => {
      await page.locator("#tsd-nav-container a", { hasText: /^Getting started$/ }).first().click();
      await page.waitForURL(/Getting_started\.html$/);
      await page.locator(".col-content h1", { hasText: "Getting started" }).first().waitFor();
      const text = await page.locator(".col-content").innerText();
      check("guide page: Getting started shows its install command and a code example", text.includes("npm install opkoers zod") && text.includes("allocate(euro(100), [1, 1, 1])"));
      await page.screenshot({ path: join(shots, "2-guide-getting-started.png") });
    });

    // The search box: open it, search for a function, follow the first result.
    await step("search", page, async () => {
      await page.locator("#tsd-search-trigger").click();
      const input = page.locator("#tsd-search-input");
      await input.waitFor({ state: "visible" });
      await input.fill("allocate");
      const results = page.locator("#tsd-search-results li a");
      await results.first().waitFor();
      const first = (await results.first().innerText()).trim();
      check('search for "allocate" lists the function first', /\ballocate\b/.test(first), `first of ${await results.count()} result(s): ${JSON.stringify(first)}`);
      await page.screenshot({ path: join(shots, "3-search-allocate.png") });

      await results.first().click();
      await page.waitForURL(/allocate\.html/);
      const title = (await page.locator(".tsd-page-title h1").first().innerText()).trim();
      check("following the result opens the function's page", /\ballocate\b/.test(title) && page.url().includes("/functions/"), `${page.url().slice(site.origin.length)}: ${JSON.stringify(title)}`);
      const text = await page.locator(".col-content").innerText();
      check("the function's page shows its signature and a runnable example", text.includes("allocate(") && text.includes("//=>"));
      const crumbs = (await page.locator(".tsd-breadcrumb").first().innerText()).trim();
      check("the function is documented under its layer, opkoers/money", crumbs.startsWith("opkoers/money"), `breadcrumb ${JSON.stringify(crumbs)}`);
      await page.screenshot({ path: join(shots, "4-function-allocate.png"), fullPage: true });
    });
    // The search index lists each symbol once: no second entry for a re-export (scripts/typedoc-search-once.mjs).
    const duplicates = duplicateSearchEntries(readSearchRows(siteDir));
    check("the docs search lists each symbol once", duplicates.length === 0, `${duplicates.length} duplicate(s): ${duplicates.slice(0, 3).join("; ")}`);
    const references = navigationReferences(siteDir);
    check("the navigation lists each symbol once (no re-exports)", references.length === 0, `${references.length} re-export(s): ${references.slice(0, 3).join(", ")}`);
    // Every guide in the navigation opens and shows its title (a screenshot of each, for a reviewer).
    await step("every guide", page, async () => {
      await page.goto(`${site.origin}/index.html`, { waitUntil: "load" });
      await page.locator("#tsd-nav-container a").first().waitFor();
      const guides = await page.locator('#tsd-nav-container a[href*="documents/"]').evaluateAll((links) => links.map((a) => ({ href: a.href, text: a.textContent.trim() })));
      mkdirSync(join(shots, "guides"), { recursive: true });
      let shown = 0;
      for (const guide of guides) {
        await page.goto(guide.href, { waitUntil: "load" });
        const h1 = (await page.locator(".col-content h1").first().innerText()).trim();
        if (h1.length > 0) shown++;
        else check(`guide "${guide.text}" shows a title`, false, guide.href);
        await page.screenshot({ path: join(shots, "guides", `${decodeURIComponent(guide.href.split("/").pop()).replace(/[^a-z0-9.]+/gi, "_")}.png`) });
      }
      check(`every guide in the navigation opens with its title (${shown} guides)`, guides.length >= 9 && shown === guides.length, `${shown} of ${guides.length}`);
    });
    clean("docs site", docs);
    await docs.context.close();
  } finally {
    await site.close();
  }

  // -------------------------------------------------------------------------------------------------------------
  // 2. The HTML report of the command line.
  if (!existsSync(cliBin)) {
    const message = `${cliBin.slice(root.length + 1)} not found (the CLI is built by \`npm run build\` once src/cli lands)`;
    if (ci && existsSync(join(root, "src", "cli", "bin.ts"))) check("the CLI is built", false, message);
    else skip("HTML report of the CLI", message);
  } else {
    const work = mkdtempSync(join(tmpdir(), "opkoers-e2e-"));
    try {
      const out = join(work, "r.html");
      execFileSync(process.execPath, [...cliArgs, "report", "--format", "html", "--out", out], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
      check("`opkoers report --format html --out r.html` writes the report", existsSync(out) && statSync(out).size > 0);
      const server = await serve(work);
      try {
        const report = await newPage(browser, server.origin);
        const { page } = report;
        page.setDefaultTimeout(15_000);
        await step("report page", page, async () => {
        await page.goto(`${server.origin}/r.html`, { waitUntil: "load" });
        const facts = await page.evaluate(() => {
          const visible = (element) => {
            const box = element.getBoundingClientRect();
            return box.width > 0 && box.height > 0;
          };
          const charts = [...document.querySelectorAll("svg")].filter(visible);
          return {
            h1: document.querySelector("h1")?.textContent?.trim() ?? "",
            headings: document.querySelectorAll("h2, h3").length,
            tables: document.querySelectorAll("table").length,
            headerCells: document.querySelectorAll("table th").length,
            charts: charts.length,
            chartShapes: charts.reduce((n, svg) => n + [...svg.querySelectorAll("rect, path, line, circle, polyline")].filter(visible).length, 0),
            externalRefs: [...document.querySelectorAll("[src], link[href]")].map((e) => e.getAttribute("src") ?? e.getAttribute("href") ?? "").filter((u) => !u.startsWith("data:") && !u.startsWith("#")),
          };
        });
        check("report: has a title and section headings", facts.h1 !== "" && facts.headings > 0, `h1 ${JSON.stringify(facts.h1)}, ${facts.headings} headings`);
        check("report: has tables with header cells", facts.tables > 0 && facts.headerCells > 0, `${facts.tables} tables, ${facts.headerCells} th`);
        check("report: renders its charts (visible SVG with shapes)", facts.charts > 0 && facts.chartShapes > 0, `${facts.charts} charts, ${facts.chartShapes} shapes`);
        check("report: is self-contained (no src/href to other files)", facts.externalRefs.length === 0, facts.externalRefs.slice(0, 5).join(", "));
        check("report: requests nothing but itself", report.requests.length === 1 && report.requests[0] === `${server.origin}/r.html`, report.requests.join(", "));
        await page.screenshot({ path: join(shots, "5-report.png"), fullPage: false });
        await page.screenshot({ path: join(shots, "5-report-full.png"), fullPage: true });
        // The first two charts (the budget bars, then an indicator series), each with its figure and caption.
        const charts = page.locator("figure:has(svg), svg:not(figure svg)");
        for (let i = 0; i < Math.min(2, await charts.count()); i++) await charts.nth(i).screenshot({ path: join(shots, `6-report-chart-${i + 1}.png`) });
        });
        clean("report", report);
        await report.context.close();
      } finally {
        await server.close();
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
} finally {
  await browser.close();
}

process.stdout.write(`screenshots in ${shots.slice(root.length + 1)}/\n`);
process.stdout.write(`e2e: ${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ""}\n`);
process.exit(failed > 0 ? 1 : 0);
