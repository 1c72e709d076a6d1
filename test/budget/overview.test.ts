import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { euro } from "opkoers/money";
import { applyAmendment, overviewOfBatenLasten, presentOverview, programmeShare, standardColumns, type BudgetDocument } from "opkoers/budget";
import { amendmentsArb, documentArb, line } from "./arbitraries.js";

// A small jaarrekening: original, one amendment, actuals, and every non-programme part.
const doc: BudgetDocument = {
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
    { id: "realisatie-q1", kind: "actual", quarter: 1 },
  ],
  lines: [
    line("zorg", "6.1", 1000, 200),
    line("zorg", "0.4", 300, 0),
    line("financien", "0.7", 0, 900),
    line("financien", "0.61", 0, 150),
    line("financien", "0.8", 20, 0, { costCentre: "onvoorzien" }),
    line("financien", "0.8", 5, 10),
    line("financien", "0.9", 2, 0),
    line("zorg", "0.10", 50, 80, { reserve: "AR", nature: "incidenteel" }),
    line("zorg", "6.1", 1100, 210, { phase: "realisatie" }),
    line("zorg", "0.4", 290, 0, { phase: "realisatie" }),
    line("financien", "0.7", 0, 950, { phase: "realisatie" }),
    line("financien", "0.61", 0, 150, { phase: "realisatie" }),
    line("zorg", "0.10", 50, 130, { reserve: "AR", nature: "incidenteel", phase: "realisatie" }),
    line("financien", "0.11", 0, 0, { phase: "realisatie" }),
    line("zorg", "6.1", 300, 0, { phase: "realisatie-q1" }),
  ],
  amendments: [
    {
      id: "bw-1",
      number: 1,
      date: "2024-06-27",
      decision: "RB-2024-77",
      mutations: [
        { programme: "zorg", taakveld: "6.1", year: 2024, expenses: euro(100), revenue: euro(0), nature: "incidenteel" },
        { programme: "financien", taakveld: "0.8", costCentre: "onvoorzien", year: 2024, expenses: euro(-20), revenue: euro(0), nature: "incidenteel" },
        { programme: "zorg", taakveld: "0.10", year: 2024, expenses: euro(0), revenue: euro(80), nature: "incidenteel", reserve: "AR" },
      ],
    },
  ],
};

describe("overviewOfBatenLasten", () => {
  const o = overviewOfBatenLasten(doc);

  it("has original, amended and actual side by side, with actual − amended as the difference", () => {
    expect(o.columns.map((c) => c.id)).toEqual(["original", "amended", "actual"]);
    expect(o.difference).toEqual({ id: "difference", from: "amended", to: "actual" });
    expect(o.programmes.map((p) => [p.code, p.values])).toEqual([
      [
        "zorg",
        {
          original: { expenses: 100000, revenue: 20000, balance: -80000 },
          amended: { expenses: 110000, revenue: 20000, balance: -90000 },
          actual: { expenses: 110000, revenue: 21000, balance: -89000 },
          difference: { expenses: 0, revenue: 1000, balance: 1000 },
        },
      ],
      [
        "financien",
        {
          original: { expenses: 0, revenue: 0, balance: 0 },
          amended: { expenses: 0, revenue: 0, balance: 0 },
          actual: { expenses: 0, revenue: 0, balance: 0 },
          difference: { expenses: 0, revenue: 0, balance: 0 },
        },
      ],
    ]);
  });

  it("classifies the non-programme taakvelden as data, with onvoorzien where the document says", () => {
    expect(o.general.map((g) => [g.code, g.part, g.values["original"]?.balance])).toEqual([
      ["0.61", "generalCover", 15000],
      ["0.7", "generalCover", 90000],
      ["0.8", "generalCover", 500],
      ["0.4", "overhead", -30000],
      ["0.9", "vpb", -200],
      ["onvoorzien", "onvoorzien", -2000],
    ]);
    expect(o.general.find((g) => g.code === "onvoorzien")?.values["amended"]?.expenses).toBe(0);
  });

  it("computes saldo, reserve mutations per programme and the resultaat", () => {
    // original: -800 + 150 + 900 + 5 - 300 - 2 - 20 = -67 (× € 1) → saldo
    expect(o.saldo["original"]?.balance).toBe(-6700);
    expect(o.reserves).toEqual([
      {
        programme: "zorg",
        label: "Zorg",
        values: {
          original: { additions: 5000, withdrawals: 8000, balance: 3000 },
          amended: { additions: 5000, withdrawals: 16000, balance: 11000 },
          actual: { additions: 5000, withdrawals: 13000, balance: 8000 },
          difference: { additions: 0, withdrawals: -3000, balance: -3000 },
        },
      },
    ]);
    // actual: saldo -890 - 290 + 950 + 150 = -80 euro, reserves +80 → resultaat 0; amended: saldo -147, reserves +110 → -37.
    expect(o.saldo["actual"]?.balance).toBe(-8000);
    expect(o.saldo["amended"]?.balance).toBe(-14700);
    expect(o.result).toEqual({ original: -3700, amended: -3700, actual: 0, difference: 3700 });
    // The quarterly actual phase is not in the actual column; a custom column can show it.
    const q1 = overviewOfBatenLasten(doc, { columns: [{ id: "q1", label: { nl: "Q1", en: "Q1" }, phases: ["realisatie-q1"] }] });
    expect(q1.difference).toBeNull();
    expect(q1.programmes[0]?.values["q1"]?.expenses).toBe(30000);
  });

  it("checks its options", () => {
    expect(() => overviewOfBatenLasten(doc, { difference: { from: "original", to: "prognose" } })).toThrowError(expect.objectContaining({ code: "invalid_option" }));
    expect(() => overviewOfBatenLasten(doc, { columns: [{ id: "x", label: { nl: "", en: "" }, phases: ["begroting"] }] })).toThrowError(expect.objectContaining({ code: "unknown_phase" }));
  });

  it("gives a programme's share of the total", () => {
    const share = programmeShare(doc, "zorg", { phases: ["primitief"], year: 2024 });
    expect(share.expenses).toBe(135000);
    expect(share.totalExpenses).toBe(137700);
    expect(share.expensesShare).toEqual({ defined: true, value: 98, scaled: 980, decimals: 1 });
    expect(programmeShare([], "zorg").expensesShare).toEqual({ defined: false, reason: "whole_is_zero" });
  });
});

describe("presentOverview", () => {
  test.prop([documentArb, amendmentsArb, fc.constantFrom("euro" as const, "thousand" as const, "million" as const)])("rounded presentation tables always add up", (base, amendments, unit) => {
    const full = amendments.reduce((d, a) => applyAmendment(d, a).document, base);
    const exact = overviewOfBatenLasten(full, { year: 2024 });
    const table = presentOverview(exact, { unit });
    const size = unit === "euro" ? 100 : unit === "thousand" ? 100_000 : 100_000_000;
    for (const id of table.columns) {
      // The lines of each part add up to the part's subtotal; the subtotals add up to the saldo but for an
      // afrondingsverschil of at most half a unit per part and half a unit for the saldo (half up).
      const lines = [...table.programmes.map((l) => ({ ...l, part: "programmes" as string | undefined })), ...table.general];
      for (const subtotal of table.subtotals) {
        const main = lines.filter((l) => l.part === subtotal.part).map((l) => l.values[id]);
        const sum = (key: "expenses" | "revenue" | "balance"): number => main.reduce((s, v) => s + (v?.[key] ?? 0), 0);
        expect([sum("expenses"), sum("revenue"), sum("balance")]).toEqual([subtotal.values[id]?.expenses, subtotal.values[id]?.revenue, subtotal.values[id]?.balance]);
      }
      for (const key of ["expenses", "revenue", "balance"] as const) {
        const parts = table.subtotals.reduce((s, st) => s + (st.values[id]?.[key] ?? 0), 0);
        expect(Math.abs(parts - (table.saldo[id]?.[key] ?? 0))).toBeLessThanOrEqual(Math.floor((table.subtotals.length + 1) / 2) * (id === "difference" ? 2 : 1));
      }
      const res = table.reserves.map((r) => r.values[id]);
      expect(res.reduce((s, v) => s + (v?.balance ?? 0), 0)).toBe(table.reservesTotal[id]?.balance);
      // The resultaat is the exact resultaat rounded once (it may differ by one unit from saldo + reserves; see presentOverview.test.ts).
      // The difference column is the difference of two rounded columns, so there the two units' differences can add up to two.
      expect(Math.abs((table.result[id] ?? 0) - (table.saldo[id]?.balance ?? 0) - (table.reservesTotal[id]?.balance ?? 0))).toBeLessThanOrEqual(id === "difference" ? 2 : 1);
    }
    // Each rounded lasten/baten figure is within one unit of its exact value.
    for (const column of exact.columns) {
      [...exact.programmes, ...exact.general].forEach((line, i) => {
        const shown = [...table.programmes, ...table.general][i]?.values[column.id];
        expect(Math.abs((shown?.expenses ?? 0) * size - (line.values[column.id]?.expenses ?? 0))).toBeLessThan(size);
        expect(Math.abs((shown?.revenue ?? 0) * size - (line.values[column.id]?.revenue ?? 0))).toBeLessThan(size);
      });
    }
  });
});

describe("presentOverview of a known overview", () => {
  const o = overviewOfBatenLasten(doc);

  it("shows whole euros with the difference column, keeps each general line's part, and defaults to × € 1.000", () => {
    const t = presentOverview(o, { unit: "euro" });
    expect(t.columns).toEqual(["original", "amended", "actual", "difference"]);
    expect(t.programmes[0]).toEqual({
      code: "zorg",
      label: "Zorg",
      values: {
        original: { expenses: 1000, revenue: 200, balance: -800 },
        amended: { expenses: 1100, revenue: 200, balance: -900 },
        actual: { expenses: 1100, revenue: 210, balance: -890 },
        difference: { expenses: 0, revenue: 10, balance: 10 },
      },
    });
    expect(t.general.map((g) => [g.code, g.part])).toEqual([
      ["0.61", "generalCover"],
      ["0.7", "generalCover"],
      ["0.8", "generalCover"],
      ["0.4", "overhead"],
      ["0.9", "vpb"],
      ["onvoorzien", "onvoorzien"],
    ]);
    expect(t.reservesTotal["difference"]).toEqual({ additions: 0, withdrawals: -30, balance: -30 });
    expect(t.result).toEqual({ original: -37, amended: -37, actual: 0, difference: 37 });
    expect(presentOverview(o).unit).toBe("thousand");
  });

  it("has no difference column when the overview has none", () => {
    const none = overviewOfBatenLasten(doc, { difference: false });
    expect(none.difference).toBeNull();
    const t = presentOverview(none, { unit: "euro" });
    expect(t.columns).toEqual(["original", "amended", "actual"]);
    expect(t.programmes[0]?.values["difference"]).toBeUndefined();
    expect(Object.keys(t.result)).toEqual(["original", "amended", "actual"]);
  });
});

describe("overview options", () => {
  it("names a difference column as asked, and refuses an id that is already a column", () => {
    const o = overviewOfBatenLasten(doc, { difference: { id: "afwijking", from: "original", to: "actual" } });
    expect(o.difference).toEqual({ id: "afwijking", from: "original", to: "actual" });
    // zorg: actual 1.100 − original 1.000 lasten, 210 − 200 baten (× € 1, in cents).
    expect(o.programmes[0]?.values["afwijking"]).toEqual({ expenses: 10000, revenue: 1000, balance: -9000 });
    expect(() => overviewOfBatenLasten(doc, { difference: { id: "amended", from: "original", to: "actual" } })).toThrowError(
      expect.objectContaining({ code: "invalid_option", message: expect.stringContaining('"amended" is already a column') }),
    );
  });

  it("has no actual column (and so no default difference) when the document has no actual phase", () => {
    const begroting: BudgetDocument = { ...doc, phases: doc.phases.filter((p) => p.kind !== "actual"), lines: doc.lines.filter((l) => l.phase === "primitief") };
    expect(standardColumns(begroting).map((c) => c.id)).toEqual(["original", "amended"]);
    expect(overviewOfBatenLasten(begroting).difference).toBeNull();
  });

  it("takes a programme's share of given totals, with the decimals asked for", () => {
    const share = programmeShare(doc, "zorg", { phases: ["primitief"], year: 2024, totals: { expenses: euro(4000), revenue: euro(0) }, decimals: 2 });
    // 1.350 of 4.000 = 33.75 %; a share of a zero whole is undefined, not 0.
    expect(share.expensesShare).toEqual({ defined: true, value: 33.75, scaled: 3375, decimals: 2 });
    expect(share.revenueShare).toEqual({ defined: false, reason: "whole_is_zero" });
    expect(programmeShare(doc, "onbekend", { phases: ["primitief"] }).expenses).toBe(0);
  });
});
