// Issue 19, "the report on screen and on paper": what the HTML report looks like printed and on a phone, and labels
// and statements that were shown twice. (The printed PDF and the 390 px layout themselves are checked in real
// Chromium by test/e2e/docs-and-report.e2e.mjs.)
import { describe, expect, it } from "vitest";
import type { BudgetDocument, BudgetLine } from "opkoers/budget";
import { bundledExample } from "opkoers/cli";
import { euro } from "opkoers/money";
import type { PlanningDocument } from "opkoers/policy";
import { buildReport, renderReport, type Report } from "opkoers/report";
import { htmlText } from "../../src/report/_internal/html.js";

const reports = (): Report[] => bundledExample().map((input) => buildReport(input));

/** The text a reader sees: the body without tags, and without the charts' <title> and <desc> (read by screen readers only). */
function bodyText(html: string): string {
  return html
    .slice(html.indexOf("<body>"))
    .replace(/<svg[\s\S]*?<\/svg>/g, " ")
    .replace(/<[^>]+>/g, "");
}

describe("amounts, percentages, periods and dates do not break over two lines", () => {
  it("writes non-breaking spaces inside them (htmlText)", () => {
    expect(htmlText("€ 1.234 en € -5,00")).toBe("€&#160;1.234 en €&#160;-5,00");
    expect(htmlText("12,5 % van 3 %")).toBe("12,5&#160;% van 3&#160;%");
    expect(htmlText("2025 Q1, Q3 2024, 3e kwartaal 2024, 1e halfjaar 2025")).toBe("2025&#160;Q1, Q3&#160;2024, 3e&#160;kwartaal&#160;2024, 1e&#160;halfjaar&#160;2025");
    expect(htmlText("op 20 oktober 2024, in maart 2025")).toBe("op 20&#160;oktober&#160;2024, in maart&#160;2025");
    expect(htmlText("≥ 250 peuters, < € 15.000, × € 1.000")).toBe("≥&#160;250 peuters, &lt;&#160;€&#160;15.000, ×&#160;€&#160;1.000");
    // A period code or a date with a hyphen is kept whole; a URL with a year in it is left alone.
    expect(htmlText("4 % (2022-H1), 2023-02, 2024-10-01, https://x.nl/jaarverslag-2017.nl")).toBe(
      '4&#160;% (<span class="nw">2022-H1</span>), <span class="nw">2023-02</span>, <span class="nw">2024-10-01</span>, https://x.nl/jaarverslag-2017.nl',
    );
    // Words and numbers that are not amounts keep their ordinary spaces.
    expect(htmlText("2 × doel, 3 deelnemers, 2024 en 2025")).toBe("2 × doel, 3 deelnemers, 2024 en 2025");
  });

  for (const lang of ["nl", "en"] as const) {
    it(`leaves no breakable space inside an amount, percentage or period in the report's text (${lang})`, () => {
      const html = renderReport(reports(), { format: "html", lang });
      const text = bodyText(html);
      expect(text).not.toMatch(/€ [-\d]/);
      expect(text).not.toMatch(/\d %/);
      expect(text).not.toMatch(/\b[QKTH]\d \d{4}\b|\bkwartaal \d{4}\b/);
      expect(html).toContain(lang === "nl" ? "12,2&#160;%" : "12.2&#160;%");
      expect(html).toContain(lang === "nl" ? "(bedragen ×&#160;€&#160;1.000)" : "(amounts ×&#160;€&#160;1,000)");
      expect(html).toContain(lang === "nl" ? "Iv3 3e&#160;kwartaal&#160;2024 naar CBS" : "Iv3 Q3&#160;2024 to CBS");
    });
  }

  it("keeps the badges' colours in print and gives them a border there, and keeps a heading with what follows", () => {
    const html = renderReport(reports(), { format: "html" });
    const css = html.slice(html.indexOf("<style>"), html.indexOf("</style>"));
    expect(css).toMatch(/\.badge\{[^}]*-webkit-print-color-adjust:exact;print-color-adjust:exact/);
    const print = css.slice(css.indexOf("@media print"));
    expect(print).toMatch(/h1,h2,h3,caption[^{]*\{break-after:avoid/);
    expect(print).toMatch(/tr,figure[^{]*\{break-inside:avoid/);
    expect(print).toMatch(/\.badge\{border:1px solid #1b1f23\}/);
    expect(print).toMatch(/\.table-wrap\{overflow:visible\}/);
  });
});

describe("tables scroll inside their own box on a narrow screen", () => {
  it("wraps every table in a scrolling, focusable region named by its caption", () => {
    const html = renderReport(reports(), { format: "html" });
    const tables = html.match(/<table>/g) ?? [];
    const wrapped = [...html.matchAll(/<div class="table-wrap" role="region" aria-label="([^"]+)" tabindex="0"><table><caption>/g)];
    expect(tables.length).toBeGreaterThan(5);
    expect(wrapped).toHaveLength(tables.length);
    expect(html).toMatch(/\.table-wrap\{overflow-x:auto;max-width:100%/);
  });
});

describe("a long report opens with a table of contents", () => {
  const ids = (html: string): string[] => [...html.matchAll(/ id="([^"]*)"/g)].map((m) => m[1] as string);
  const links = (nav: string): string[] => [...nav.matchAll(/<a href="#([^"]+)">/g)].map((m) => m[1] as string);
  const navs = (html: string): string[] => html.match(/<nav class="toc"[\s\S]*?<\/nav>/g) ?? [];

  it("links every section (h2) of each report, in order, after the title", () => {
    const html = renderReport(reports(), { format: "html" });
    const [first, second] = navs(html);
    expect(links(first ?? "")).toEqual(["r1-programma-1-gezondheid", "r1-overzicht", "r1-evenwicht", "r1-termijnen"]);
    expect(first).toContain('<p class="toc-title" id="r1-inhoud-title">Inhoud</p>');
    expect(first).toContain('<a href="#r1-overzicht">Overzicht van baten en lasten 2024</a>');
    expect(links(second ?? "")).toEqual(["r2-programma-1-zorg", "r2-termijnen", "r2-notes"]);
    // The contents come right after the title and its facts, before the legend.
    expect(html.indexOf('<nav class="toc" id="r1-inhoud"')).toBeGreaterThan(html.indexOf('<h1 id="r1-top"'));
    expect(html.indexOf('<nav class="toc" id="r1-inhoud"')).toBeLessThan(html.indexOf('<h3 id="r1-legend"'));
    expect(renderReport(reports(), { format: "html", lang: "en" })).toContain('<p class="toc-title" id="r1-inhoud-title">Contents</p>');
  });

  it("follows the idPrefix, so that two rendered reports in one page link each to its own sections", () => {
    const [almere] = reports();
    const spring = renderReport([almere as Report], { format: "html", idPrefix: "voorjaar" });
    const autumn = renderReport([almere as Report], { format: "html", idPrefix: "najaar" });
    expect(links(navs(spring)[0] ?? "")).toEqual(["voorjaar1-programma-1-gezondheid", "voorjaar1-overzicht", "voorjaar1-evenwicht", "voorjaar1-termijnen"]);
    expect(links(navs(autumn)[0] ?? "")).toEqual(["najaar1-programma-1-gezondheid", "najaar1-overzicht", "najaar1-evenwicht", "najaar1-termijnen"]);
    // Put into one page, every id is still unique and every link has its own target.
    const page = spring + autumn;
    const all = ids(page);
    expect(new Set(all).size).toBe(all.length);
    for (const nav of navs(page)) for (const target of links(nav)) expect(all.filter((id) => id === target)).toHaveLength(1);
  });

  it("is left out of a short report, and of the text and Markdown formats", () => {
    const planning = { type: "begroting", municipality: { code: "GM0034", name: "Almere" }, year: 2024, programmes: [] } as unknown as PlanningDocument;
    const short = buildReport({ planning }, { asOf: "2024-10-20" });
    expect(navs(renderReport([short], { format: "html" }))).toEqual([]);
    expect(renderReport(reports(), { format: "markdown" })).not.toMatch(/Inhoud/);
    expect(renderReport(reports())).not.toMatch(/Inhoud/);
  });
});

// A jaarrekening on the real taakvelden, with onvoorzien budgeted on 0.8 (cost centre "onvoorzien"), an amendment
// that draws on it, and the realisatie.
const line = (programme: string, taakveld: string, expenses: number, revenue: number, extra: Partial<BudgetLine> = {}): BudgetLine =>
  ({ programme, taakveld, year: 2024, phase: "primitief", expenses: euro(expenses), revenue: euro(revenue), nature: "structureel", ...extra }) as BudgetLine;
const budget = {
  budgetYear: 2024,
  programmes: [
    { code: "zorg", name: "Zorg" },
    { code: "financien", name: "Financiën" },
  ],
  taakvelden: ["6.1", "0.4", "0.5", "0.61", "0.7", "0.8", "0.9", "0.10", "0.11"],
  reserves: [{ code: "AR", name: "Algemene reserve", kind: "general" }],
  onvoorzien: { taakveld: "0.8", costCentre: "onvoorzien" },
  phases: [
    { id: "primitief", kind: "original" },
    { id: "realisatie", kind: "actual" },
  ],
  lines: [
    line("zorg", "6.1", 1_000_000, 200_000),
    line("zorg", "0.4", 300_000, 0),
    line("financien", "0.7", 0, 900_000),
    line("financien", "0.61", 0, 150_000),
    line("financien", "0.8", 20_000, 0, { costCentre: "onvoorzien" }),
    line("financien", "0.8", 5_000, 10_000),
    line("financien", "0.9", 2_000, 0),
    line("zorg", "6.1", 1_100_000, 210_000, { phase: "realisatie" }),
    line("zorg", "0.4", 290_000, 0, { phase: "realisatie" }),
    line("financien", "0.7", 0, 950_000, { phase: "realisatie" }),
    line("financien", "0.61", 0, 150_000, { phase: "realisatie" }),
    line("financien", "0.8", 5_000, 10_000, { phase: "realisatie" }),
  ],
  amendments: [
    {
      id: "bw-1",
      number: 1,
      date: "2024-06-27",
      decision: "RB-2024-77",
      mutations: [
        { programme: "zorg", taakveld: "6.1", year: 2024, expenses: euro(20_000), revenue: euro(0), nature: "incidenteel" },
        { programme: "financien", taakveld: "0.8", costCentre: "onvoorzien", year: 2024, expenses: euro(-20_000), revenue: euro(0), nature: "incidenteel" },
      ],
    },
  ],
} as unknown as BudgetDocument;
const empty = { portfolioHolders: [], taakvelden: [], partners: [], goals: [], indicators: [], activities: [] };
const planning = {
  type: "jaarverslag",
  municipality: { code: "GM0034", name: "Almere" },
  year: 2024,
  programmes: [
    { ...empty, code: "zorg", name: "Zorg" },
    { ...empty, code: "financien", name: "Financiën" },
  ],
} as unknown as PlanningDocument;
const jaarrekening = (): Report => buildReport({ planning, budget }, { asOf: "2025-04-15" });

/** The first cells of the rows of the Markdown overzicht. */
function overviewLabels(markdown: string, head: string): string[] {
  const start = markdown.indexOf(`| ${head} |`);
  const labels: string[] = [];
  for (const text of markdown.slice(start).split("\n").slice(2)) {
    if (!text.startsWith("|")) break;
    labels.push(text.slice(1, -1).split(" | ")[0]?.trim() ?? "");
  }
  return [...new Set(labels)];
}

describe("no label says its name twice", () => {
  it("names the onvoorzien line of the overzicht once (nl and en), and a taakveld by its code and name", () => {
    const nl = overviewLabels(renderReport([jaarrekening()], { format: "markdown", lang: "nl" }), "Onderdeel");
    expect(nl).toContain("Onvoorzien");
    expect(nl).toContain("0.8 Overige baten en lasten");
    expect(nl).toContain("0.7 Algemene uitkering en overige uitkeringen gemeentefonds");
    expect(nl.some((label) => /onvoorzien onvoorzien/i.test(label))).toBe(false);
    const en = overviewLabels(renderReport([jaarrekening()], { format: "markdown", lang: "en" }), "Line");
    expect(en).toContain("Unforeseen");
    expect(en.some((label) => /onvoorzien/i.test(label))).toBe(false);
    // No label anywhere in the report repeats a word right after itself ("onvoorzien Onvoorzien").
    for (const format of ["text", "markdown", "html"] as const) {
      for (const lang of ["nl", "en"] as const) expect(renderReport([jaarrekening(), ...reports()], { format, lang })).not.toMatch(/\b([A-Za-zÀ-ÿ]{3,}) \1\b/i);
    }
  });
});

describe("no statement is shown twice", () => {
  const [almere, almelo] = reports();

  it("gives the explanation of a goal, indicator or activity without repeating its statement or name from the first cell", () => {
    const md = renderReport([almere as Report, almelo as Report], { format: "markdown" });
    const rows = md.split("\n").filter((row) => row.startsWith("| "));
    const subjects = [almere, almelo].flatMap((report) =>
      (report as Report).programmes.flatMap((p) => [...p.goals.map((g) => g.statement), ...p.indicators.map((i) => i.indicator.name), ...p.activities.map((a) => a.name)]),
    );
    expect(subjects.length).toBeGreaterThan(15);
    for (const subject of subjects) {
      const cell = subject.replace(/[\\`*_[\]~|#$]/g, "\\$&");
      const row = rows.find((r) => r.startsWith(`| ${cell} |`));
      expect(row, subject).toBeDefined();
      expect((row as string).split(cell).length - 1, subject).toBe(1);
    }
    expect(md).toContain("| **op schema** | Op schema (slechtste van 1/1 beoordeelde onderdelen). |");
    expect(md).toContain("| Uitvoeren preventieagenda | **in uitvoering** (gerealiseerd / op schema) | In uitvoering. |");
  });

  it("says a goal statement in the text report once in full: below its row when the column cuts it short", () => {
    const text = renderReport([almere as Report]);
    const statement = (almere as Report).programmes[0]?.goals[3]?.statement as string;
    expect(statement.length).toBeGreaterThan(60);
    expect(statement.endsWith(".")).toBe(true);
    expect(text.split(statement).length - 1).toBe(1); // in its row's line below
    expect(text).toContain(`${statement.slice(0, -1)}: aandacht (`); // and in the attention list, as a sentence's subject: no ".:" 
    expect(text).toContain(`    ${statement} — Aandacht (slechtste van 1/1 beoordeelde onderdelen).\n`);
  });
});

describe("the bar chart tells na wijziging and realisatie apart without colour", () => {
  it("fills them with different colours and patterns, and the legend shows each as its bars", () => {
    const html = renderReport([jaarrekening()], { format: "html" });
    const chart = html.slice(html.indexOf('<svg class="chart"'), html.indexOf("</svg>"));
    const fillOf = (label: string, bar: string): string => new RegExp(`<rect [^>]*?(fill="[^"]+"(?: stroke="[^"]+" data-pattern="[a-z]+")?)><title>${bar}, ${label}:`).exec(chart)?.[1] ?? "";
    const legendFillOf = (label: string): string => new RegExp(`<rect [^>]*?(fill="[^"]+"(?: stroke="[^"]+" data-pattern="[a-z]+")?) class="swatch"/><text [^>]*>${label}</text>`).exec(chart)?.[1] ?? "";
    const amended = fillOf("Begroting na wijziging", "Lasten");
    const actual = fillOf("Realisatie", "Lasten");
    expect(amended).toMatch(/^fill="url\(#r1-chart-\d+-pattern-2\)" stroke="#1f5fa8" data-pattern="hatch"$/);
    expect(actual).toBe('fill="#c75000"');
    expect(fillOf("Begroting na wijziging", "Baten")).toBe(amended);
    expect(legendFillOf("Begroting na wijziging")).toBe(amended);
    expect(legendFillOf("Realisatie")).toBe(actual);
    expect(legendFillOf("Begroting primitief")).toBe(fillOf("Begroting primitief", "Lasten"));
    // The pattern is defined in the chart itself: its colour with white stripes.
    const id = /url\(#([^)]+)\)/.exec(amended)?.[1] as string;
    expect(chart).toContain(`<pattern id="${id}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><rect width="6" height="6" fill="#1f5fa8"/><rect width="2" height="6" fill="#fff"/></pattern>`);
  });

  it("gives a forecast dots, and keeps the pattern ids of two reports in one page apart", () => {
    const html = renderReport(reports(), { format: "html" });
    expect(html).toMatch(/fill="url\(#r1-chart-1-pattern-3\)" stroke="#b8860b" data-pattern="dots"><title>Lasten, Prognose/);
    const page = renderReport(reports(), { format: "html", idPrefix: "a" }) + renderReport(reports(), { format: "html", idPrefix: "b" });
    const patterns = [...page.matchAll(/<pattern id="([^"]+)"/g)].map((m) => m[1]);
    expect(patterns).toEqual(["a1-chart-1-pattern-2", "a1-chart-1-pattern-3", "b1-chart-1-pattern-2", "b1-chart-1-pattern-3"]);
  });

  it("moves a legend that does not fit on the axis label's row to a row of its own, with the plot below it", () => {
    const legend = (html: string): { x: number; y: number; label: string }[] => {
      const chart = html.slice(html.indexOf('<svg class="chart"'), html.indexOf("</svg>"));
      return [...chart.matchAll(/<text x="([\d.]+)" y="(\d+)" class="legend">([^<]+)<\/text>/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]), label: m[3] as string }));
    };
    // Three columns fit on one row beside the axis label.
    const three = renderReport(reports(), { format: "html" });
    expect(legend(three).map((item) => item.y)).toEqual([18, 18, 18]);
    expect(three).toContain('viewBox="0 0 640 300"');
    // Four, with two actual phases ("Realisatie voorlopig", "Realisatie definitief"), do not: the last two go on a second row.
    const twice = { ...budget, phases: [{ id: "primitief", kind: "original" }, { id: "voorlopig", kind: "actual", label: "voorlopig" }, { id: "realisatie", kind: "actual", label: "definitief" }], lines: [...budget.lines, line("zorg", "6.1", 900_000, 0, { phase: "voorlopig" })] } as unknown as BudgetDocument;
    const four = renderReport([buildReport({ planning, budget: twice }, { asOf: "2025-04-15" })], { format: "html" });
    const items = legend(four);
    expect(items.map((item) => item.label)).toEqual(["Begroting primitief", "Begroting na wijziging", "Realisatie voorlopig", "Realisatie definitief"]);
    expect(items.map((item) => item.y)).toEqual([18, 18, 36, 36]);
    expect(items[2]?.x).toBe(76 + 16); // the second row starts at the plot's left edge
    expect(four).toContain('viewBox="0 0 640 318"');
    // Every legend text ends inside the chart (at about 6,5 px per letter).
    for (const item of [...legend(three), ...items]) expect(item.x + item.label.length * 6.5).toBeLessThan(640 - 16);
  });
});
