// End-to-end check of what a user meets, in real headless Chromium (Debian's package, driven by playwright-core;
// no browser is downloaded). Run after `npm run build` and `npm run docs`:
//
//   node test/e2e/docs-and-report.e2e.mjs
//
// 1. The docs site (site/), served by a tiny static server on 127.0.0.1 at a random port: the home page, a
//    guide, the search box (search for a function, follow the result, see the function's page).
// 2. The HTML report of the CLI (`node dist/cli/bin.js report --format html --out <tmp>/r.html`): it renders,
//    with its charts and its table of contents, and requests nothing from the network.
// 3. The report on paper: printed to PDF with Chromium's default print settings (no "background graphics"), the
//    status badges keep their colours (checked in the print styles and in the pixels of the PDF, turned into PNG
//    pages by poppler's pdftoppm) and every heading stands on the page of the table or chart below it (pdftotext).
// 4. The report on a phone, 390 px wide: the page never scrolls sideways; a wide table scrolls inside its box.
// Every page: no console errors, no uncaught exceptions, no failed or refused requests. Screenshots are saved
// in test-output/e2e/. Without Chromium the test is skipped with a message, except under CI=true, where that is
// a failure (.ci/run installs Chromium with apt-get first); the same holds for pdftoppm and pdftotext (apt-get
// install -y poppler-utils) and the print checks.
//
// E2E_ONLY=report runs the report's part alone (no docs site needed), for work on the report.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
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
const only = process.env.E2E_ONLY;
if (only !== undefined && only !== "report") {
  process.stderr.write(`FAIL: E2E_ONLY=${only} is not a part of this test; use E2E_ONLY=report or leave it out.\n`);
  process.exit(1);
}
/** A program of poppler-utils, found on the PATH, or undefined. */
function popplerTool(name) {
  for (const dir of (process.env.PATH ?? "").split(":").filter(Boolean)) if (existsSync(join(dir, name))) return join(dir, name);
  return undefined;
}

if (!existsSync(chromiumPath)) {
  const message = `the end-to-end test needs Chromium at ${chromiumPath} (apt-get install -y chromium, or set CHROMIUM_PATH)`;
  if (ci) {
    process.stderr.write(`FAIL: ${message}\n`);
    process.exit(1);
  }
  process.stdout.write(`SKIPPED: ${message}\n`);
  process.exit(0);
}
if (only !== "report" && !existsSync(join(siteDir, "index.html"))) {
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

async function newPage(browser, origin, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, colorScheme: "light" });
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

// ---------------------------------------------------------------------------------------------------------------
// The report's table of contents: a list of links, one per section, each to a heading of the page.
async function tableOfContents(page) {
  const toc = await page.evaluate(() =>
    [...document.querySelectorAll("nav.toc")].map((nav) => ({
      title: nav.querySelector(".toc-title")?.textContent ?? "",
      links: [...nav.querySelectorAll("a")].map((a) => ({ href: a.getAttribute("href") ?? "", text: a.textContent ?? "", target: document.getElementById((a.getAttribute("href") ?? "").slice(1))?.tagName ?? null })),
    })),
  );
  check("report: each report opens with a table of contents (Inhoud)", toc.length === 2 && toc.every((nav) => nav.title === "Inhoud" && nav.links.length >= 3), JSON.stringify(toc.map((nav) => nav.links.length)));
  const links = toc.flatMap((nav) => nav.links);
  check("report: every link of the table of contents leads to a section heading (h2)", links.every((link) => link.target === "H2"), links.filter((link) => link.target !== "H2").map((link) => link.href).join(", "));
  // Follow one: the page jumps to that section.
  const second = page.locator("nav.toc a").nth(1);
  const href = await second.getAttribute("href");
  await second.click();
  await page.waitForFunction((hash) => location.hash === hash, href);
  const top = await page.evaluate((id) => document.getElementById(id)?.getBoundingClientRect().top ?? -1, href.slice(1));
  check(`report: following "${(await second.innerText()).trim()}" in the table of contents shows that section at the top`, top >= -2 && top < 80, `heading at ${Math.round(top)} px`);
  await page.screenshot({ path: join(shots, "6-report-toc-followed.png") });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.locator("nav.toc").first().screenshot({ path: join(shots, "6-report-toc.png") });
}

/** A poppler tool, or a failure under CI and a skip elsewhere when it is missing. */
function needTool(name, what) {
  const tool = popplerTool(name);
  if (tool !== undefined) return tool;
  const message = `needs ${name}, which is not on the PATH (apt-get install -y poppler-utils)`;
  if (ci) check(what, false, message);
  else skip(what, message);
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// The report on paper, printed with Chromium's default settings: page.pdf() leaves "background graphics" off, as
// the print dialog does, so only what the page asks for with print-color-adjust keeps its background.
async function printed(page, work) {
  await page.emulateMedia({ media: "print" });
  const styles = await page.evaluate(() => {
    const badges = [...document.querySelectorAll(".badge")].map((badge) => {
      const style = getComputedStyle(badge);
      return { word: badge.textContent?.trim() ?? "", adjust: style.printColorAdjust || style.webkitPrintColorAdjust, background: style.backgroundColor, border: `${style.borderTopStyle} ${style.borderTopWidth} ${style.borderTopColor}` };
    });
    const headings = [...document.querySelectorAll("h2, h3")].map((h) => getComputedStyle(h).breakAfter);
    const rows = [...document.querySelectorAll("tr, figure")].map((e) => getComputedStyle(e).breakInside);
    const boxes = [...document.querySelectorAll(".table-wrap")].map((e) => getComputedStyle(e).overflowX);
    const chartColours = [...new Set([...document.querySelectorAll("svg *")].flatMap((e) => [getComputedStyle(e).fill, getComputedStyle(e).stroke]))];
    return { badges, headings, rows, boxes, chartColours };
  });
  await page.emulateMedia({ media: null });
  const { badges } = styles;
  check(`print: all ${badges.length} status badges keep their colour (print-color-adjust: exact) and print their word`, badges.length > 20 && badges.every((b) => b.adjust === "exact" && b.background !== "rgba(0, 0, 0, 0)" && b.word !== ""), JSON.stringify(badges.find((b) => b.adjust !== "exact" || b.word === "")));
  check("print: every badge has a dark solid border, so its shape shows without colour", badges.every((b) => b.border === "solid 1px rgb(27, 31, 35)"), [...new Set(badges.map((b) => b.border))].join("; "));
  check("print: headings stay with what follows (break-after: avoid), rows and charts are not split (break-inside: avoid)", styles.headings.every((v) => v === "avoid") && styles.rows.every((v) => v === "avoid"), `${[...new Set(styles.headings)]} / ${[...new Set(styles.rows)]}`);
  check("print: tables are not cut off by their scroll box (overflow visible)", styles.boxes.length > 0 && styles.boxes.every((v) => v === "visible"), [...new Set(styles.boxes)].join(", "));

  // Headings and the table or chart right below them, in the order of the page, for the page-break check below.
  const pairs = await page.evaluate(() =>
    [...document.querySelectorAll("h2, h3")].flatMap((h) => {
      // The table or chart right below, or below one paragraph that introduces it.
      const first = h.nextElementSibling;
      const next = first?.matches("p") ? first.nextElementSibling : first;
      const caption = next?.matches(".table-wrap") ? next.querySelector("caption") : next?.matches("figure") ? next.querySelector("figcaption") : null;
      return caption === null || caption === undefined ? [] : [{ heading: h.textContent ?? "", caption: (caption.textContent ?? "").slice(0, 40) }];
    }),
  );

  const pdf = join(shots, "7-report-print.pdf");
  await page.pdf({ path: pdf, format: "A4" });
  check("print: page.pdf() with the default settings writes the report", existsSync(pdf) && statSync(pdf).size > 10_000, `${existsSync(pdf) ? statSync(pdf).size : 0} bytes`);

  const pdftoppm = needTool("pdftoppm", "print: the PDF's pages as PNG");
  if (pdftoppm !== undefined) {
    for (const file of readdirSync(shots)) if (/^7-report-print-\d+\.png$/.test(file)) rmSync(join(shots, file));
    execFileSync(pdftoppm, ["-png", "-r", "60", pdf, join(shots, "7-report-print")]);
    const pages = readdirSync(shots).filter((file) => /^7-report-print-\d+\.png$/.test(file)).sort();
    check(`print: pdftoppm makes a PNG of each page (${pages.length} pages)`, pages.length >= 3, pages.join(", "));
    // The colours of the badges are found in the printed pages: those with a hue (grey would match anti-aliased text)
    // that no chart uses (a chart prints its colours with or without the print styles).
    const colours = [...new Set(badges.map((b) => b.background))]
      .filter((css) => !styles.chartColours.includes(css))
      .map((css) => css.match(/\d+/g).slice(0, 3).map(Number))
      .filter(([r, g, b]) => Math.max(r, g, b) - Math.min(r, g, b) > 40);
    const analysis = await browser.newPage();
    try {
      const counts = await analysis.evaluate(
        async ({ images, colours }) => {
          const out = colours.map(() => 0);
          for (const data of images) {
            const image = new Image();
            image.src = `data:image/png;base64,${data}`;
            await image.decode();
            const canvas = document.createElement("canvas");
            canvas.width = image.width;
            canvas.height = image.height;
            const context = canvas.getContext("2d");
            context.drawImage(image, 0, 0);
            const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
            for (let i = 0; i < pixels.length; i += 4) {
              colours.forEach(([r, g, b], k) => {
                if (Math.abs(pixels[i] - r) + Math.abs(pixels[i + 1] - g) + Math.abs(pixels[i + 2] - b) <= 36) out[k]++;
              });
            }
          }
          return out;
        },
        { images: pages.map((file) => readFileSync(join(shots, file)).toString("base64")), colours },
      );
      const summary = colours.map((c, k) => `rgb(${c.join(",")}): ${counts[k]} px`).join(", ");
      check(`print: the ${colours.length} badge colours are in the printed pages, not grey outlines`, colours.length >= 3 && counts.every((n) => n >= 40), summary);
    } finally {
      await analysis.close();
    }
  }

  const pdftotext = needTool("pdftotext", "print: a heading on the page of its table");
  if (pdftotext !== undefined) {
    // Whitespace (line breaks, non-breaking spaces) is left out on both sides: only the order of the characters counts.
    const squeeze = (text) => text.replace(/[\s\u00a0]+/g, "");
    const pageTexts = execFileSync(pdftotext, [pdf, "-"], { encoding: "utf8" }).split("\f").map(squeeze);
    let at = { page: 0, offset: 0 };
    const find = (text) => {
      for (let p = at.page; p < pageTexts.length; p++) {
        const i = pageTexts[p].indexOf(text, p === at.page ? at.offset : 0);
        if (i >= 0) return (at = { page: p, offset: i + text.length });
      }
      return undefined;
    };
    const apart = [];
    let found = 0;
    for (const { heading, caption } of pairs) {
      const h = find(squeeze(heading));
      const headingPage = h?.page;
      const c = h === undefined ? undefined : find(squeeze(caption));
      if (c === undefined) continue;
      found++;
      if (c.page !== headingPage) apart.push(`"${heading}" on page ${headingPage + 1}, its table or chart on page ${c.page + 1}`);
    }
    check(`print: every heading stands on the page of the table or chart below it (${found} of ${pairs.length} found in the PDF's text)`, found >= pairs.length * 0.8 && apart.length === 0, apart.join("; "));
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The report on a phone: 390 px wide. The page itself never scrolls sideways; a table wider than the screen
// scrolls inside its own box.
async function onAPhone(page, url) {
  await page.goto(url, { waitUntil: "load" });
  const layout = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    body: document.body.scrollWidth,
    boxes: [...document.querySelectorAll(".table-wrap")].map((box) => ({
      caption: box.querySelector("caption")?.textContent ?? "",
      overflow: getComputedStyle(box).overflowX,
      client: box.clientWidth,
      scroll: box.scrollWidth,
      right: box.getBoundingClientRect().right,
    })),
    charts: [...document.querySelectorAll("svg.chart")].map((svg) => svg.getBoundingClientRect().right),
  }));
  check("390 px: the page does not scroll sideways (document scrollWidth ≤ 390)", layout.page <= 390 && layout.body <= 390, `document ${layout.page} px, body ${layout.body} px`);
  check("390 px: every table box and chart fits the screen", layout.boxes.every((b) => b.right <= 390) && layout.charts.every((right) => right <= 390), `${layout.boxes.filter((b) => b.right > 390).length} boxes and ${layout.charts.filter((r) => r > 390).length} charts stick out`);
  const wide = layout.boxes.filter((b) => b.scroll > b.client + 1);
  check(`390 px: the tables wider than the screen (${wide.length} of ${layout.boxes.length}) scroll inside their box (overflow-x: auto)`, wide.length > 0 && wide.every((b) => b.overflow === "auto"), wide.map((b) => `${b.caption.slice(0, 30)}: ${b.client}/${b.scroll} px ${b.overflow}`).join("; "));
  // Amounts, percentages, periods and dates never break over two lines: each such piece of text lies on one line.
  const pieces = await page.evaluate(() => {
    const pattern = /€[ \u00a0]-?[\d.,]+|[\d.,]*\d[ \u00a0]%|\b[QKTH]\d[ \u00a0]\d{4}\b|\b\d{1,2}e[ \u00a0](?:kwartaal|tertiaal|halfjaar)[ \u00a0]\d{4}\b|\b\d{1,2}[ \u00a0][a-z]+[ \u00a0]\d{4}\b|\b\d{4}-(?:[HTQ]\d|\d{2}(?:-\d{2})?)\b/g;
    let count = 0;
    const broken = [];
    // A piece may span text nodes (a span around a date): take each element's whole text, map matches back to nodes.
    for (const element of document.querySelectorAll("main p, main li, main td, main th, main caption, main h1, main h2, main h3, main figcaption")) {
      const nodes = [];
      const walk = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      let text = "";
      for (let node = walk.nextNode(); node !== null; node = walk.nextNode()) {
        if (node.parentElement?.closest("svg, .badge")) continue;
        nodes.push({ node, start: text.length });
        text += node.data;
      }
      const at = (offset) => {
        const hit = [...nodes].reverse().find((n) => n.start <= offset);
        return [hit.node, offset - hit.start];
      };
      for (const match of text.matchAll(pattern)) {
        count++;
        const range = document.createRange();
        range.setStart(...at(match.index));
        range.setEnd(...at(match.index + match[0].length));
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (tops.size > 1) broken.push(match[0]);
      }
    }
    return { count, broken };
  });
  check(`390 px: no amount, percentage, period or date breaks over two lines (${pieces.count} checked)`, pieces.count > 50 && pieces.broken.length === 0, pieces.broken.slice(0, 8).map((t) => JSON.stringify(t)).join(", "));
  await page.screenshot({ path: join(shots, "8-report-390-top.png") });

  // The overzicht: shown, then scrolled sideways within its box.
  const box = page.locator(".table-wrap", { has: page.locator("caption", { hasText: /^Overzicht van baten en lasten/ }) }).first();
  await box.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, -60));
  await page.screenshot({ path: join(shots, "8-report-390-overzicht.png") });
  const scrolled = await box.evaluate((element) => {
    element.scrollLeft = element.scrollWidth;
    return { left: element.scrollLeft, pageX: window.scrollX, page: document.documentElement.scrollWidth };
  });
  check("390 px: the overzicht scrolls sideways inside its box, and the page stays put", scrolled.left > 0 && scrolled.pageX === 0 && scrolled.page <= 390, JSON.stringify(scrolled));
  await page.screenshot({ path: join(shots, "8-report-390-overzicht-scrolled.png") });
  await page.locator("figure:has(svg)").first().screenshot({ path: join(shots, "8-report-390-chart.png") });
  await page.screenshot({ path: join(shots, "8-report-390-full.png"), fullPage: true });
}

mkdirSync(shots, { recursive: true });
const browser = await launch();
try {
  // -------------------------------------------------------------------------------------------------------------
  // 1. The docs site.
  if (only === "report") skip("docs site", "E2E_ONLY=report");
  else {
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
        await step("report: table of contents", page, () => tableOfContents(page));
        await step("report: printed", page, () => printed(page, work));
        clean("report", report);
        await report.context.close();

        const phone = await newPage(browser, server.origin, { width: 390, height: 844 });
        phone.page.setDefaultTimeout(15_000);
        await step("report: 390 px wide", phone.page, () => onAPhone(phone.page, `${server.origin}/r.html`));
        clean("report at 390 px", phone);
        await phone.context.close();
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
