// Issue 19: one programme, one set of figures. Every table of a report derives from the one classification of
// budget lines (lineClassifier of opkoers/budget), and names a programme by its name.
import { describe, expect, it } from "vitest";
import type { BudgetDocument } from "opkoers/budget";
import type { PlanningDocument } from "opkoers/policy";
import { buildReport, renderReport, type Report } from "opkoers/report";

const empty = { portfolioHolders: [], taakvelden: [], partners: [], goals: [], indicators: [], activities: [] };
const planning = {
  type: "jaarverslag",
  municipality: { code: "GM0034", name: "Almere" },
  year: 2024,
  programmes: [
    { code: "zorg", name: "Zorg en welzijn", ...empty },
    { code: "wonen", name: "Wonen", ...empty },
  ],
} as unknown as PlanningDocument;

const line = (phase: string, programme: string, taakveld: string, expenses: number, revenue: number, extra: Record<string, unknown> = {}) =>
  ({ programme, taakveld, year: 2024, phase, expenses: expenses * 100_000, revenue: revenue * 100_000, nature: "structureel", ...extra });

/** Zorg: baten 1.360 on its own taakvelden, a withdrawal of 400 from a reserve (0.10) and 250 overhead (0.4) under its code. */
function budget(): BudgetDocument {
  const lines = (phase: string, drift: number) => [
    line(phase, "zorg", "6.1", 5_000 + drift, 1_360),
    line(phase, "zorg", "0.10", 0, 400, { reserve: "ar", nature: "incidenteel" }),
    line(phase, "zorg", "0.4", 250, 0),
    line(phase, "wonen", "8.3", 2_000, 500 + drift),
    line(phase, "wonen", "0.10", 300, 0, { reserve: "ar", nature: "incidenteel" }),
    line(phase, "algemeen", "0.7", 0, 7_000),
  ];
  return {
    municipality: "Almere",
    budgetYear: 2024,
    programmes: [
      { code: "zorg", name: "Zorg en welzijn" },
      { code: "wonen", name: "Wonen" },
      { code: "algemeen", name: "Algemene dekkingsmiddelen" },
    ],
    taakvelden: ["0.4", "0.7", "0.10", "6.1", "8.3"],
    reserves: [{ code: "ar", name: "Algemene reserve", kind: "general" }],
    phases: [{ id: "begroting", kind: "original" }, { id: "realisatie", kind: "actual" }],
    lines: [...lines("begroting", 0), ...lines("realisatie", 40)],
    amendments: [],
  } as unknown as BudgetDocument;
}

/** The Markdown tables of a rendered report: caption-less, so by their header; each row as its cells. */
function tables(markdown: string): { head: string[]; rows: string[][] }[] {
  const out: { head: string[]; rows: string[][] }[] = [];
  let current: { head: string[]; rows: string[][] } | null = null;
  for (const text of markdown.split("\n")) {
    if (!text.startsWith("|")) {
      current = null;
      continue;
    }
    const cells = text.slice(1, -1).split(" | ").map((c) => c.trim().replace(/\*\*/g, ""));
    if (current === null) out.push((current = { head: cells, rows: [] }));
    else if (!cells.every((c) => /^-+:?$/.test(c))) current.rows.push(cells);
  }
  return out;
}

/** Every figure a table shows for a programme, per side and column header: programme name → "side/column" → text. */
function figuresPerProgramme(report: Report, lang: "nl" | "en"): Map<string, Map<string, Set<string>>> {
  const names = new Set(report.programmes.map((p) => p.name));
  const seen = new Map<string, Map<string, Set<string>>>();
  const note = (programme: string, key: string, value: string): void => {
    let m = seen.get(programme);
    if (m === undefined) seen.set(programme, (m = new Map()));
    let s = m.get(key);
    if (s === undefined) m.set(key, (s = new Set()));
    s.add(value);
  };
  const md = renderReport([report], { format: "markdown", lang });
  // The programme sections: "## Programma <name>" followed by its tables; the rest of the report after them.
  const sections = md.split(/^## /m);
  for (const section of sections) {
    const title = section.slice(0, section.indexOf("\n"));
    const own = [...names].find((name) => title.endsWith(` ${name}`));
    for (const table of tables(section)) {
      const sideAt = table.head.findIndex((h) => /^(Soort|Side)$/.test(h));
      if (sideAt < 0) continue;
      const programmeAt = sideAt === 0 ? -1 : 0;
      for (const row of table.rows) {
        const programme = programmeAt < 0 ? own : row[programmeAt];
        if (programme === undefined) continue;
        // Every cell that is a figure (not the difference, the deviation or the percentage) under its header.
        table.head.forEach((h, i) => {
          if (i <= sideAt || /^(Verschil|Difference|Afwijking|Deviation|%|Effect|Status)$/.test(h)) return;
          note(programme, `${row[sideAt]}/${h}`, row[i] as string);
        });
      }
    }
  }
  return seen;
}

describe("one programme, one set of figures in every table", () => {
  it("shows the same baten of Zorg in the overzicht and in the deviations (1.360, not 1.760 with the reserve withdrawal)", () => {
    const report = buildReport({ planning, budget: budget() }, { asOf: "2025-03-01" });
    const zorg = report.budget?.deviations.find((row) => row.key["programme"] === "zorg");
    expect(zorg?.revenue.amended).toBe(1_360 * 100_000);
    expect(zorg?.revenue.actual).toBe(1_360 * 100_000);
    expect(zorg?.expenses.amended).toBe(5_000 * 100_000);
    expect(zorg?.expenses.actual).toBe(5_040 * 100_000);
    // The programme's own money and its deviations are the same lines.
    for (const programme of report.programmes) {
      const values = programme.finances?.values ?? {};
      for (const row of programme.finances?.deviations ?? []) {
        expect([row.expenses.amended, row.revenue.amended], programme.code).toEqual([values["amended"]?.expenses, values["amended"]?.revenue]);
        expect([row.expenses.actual, row.revenue.actual], programme.code).toEqual([values["actual"]?.expenses, values["actual"]?.revenue]);
      }
    }
  });

  it.each(["nl", "en"] as const)("shows each programme with one figure per side and column in every table of the %s report, by its name", (lang) => {
    const report = buildReport({ planning, budget: budget() }, { asOf: "2025-03-01" });
    const seen = figuresPerProgramme(report, lang);
    for (const name of ["Zorg en welzijn", "Wonen"]) {
      const figures = seen.get(name);
      expect(figures, name).toBeDefined();
      for (const [key, values] of figures ?? []) expect([...values], `${name} ${key}`).toHaveLength(1);
      // The deviations table is among the tables that name the programme: it compares the amended column.
      expect([...(figures?.keys() ?? [])].some((key) => /(Begroting na wijziging|Amended budget)$/.test(key)), name).toBe(true);
    }
    const md = renderReport([report], { format: "markdown", lang });
    // Two tables name each programme in a row (the overzicht and the deviations), both by its name.
    for (const name of ["Zorg en welzijn", "Wonen"]) expect(tables(md).filter((table) => table.rows.some((row) => row[0] === name)), name).toHaveLength(2);
    // No table names a programme by its code.
    for (const table of tables(md)) for (const row of table.rows) expect(["zorg", "wonen"], row.join(" | ")).not.toContain(row[0]);
    // Nor does a sentence start with a programme code.
    expect(md).not.toMatch(/(^|\n)- .*\b(zorg|wonen), (lasten|baten|expenses|revenue):/);
  });
});
