// Issue 18 §5: the overzicht of the report shows the Totaal programma's and the subtotal of each non-programme part
// with more than one line, each the part's exact subtotal rounded, with the part's lines adding up to it.
import { describe, expect, it } from "vitest";
import type { BudgetDocument } from "opkoers/budget";
import type { PlanningDocument } from "opkoers/policy";
import { buildReport, renderReport } from "opkoers/report";

const empty = { portfolioHolders: [], taakvelden: [], partners: [], goals: [], indicators: [], activities: [] };
const planning = {
  type: "begroting",
  municipality: { code: "GM0034", name: "Almere" },
  year: 2024,
  programmes: [
    { code: "zorg", name: "Zorg", ...empty },
    { code: "wonen", name: "Wonen", ...empty },
  ],
} as unknown as PlanningDocument;

const line = (programme: string, taakveld: string, expenses: number, revenue: number) =>
  ({ programme, taakveld, year: 2024, phase: "begroting", expenses: expenses * 100, revenue: revenue * 100, nature: "structureel" });

/**
 * Lasten 1.600 (zorg), 1.600 (wonen), overhead 1.600: rounded all together (4,8 → 5) the lines were 2, 2 and 1. Per part
 * the programmes are 3,2 → 3 (2 + 1) and overhead 1,6 → 2. Algemene dekkingsmiddelen has two lines (0.5 and 0.7).
 */
const budget = {
  municipality: "Almere",
  budgetYear: 2024,
  programmes: [{ code: "zorg", name: "Zorg" }, { code: "wonen", name: "Wonen" }],
  taakvelden: ["0.4", "0.5", "0.7", "6.1", "8.3"],
  phases: [{ id: "begroting", kind: "original" }],
  lines: [line("zorg", "6.1", 1_600, 0), line("wonen", "8.3", 1_600, 0), line("zorg", "0.4", 1_600, 0), line("zorg", "0.5", 0, 1_300), line("zorg", "0.7", 0, 5_400)],
  amendments: [],
} as unknown as BudgetDocument;

/** The rows of the overzicht table in the Markdown report, each as its cells. */
function overviewRows(markdown: string): string[][] {
  const start = markdown.indexOf("| Onderdeel |") >= 0 ? markdown.indexOf("| Onderdeel |") : markdown.indexOf("| Line |");
  const rows: string[][] = [];
  for (const text of markdown.slice(start).split("\n").slice(2)) {
    if (!text.startsWith("|")) break;
    rows.push(text.slice(1, -1).split(" | ").map((c) => c.trim().replace(/\*\*/g, "")));
  }
  return rows;
}

describe("the overzicht of the report shows the subtotals of its parts", () => {
  const report = buildReport({ planning, budget }, { asOf: "2024-01-01" });

  it("has the presented subtotals: the Totaal programma's is the exact 3,2 rounded, not 2 + 2", () => {
    const overview = report.budget?.overview;
    expect(overview?.subtotals.map((s) => [s.part, s.values["original"]?.expenses])).toEqual([["programmes", 3], ["generalCover", 0], ["overhead", 2]]);
    expect(overview?.programmes.map((p) => p.values["original"]?.expenses)).toEqual([2, 1]);
  });

  it("shows a Totaal programma's row after the programmes, and a subtotal after a part of more than one line only (nl)", () => {
    const rows = overviewRows(renderReport([report], { format: "markdown", lang: "nl" }));
    const labels = rows.map((row) => `${row[0]}/${row[1]}`);
    expect(labels).toEqual([
      "Zorg/Lasten",
      "Zorg/Saldo",
      "Wonen/Lasten",
      "Wonen/Saldo",
      "Totaal programma's/Lasten",
      "Totaal programma's/Saldo",
      "0.5 Treasury/Baten",
      "0.5 Treasury/Saldo",
      "0.7 Algemene uitkering en overige uitkeringen gemeentefonds/Baten",
      "0.7 Algemene uitkering en overige uitkeringen gemeentefonds/Saldo",
      "Totaal algemene dekkingsmiddelen/Baten",
      "Totaal algemene dekkingsmiddelen/Saldo",
      "0.4 Overhead/Lasten",
      "0.4 Overhead/Saldo",
      "Saldo van baten en lasten/Saldo",
      "Resultaat/Saldo",
    ]);
    const value = (label: string): string[] => rows.filter((row) => `${row[0]}/${row[1]}` === label).map((row) => row[2] as string);
    expect([value("Zorg/Lasten"), value("Wonen/Lasten"), value("Totaal programma's/Lasten")]).toEqual([["2"], ["1"], ["3"]]);
    // 1,3 + 5,4 = 6,7 → 7 (1 + 6); the saldo van baten en lasten 6,7 − 4,8 = 1,9 → 2.
    expect([value("Totaal algemene dekkingsmiddelen/Baten"), value("0.4 Overhead/Saldo"), value("Saldo van baten en lasten/Saldo")]).toEqual([["7"], ["-2"], ["2"]]);
  });

  it("names the subtotals in English", () => {
    const labels = overviewRows(renderReport([report], { format: "markdown", lang: "en" })).map((row) => row[0]);
    expect(labels).toContain("Total of the programmes");
    expect(labels).toContain("Total general cover");
  });

  it("renders a report written without subtotals (before they existed) without them", () => {
    const old = { ...report, budget: report.budget === null ? null : { ...report.budget, overview: { ...report.budget.overview, subtotals: undefined } } };
    const labels = overviewRows(renderReport([old as never], { format: "markdown", lang: "nl" })).map((row) => row[0]);
    expect(labels).not.toContain("Totaal programma's");
    expect(labels).toContain("Saldo van baten en lasten");
  });
});
