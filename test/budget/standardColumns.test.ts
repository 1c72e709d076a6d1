// Issue 18, §5: phases of one kind in one column. standardColumns put every whole-year actual phase into one
// "Realisatie" column, so a document with a "realisatie-voorlopig" beside the "realisatie" (two versions of one
// figure) showed both added up, without a word. Original phases add up by design (they are the parts of the one
// begroting primitief, and the amended budget is every original phase plus the amendments).
import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { overviewOfBatenLasten, presentOverview, standardColumns, type BudgetDocument, type BudgetLine, type OverviewColumn } from "opkoers/budget";
import { baseDocument, line, lineArb } from "./arbitraries.js";

const twoActuals = (lines: readonly BudgetLine[]): BudgetDocument => ({
  ...baseDocument(lines),
  phases: [
    { id: "primitief", kind: "original" },
    { id: "voorlopig", kind: "actual", label: "voorlopig" },
    { id: "q1", kind: "actual", quarter: 1 },
    { id: "realisatie", kind: "actual", label: "definitief" },
  ],
});

const doc = twoActuals([
  line("zorg", "6.1", 1_000, 200),
  line("financien", "0.7", 0, 900),
  line("zorg", "6.1", 1_100, 210, { phase: "voorlopig" }),
  line("financien", "0.7", 0, 950, { phase: "voorlopig" }),
  line("zorg", "6.1", 1_150, 220, { phase: "realisatie" }),
  line("financien", "0.7", 0, 960, { phase: "realisatie" }),
  line("zorg", "6.1", 300, 0, { phase: "q1" }),
]);

/** The saldo and resultaat of one phase alone, computed with a column of that phase only. */
const alone = (d: BudgetDocument, phase: string, year = d.budgetYear) => {
  const o = overviewOfBatenLasten(d, { year, columns: [{ id: "x", label: { nl: "x", en: "x" }, phases: [phase] }], difference: false });
  return { saldo: o.saldo["x"], result: o.result["x"], programmes: o.programmes.map((p) => p.values["x"]) };
};

describe("standardColumns: two whole-year actual phases (issue 18)", () => {
  it("gives each actual phase with lines in the year its own column; the last in the document's order keeps the id actual", () => {
    expect(standardColumns(doc).map((c) => [c.id, c.label.nl, c.label.en, c.phases])).toEqual([
      ["original", "Begroting primitief", "Original budget", ["primitief"]],
      ["amended", "Begroting na wijziging", "Amended budget", ["primitief"]],
      ["actual:voorlopig", "Realisatie voorlopig", "Actual voorlopig", ["voorlopig"]],
      ["actual", "Realisatie definitief", "Actual definitief", ["realisatie"]],
    ]);
  });

  it("the overview shows each realisatie as it is, never their sum, and the difference is with the last", () => {
    const overview = overviewOfBatenLasten(doc);
    expect(overview.columns.map((c) => c.id)).toEqual(["original", "amended", "actual:voorlopig", "actual"]);
    expect(overview.difference).toEqual({ id: "difference", from: "amended", to: "actual" });
    const zorg = overview.programmes.find((p) => p.code === "zorg");
    expect(zorg?.values["actual"]).toEqual({ expenses: 1_150_00, revenue: 220_00, balance: -930_00 });
    expect(zorg?.values["actual:voorlopig"]).toEqual({ expenses: 1_100_00, revenue: 210_00, balance: -890_00 });
    expect(overview.saldo["actual"]?.revenue).toBe(1_180_00);
    expect(overview.result["actual"]).toBe(30_00);
    expect(overview.result["difference"]).toBe(30_00 - 100_00);
    // The presented table has the same columns and the same (not doubled) figures.
    const table = presentOverview(overview, { unit: "euro" });
    expect(table.columns).toEqual(["original", "amended", "actual:voorlopig", "actual", "difference"]);
    expect(table.saldo["actual"]).toEqual({ expenses: 1_150, revenue: 1_180, balance: 30 });
    expect(table.saldo["actual:voorlopig"]).toEqual({ expenses: 1_100, revenue: 1_160, balance: 60 });
  });

  it("labels two phases with one label by their ids as well, so no two columns share a header", () => {
    const same: BudgetDocument = { ...doc, phases: doc.phases.map((p) => (p.kind === "actual" && p.quarter === undefined ? { ...p, label: "Jaarrekening 2024" } : p)) };
    expect(standardColumns(same).slice(2).map((c) => c.label.nl)).toEqual(["Realisatie Jaarrekening 2024 (voorlopig)", "Realisatie Jaarrekening 2024 (realisatie)"]);
    const unlabelled: BudgetDocument = { ...doc, phases: doc.phases.map(({ label: _label, ...p }) => p) };
    expect(standardColumns(unlabelled).slice(2).map((c) => c.label.en)).toEqual(["Actual voorlopig", "Actual realisatie"]);
  });

  it("keeps one actual column when at most one actual phase has lines in the year: one phase per jaarrekening adds nothing twice", () => {
    // The realisatie of each year in its own phase, the newest first: in every year only one has lines.
    const series: BudgetDocument = {
      ...baseDocument([line("zorg", "6.1", 1_000), line("zorg", "6.1", 1_200, 0, { phase: "r2024" }), line("zorg", "6.1", 900, 0, { phase: "r2025", year: 2025 })]),
      phases: [{ id: "primitief", kind: "original" }, { id: "r2024", kind: "actual" }, { id: "r2025", kind: "actual" }],
    };
    const actual: OverviewColumn = { id: "actual", label: { nl: "Realisatie", en: "Actual" }, phases: ["r2024", "r2025"] };
    expect(standardColumns(series)[2]).toEqual(actual);
    expect(standardColumns(series, undefined, 2025)[2]).toEqual(actual);
    expect(overviewOfBatenLasten(series).programmes.find((p) => p.code === "zorg")?.values["actual"]?.expenses).toBe(1_200_00);
    // A year in which both have lines: two columns again.
    const both: BudgetDocument = { ...series, lines: [...series.lines, line("zorg", "6.1", 5, 0, { phase: "r2025" })] };
    expect(standardColumns(both).map((c) => c.id)).toEqual(["original", "amended", "actual:r2024", "actual"]);
    expect(standardColumns(both, undefined, 2025).map((c) => c.id)).toEqual(["original", "amended", "actual"]);
  });

  it("decides by the year it is given, and refuses a year that is not a whole year", () => {
    expect(standardColumns(doc, undefined, 2025).map((c) => [c.id, c.phases])).toEqual([
      ["original", ["primitief"]],
      ["amended", ["primitief"]],
      ["actual", ["voorlopig", "realisatie"]],
    ]);
    for (const year of [null, 24.5, 0, 10_000, "2024", Number.NaN]) {
      expect(() => standardColumns(doc, undefined, year as never)).toThrow(expect.objectContaining({ code: "invalid_option", details: expect.objectContaining({ option: "year" }) }));
    }
    // Lines that are not objects are refused where they are added up, not with a TypeError here.
    expect(standardColumns({ ...doc, lines: [null, 5, ...doc.lines] as never }).map((c) => c.id)).toEqual(["original", "amended", "actual:voorlopig", "actual"]);
  });

  it("adds the original phases up, as the amended budget does: they are the parts of one begroting primitief", () => {
    const split: BudgetDocument = {
      ...baseDocument([line("zorg", "6.1", 1_000), line("financien", "0.7", 0, 900, { phase: "primitief-dekking" })]),
      phases: [{ id: "primitief", kind: "original" }, { id: "primitief-dekking", kind: "original" }],
    };
    const [original, amended] = standardColumns(split);
    expect(original?.phases).toEqual(["primitief", "primitief-dekking"]);
    expect(amended?.phases).toEqual(["primitief", "primitief-dekking"]);
    const overview = overviewOfBatenLasten(split);
    expect(overview.saldo["original"]).toEqual(overview.saldo["amended"]);
    expect(overview.saldo["original"]).toEqual({ expenses: 1_000_00, revenue: 900_00, balance: -100_00 });
  });

  it("overviewOfBatenLasten chooses its default columns for the year it shows, not the budget year", () => {
    const later: BudgetDocument = twoActuals([
      line("zorg", "6.1", 1_000, 0, { year: 2025 }),
      line("zorg", "6.1", 1_100, 0, { year: 2025, phase: "voorlopig" }),
      line("zorg", "6.1", 1_150, 0, { year: 2025, phase: "realisatie" }),
    ]);
    const overview = overviewOfBatenLasten(later, { year: 2025 });
    expect(overview.columns.map((c) => c.id)).toEqual(["original", "amended", "actual:voorlopig", "actual"]);
    expect(overview.saldo["actual"]?.expenses).toBe(1_150_00);
    expect(overview.saldo["actual:voorlopig"]?.expenses).toBe(1_100_00);
  });

  test.prop([fc.array(lineArb(fc.constantFrom("primitief", "voorlopig", "realisatie", "q1")), { maxLength: 30 }), fc.boolean()])(
    "every actual column shows one phase alone or only phases without lines in the year; none is a sum of two versions",
    (lines, swap) => {
      const d = twoActuals(lines);
      const ordered: BudgetDocument = swap ? { ...d, phases: [...d.phases].reverse() } : d;
      const columns = standardColumns(ordered);
      const hasLines = (phase: string) => lines.some((l) => l.phase === phase && l.year === ordered.budgetYear);
      const actualColumns = columns.filter((c) => c.id === "actual" || c.id.startsWith("actual:"));
      for (const column of actualColumns) expect(column.phases.filter(hasLines).length).toBeLessThanOrEqual(1);
      // Every whole-year actual phase with lines in the year is shown, exactly once.
      const shown = actualColumns.flatMap((c) => c.phases).filter(hasLines);
      expect(shown.sort()).toEqual(["realisatie", "voorlopig"].filter(hasLines).sort());
      // The column "actual" is the last such phase in the document's order, and its figures are that phase's alone.
      const last = ordered.phases.filter((p) => p.kind === "actual" && p.quarter === undefined && hasLines(p.id)).at(-1);
      const overview = overviewOfBatenLasten(ordered);
      if (last !== undefined) {
        expect(columns.find((c) => c.id === "actual")?.phases.filter(hasLines)).toEqual([last.id]);
        const own = alone(ordered, last.id);
        expect(overview.saldo["actual"]).toEqual(own.saldo);
        expect(overview.result["actual"]).toBe(own.result);
        expect(overview.programmes.map((p) => p.values["actual"])).toEqual(own.programmes);
      }
      expect(new Set(columns.map((c) => c.id)).size).toBe(columns.length);
    },
  );
});
