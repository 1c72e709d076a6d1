// Tests for the overzicht van baten en lasten (overviewOfBatenLasten, presentOverview, programmeShare, crossTable,
// standardColumns) written against the mutation survivors of the first Stryker run (README, 73.48 %).
//
// Every call of the function under test is made inside an `it`/`test` body, never in a `describe` body: Stryker
// activates a mutant per test, so a result computed while the file is collected is computed without the mutant,
// and no assertion on it can kill anything (that is why many mutants survived test/budget/overview.test.ts, whose
// `const o = overviewOfBatenLasten(doc)` sits in a describe body).
import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { DomainError, euro } from "opkoers/money";
import {
  applyAmendment,
  crossTable,
  overviewOfBatenLasten,
  presentOverview,
  programmeShare,
  rollup,
  standardColumns,
  type BatenLastenOverview,
  type BudgetDocument,
  type Figures,
  type OverviewColumn,
  type ReserveFigures,
} from "opkoers/budget";
import { amendmentsArb, documentArb, line } from "./arbitraries.js";

/** Figures from whole euros, with the saldo written out (not computed), in cents. */
const fig = (expenses: number, revenue: number, balance: number): Figures => ({ expenses: euro(expenses), revenue: euro(revenue), balance: euro(balance) });
/** Reserve figures from whole euros, in cents. */
const res = (additions: number, withdrawals: number, balance: number): ReserveFigures => ({ additions: euro(additions), withdrawals: euro(withdrawals), balance: euro(balance) });
const ZERO = fig(0, 0, 0);

/** The DomainError thrown by `f` (fails the test when `f` returns). */
const thrown = (f: () => unknown): DomainError => {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  }
  throw new Error("expected a DomainError, but nothing was thrown");
};
const errorOf = (f: () => unknown) => {
  const e = thrown(f);
  return { code: e.code, message: e.message, details: e.details };
};

// A jaarrekening with every part of the overzicht, built so that
// - rollup's row order (programmes naturally: extra, financien, zorg) is not the order of the overzicht;
// - onvoorzien is taakveld 0.8 with cost centre "onv" (any programme): a line on 0.8 without that cost centre is
//   overige baten en lasten, a line with that cost centre on another taakveld is not onvoorzien;
// - a programme the document does not list ("extra") has lasten and a reserve mutation;
// - a 2025 line and a quarterly realisatie line stay out of the 2024 columns;
// - the resultaat of the realisatie is booked on 0.11.
const OPTS = { reserve: "AR", nature: "incidenteel" } as const;
const doc: BudgetDocument = {
  budgetYear: 2024,
  programmes: [
    { code: "zorg", name: "Zorg" },
    { code: "financien", name: "Financiën" },
  ],
  taakvelden: ["0.4", "0.5", "0.7", "0.8", "0.9", "0.10", "0.11", "6.1", "7.1"],
  reserves: [{ code: "AR", name: "Algemene reserve", kind: "general" }],
  onvoorzien: { taakveld: "0.8", costCentre: "onv" },
  phases: [
    { id: "primitief", kind: "original" },
    { id: "realisatie", kind: "actual" },
    { id: "realisatie-q1", kind: "actual", quarter: 1 },
  ],
  lines: [
    line("zorg", "6.1", 1000, 200),
    line("zorg", "6.1", 60, 0, { costCentre: "onv" }),
    line("zorg", "0.4", 300, 0),
    line("financien", "0.4", 40, 0),
    line("financien", "0.5", 10, 30),
    line("zorg", "0.5", 0, 5),
    line("financien", "0.7", 0, 900),
    line("financien", "0.7", 0, 50, { costCentre: "onv" }),
    line("financien", "0.8", 20, 0, { costCentre: "onv" }),
    line("zorg", "0.8", 7, 0, { costCentre: "onv" }),
    line("financien", "0.8", 5, 10),
    line("financien", "0.9", 2, 0),
    line("zorg", "0.10", 50, 80, OPTS),
    line("extra", "7.1", 15, 5),
    line("extra", "0.10", 0, 4, OPTS),
    line("zorg", "6.1", 999, 0, { year: 2025 }),
    line("zorg", "6.1", 1100, 210, { phase: "realisatie" }),
    line("financien", "0.7", 0, 950, { phase: "realisatie" }),
    line("zorg", "0.10", 50, 130, { ...OPTS, phase: "realisatie" }),
    line("financien", "0.11", 140, 0, { phase: "realisatie" }),
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
        { programme: "financien", taakveld: "0.8", costCentre: "onv", year: 2024, expenses: euro(-20), revenue: euro(0), nature: "incidenteel" },
        { programme: "zorg", taakveld: "0.10", year: 2024, expenses: euro(0), revenue: euro(80), nature: "incidenteel", reserve: "AR" },
      ],
    },
  ],
};

const COLUMNS: readonly OverviewColumn[] = [
  { id: "original", label: { nl: "Begroting primitief", en: "Original budget" }, phases: ["primitief"] },
  { id: "amended", label: { nl: "Begroting na wijziging", en: "Amended budget" }, phases: ["primitief", "bw-1"] },
  { id: "actual", label: { nl: "Realisatie", en: "Actual" }, phases: ["realisatie"] },
];

// The overzicht of `doc`, worked out by hand (× € 1; difference = actual − amended).
const EXPECTED: BatenLastenOverview = {
  year: 2024,
  columns: COLUMNS,
  difference: { id: "difference", from: "amended", to: "actual" },
  programmes: [
    // 6.1: 1.000 + 60 (the cost centre "onv" is onvoorzien only on 0.8); the amendment adds 100.
    { code: "zorg", label: "Zorg", values: { original: fig(1060, 200, -860), amended: fig(1160, 200, -960), actual: fig(1100, 210, -890), difference: fig(-60, 10, 70) } },
    // Every line of financien is on a non-programme taakveld.
    { code: "financien", label: "Financiën", values: { original: ZERO, amended: ZERO, actual: ZERO, difference: ZERO } },
    // Not listed by the document: shown after the listed programmes, labelled with its code.
    { code: "extra", label: "extra", values: { original: fig(15, 5, -10), amended: fig(15, 5, -10), actual: ZERO, difference: fig(-15, -5, 10) } },
  ],
  general: [
    { code: "0.5", label: "Treasury", part: "generalCover", values: { original: fig(10, 35, 25), amended: fig(10, 35, 25), actual: ZERO, difference: fig(-10, -35, -25) } },
    {
      code: "0.7",
      label: "Algemene uitkering en overige uitkeringen gemeentefonds",
      part: "generalCover",
      values: { original: fig(0, 950, 950), amended: fig(0, 950, 950), actual: fig(0, 950, 950), difference: ZERO },
    },
    { code: "0.8", label: "Overige baten en lasten", part: "generalCover", values: { original: fig(5, 10, 5), amended: fig(5, 10, 5), actual: ZERO, difference: fig(-5, -10, -5) } },
    { code: "0.4", label: "Overhead", part: "overhead", values: { original: fig(340, 0, -340), amended: fig(340, 0, -340), actual: ZERO, difference: fig(-340, 0, 340) } },
    { code: "0.9", label: "Vennootschapsbelasting (Vpb)", part: "vpb", values: { original: fig(2, 0, -2), amended: fig(2, 0, -2), actual: ZERO, difference: fig(-2, 0, 2) } },
    // 20 (financien) + 7 (zorg); the amendment draws 20 from it.
    { code: "onvoorzien", label: "Onvoorzien", part: "onvoorzien", values: { original: fig(27, 0, -27), amended: fig(7, 0, -7), actual: ZERO, difference: fig(-7, 0, 7) } },
  ],
  // Totaal programma's: zorg + financien + extra; then each non-programme part with lines.
  subtotals: [
    { part: "programmes", label: { nl: "Totaal programma's", en: "Total of the programmes" }, lines: 3, values: { original: fig(1075, 205, -870), amended: fig(1175, 205, -970), actual: fig(1100, 210, -890), difference: fig(-75, 5, 80) } },
    { part: "generalCover", label: { nl: "Algemene dekkingsmiddelen", en: "General cover" }, lines: 3, values: { original: fig(15, 995, 980), amended: fig(15, 995, 980), actual: fig(0, 950, 950), difference: fig(-15, -45, -30) } },
    { part: "overhead", label: { nl: "Overhead", en: "Overhead" }, lines: 1, values: { original: fig(340, 0, -340), amended: fig(340, 0, -340), actual: ZERO, difference: fig(-340, 0, 340) } },
    { part: "vpb", label: { nl: "Vennootschapsbelasting (Vpb)", en: "Corporate income tax" }, lines: 1, values: { original: fig(2, 0, -2), amended: fig(2, 0, -2), actual: ZERO, difference: fig(-2, 0, 2) } },
    { part: "onvoorzien", label: { nl: "Onvoorzien", en: "Contingencies" }, lines: 1, values: { original: fig(27, 0, -27), amended: fig(7, 0, -7), actual: ZERO, difference: fig(-7, 0, 7) } },
  ],
  // original: lasten 1.060 + 15 + 10 + 5 + 340 + 2 + 27 = 1.459, baten 200 + 5 + 35 + 950 + 10 = 1.200.
  saldo: { original: fig(1459, 1200, -259), amended: fig(1539, 1200, -339), actual: fig(1100, 1160, 60), difference: fig(-439, -40, 399) },
  reserves: [
    { programme: "zorg", label: "Zorg", values: { original: res(50, 80, 30), amended: res(50, 160, 110), actual: res(50, 130, 80), difference: res(0, -30, -30) } },
    { programme: "extra", label: "extra", values: { original: res(0, 4, 4), amended: res(0, 4, 4), actual: res(0, 0, 0), difference: res(0, -4, -4) } },
  ],
  reservesTotal: { original: res(50, 84, 34), amended: res(50, 164, 114), actual: res(50, 130, 80), difference: res(0, -34, -34) },
  // saldo + (onttrekkingen − toevoegingen)
  result: { original: euro(-225), amended: euro(-225), actual: euro(140), difference: euro(365) },
  // The voordelig resultaat of the realisatie (140) is booked as lasten on 0.11, closing the rekening.
  bookedResult: { original: ZERO, amended: ZERO, actual: fig(140, 0, -140), difference: fig(140, 0, -140) },
};

describe("overviewOfBatenLasten, the whole overzicht", () => {
  it("is the overzicht worked out by hand: programmes, the general parts in BBV order, reserves, resultaat and 0.11", () => {
    expect(overviewOfBatenLasten(doc)).toEqual(EXPECTED);
  });

  it("shows the same figures for an explicit year and explicit columns", () => {
    expect(overviewOfBatenLasten(doc, { year: 2024, columns: COLUMNS })).toEqual(EXPECTED);
  });

  it("has no difference anywhere when asked for none", () => {
    const o = overviewOfBatenLasten(doc, { difference: false });
    expect(o.difference).toBeNull();
    expect(Object.keys(o.saldo)).toEqual(["original", "amended", "actual"]);
    expect(Object.keys(o.result)).toEqual(["original", "amended", "actual"]);
    expect(o.reserves.map((r) => Object.keys(r.values))).toEqual([
      ["original", "amended", "actual"],
      ["original", "amended", "actual"],
    ]);
  });

  it("names the difference column \"difference\" when no id is given, and computes to − from", () => {
    const o = overviewOfBatenLasten(doc, { difference: { from: "original", to: "amended" } });
    expect(o.difference).toEqual({ id: "difference", from: "original", to: "amended" });
    expect(o.programmes[0]?.values["difference"]).toEqual(fig(100, 0, -100));
    expect(o.general.find((g) => g.code === "onvoorzien")?.values["difference"]).toEqual(fig(-20, 0, 20));
    expect(o.reservesTotal["difference"]).toEqual(res(0, 80, 80));
    expect(o.result["difference"]).toBe(euro(0)); // a budget-neutral amendment: the resultaat stays -225
  });

  it("has no default difference without both an amended and an actual column", () => {
    const begroting: BudgetDocument = { ...doc, phases: [{ id: "primitief", kind: "original" }], lines: doc.lines.filter((l) => l.phase === "primitief") };
    const o = overviewOfBatenLasten(begroting);
    expect(o.difference).toBeNull();
    expect(o.columns.map((c) => c.id)).toEqual(["original", "amended"]);
    const onlyActual = overviewOfBatenLasten(doc, { columns: [COLUMNS[2] as OverviewColumn, { id: "amended2", label: { nl: "", en: "" }, phases: ["primitief", "bw-1"] }] });
    expect(onlyActual.difference).toBeNull();
    const onlyAmended = overviewOfBatenLasten(doc, { columns: [COLUMNS[1] as OverviewColumn, { id: "actual2", label: { nl: "", en: "" }, phases: ["realisatie"] }] });
    expect(onlyAmended.difference).toBeNull();
  });
});

describe("overviewOfBatenLasten, onvoorzien", () => {
  it("recognises onvoorzien per programme when the document says so, on any cost centre of its taakveld", () => {
    const perProgramme: BudgetDocument = { ...doc, onvoorzien: { programme: "financien", taakveld: "0.8" } };
    const o = overviewOfBatenLasten(perProgramme);
    expect(o.general.filter((g) => g.code === "0.8" || g.code === "onvoorzien")).toEqual([
      // zorg's 0.8 (cost centre "onv") is another programme's: overige baten en lasten.
      { code: "0.8", label: "Overige baten en lasten", part: "generalCover", values: { original: fig(7, 0, -7), amended: fig(7, 0, -7), actual: ZERO, difference: fig(-7, 0, 7) } },
      // financien's 0.8, with and without cost centre: 20 + 5 lasten, 10 baten.
      { code: "onvoorzien", label: "Onvoorzien", part: "onvoorzien", values: { original: fig(25, 10, -15), amended: fig(5, 10, 5), actual: ZERO, difference: fig(-5, -10, -5) } },
    ]);
    // Moving lines between general lines does not change the saldo.
    expect(o.saldo).toEqual(EXPECTED.saldo);
  });

  it("recognises onvoorzien on one programme and cost centre only", () => {
    const exact: BudgetDocument = { ...doc, onvoorzien: { programme: "financien", taakveld: "0.8", costCentre: "onv" } };
    const o = overviewOfBatenLasten(exact);
    expect(o.general.filter((g) => g.code === "0.8" || g.code === "onvoorzien").map((g) => [g.code, g.values["original"], g.values["amended"]])).toEqual([
      ["0.8", fig(12, 10, -2), fig(12, 10, -2)],
      ["onvoorzien", fig(20, 0, -20), ZERO],
    ]);
  });

  it("has no onvoorzien line when the document names none: 0.8 is all overige baten en lasten", () => {
    const none: BudgetDocument = { ...doc };
    delete (none as { onvoorzien?: unknown }).onvoorzien;
    const o = overviewOfBatenLasten(none);
    expect(o.general.map((g) => g.code)).toEqual(["0.5", "0.7", "0.8", "0.4", "0.9"]);
    expect(o.general.find((g) => g.code === "0.8")?.values).toEqual({ original: fig(32, 10, -22), amended: fig(12, 10, -2), actual: ZERO, difference: fig(-12, -10, 2) });
  });
});

describe("overviewOfBatenLasten, classification and order", () => {
  it("takes another classification: a taakveld left out of it is programme spending", () => {
    const o = overviewOfBatenLasten(doc, {
      columns: [COLUMNS[0] as OverviewColumn],
      classification: [
        { taakveld: "0.9", part: "vpb", label: { nl: "Vpb", en: "CIT" } },
        { taakveld: "0.7", part: "generalCover", label: { nl: "Gemeentefonds", en: "Municipal fund" } },
        { taakveld: "0.4", part: "overhead", label: { nl: "Overhead", en: "Overhead" } },
        { taakveld: "0.10", part: "reserves", label: { nl: "Reserves", en: "Reserves" } },
      ],
    });
    expect(o.difference).toBeNull();
    expect(o.general).toEqual([
      { code: "0.7", label: "Gemeentefonds", part: "generalCover", values: { original: fig(0, 950, 950) } },
      { code: "0.4", label: "Overhead", part: "overhead", values: { original: fig(340, 0, -340) } },
      { code: "0.9", label: "Vpb", part: "vpb", values: { original: fig(2, 0, -2) } },
      { code: "onvoorzien", label: "Onvoorzien", part: "onvoorzien", values: { original: fig(27, 0, -27) } },
    ]);
    // 0.5 and the 0.8 without cost centre are no longer classified, so they count in their programmes.
    expect(o.programmes).toEqual([
      { code: "zorg", label: "Zorg", values: { original: fig(1060, 205, -855) } },
      { code: "financien", label: "Financiën", values: { original: fig(15, 40, 25) } },
      { code: "extra", label: "extra", values: { original: fig(15, 5, -10) } },
    ]);
    expect(o.bookedResult).toEqual({ original: ZERO });
  });

  it("orders general lines by part, then taakveld in CBS order, whatever order the lines come in", () => {
    const d: BudgetDocument = {
      budgetYear: 2024,
      programmes: [
        { code: "a", name: "A" },
        { code: "b", name: "B" },
      ],
      taakvelden: [],
      onvoorzien: { taakveld: "0.8", costCentre: "onv" },
      phases: [{ id: "p", kind: "original" }],
      lines: [
        line("a", "0.9", 1, 0, { phase: "p" }),
        line("a", "0.8", 1, 0, { phase: "p", costCentre: "onv" }),
        line("a", "0.64", 0, 1, { phase: "p" }),
        line("a", "0.4", 1, 0, { phase: "p" }),
        line("b", "0.8", 0, 1, { phase: "p" }),
        line("b", "0.7", 0, 1, { phase: "p" }),
        line("b", "0.62", 0, 1, { phase: "p" }),
        line("b", "0.5", 0, 1, { phase: "p" }),
        line("b", "0.9", 1, 0, { phase: "p" }),
      ],
      amendments: [],
    };
    const o = overviewOfBatenLasten(d);
    expect(o.general.map((g) => [g.code, g.part])).toEqual([
      ["0.5", "generalCover"],
      ["0.62", "generalCover"],
      ["0.64", "generalCover"],
      ["0.7", "generalCover"],
      ["0.8", "generalCover"],
      ["0.4", "overhead"],
      ["0.9", "vpb"],
      ["onvoorzien", "onvoorzien"],
    ]);
    expect(o.general.find((g) => g.code === "0.9")?.values["original"]).toEqual(fig(2, 0, -2));
  });

  it("lists a programme with only reserve mutations, and programmes the document does not list after those it does", () => {
    const d: BudgetDocument = {
      budgetYear: 2024,
      programmes: [
        { code: "b", name: "Bee" },
        { code: "a", name: "Aa" },
      ],
      taakvelden: [],
      reserves: [{ code: "AR", name: "Algemene reserve", kind: "general" }],
      phases: [{ id: "primitief", kind: "original" }],
      lines: [line("z", "0.10", 3, 0, OPTS), line("y", "7.1", 1, 0), line("a", "0.10", 0, 2, OPTS), line("a", "7.1", 4, 0)],
      amendments: [],
    };
    const o = overviewOfBatenLasten(d, { columns: [{ id: "o", label: { nl: "O", en: "O" }, phases: ["primitief"] }] });
    expect(o.programmes).toEqual([
      { code: "b", label: "Bee", values: { o: ZERO } },
      { code: "a", label: "Aa", values: { o: fig(4, 0, -4) } },
      { code: "y", label: "y", values: { o: fig(1, 0, -1) } },
      { code: "z", label: "z", values: { o: ZERO } },
    ]);
    expect(o.reserves).toEqual([
      { programme: "a", label: "Aa", values: { o: res(0, 2, 2) } },
      { programme: "z", label: "z", values: { o: res(3, 0, -3) } },
    ]);
    expect(o.result).toEqual({ o: euro(-5 - 1) });
  });
});

describe("overviewOfBatenLasten, options it refuses", () => {
  it("refuses repeated column ids", () => {
    const columns = [COLUMNS[0] as OverviewColumn, { ...(COLUMNS[2] as OverviewColumn), id: "original" }];
    expect(errorOf(() => overviewOfBatenLasten(doc, { columns }))).toEqual({
      code: "invalid_option",
      message: "[opkoers] Column ids must be unique, but they are original, original.",
      details: { option: "columns", value: ["original", "original"] },
    });
  });

  it("refuses a difference between columns that are not there", () => {
    expect(errorOf(() => overviewOfBatenLasten(doc, { difference: { from: "original", to: "prognose" } }))).toEqual({
      code: "invalid_option",
      message: '[opkoers] The difference names the column "prognose", but the columns are original, amended, actual.',
      details: { option: "difference", value: "prognose" },
    });
    expect(errorOf(() => overviewOfBatenLasten(doc, { difference: { from: "begroting", to: "actual" } }))).toEqual({
      code: "invalid_option",
      message: '[opkoers] The difference names the column "begroting", but the columns are original, amended, actual.',
      details: { option: "difference", value: "begroting" },
    });
  });

  it("refuses a difference id that is already a column, also the default id", () => {
    expect(errorOf(() => overviewOfBatenLasten(doc, { difference: { id: "amended", from: "original", to: "actual" } }))).toEqual({
      code: "invalid_option",
      message: '[opkoers] The difference column\'s id "amended" is already a column.',
      details: { option: "difference", value: "amended" },
    });
    const columns = [COLUMNS[0] as OverviewColumn, { ...(COLUMNS[2] as OverviewColumn), id: "difference" }];
    expect(errorOf(() => overviewOfBatenLasten(doc, { columns, difference: { from: "original", to: "difference" } }))).toEqual({
      code: "invalid_option",
      message: '[opkoers] The difference column\'s id "difference" is already a column.',
      details: { option: "difference", value: "difference" },
    });
  });
});

// Documents with an onvoorzien location (or none) and amendments, for the invariants below.
const overviewDocArb = fc
  .tuple(
    documentArb,
    amendmentsArb,
    fc.option(
      fc.record({ programme: fc.option(fc.constantFrom("zorg", "financien"), { nil: undefined }), costCentre: fc.option(fc.constant("onv"), { nil: undefined }) }),
      { nil: undefined },
    ),
    fc.array(fc.boolean(), { maxLength: 40 }),
  )
  .map(([base, amendments, onv, withCostCentre]) => {
    const lines = base.lines.map((l, i) => (withCostCentre[i] === true ? { ...l, costCentre: "onv" } : l));
    const d: BudgetDocument = {
      ...base,
      lines,
      ...(onv === undefined
        ? {}
        : { onvoorzien: { taakveld: "0.8", ...(onv.programme === undefined ? {} : { programme: onv.programme }), ...(onv.costCentre === undefined ? {} : { costCentre: onv.costCentre }) } }),
    };
    return amendments.reduce((acc, a) => applyAmendment(acc, a).document, d);
  });

describe("overviewOfBatenLasten, invariants", () => {
  test.prop([overviewDocArb])("every amount of the year lands in exactly one place, and the totals add up", (d) => {
    const o = overviewOfBatenLasten(d);
    const ids = o.columns.map((c) => c.id);
    for (const column of o.columns) {
      const id = column.id;
      const all = rollup(d, { by: [], phases: column.phases, years: [2024] }).total;
      const lines = [...o.programmes, ...o.general].map((l) => l.values[id] as Figures);
      const saldo = o.saldo[id] as Figures;
      const reserves = o.reservesTotal[id] as ReserveFigures;
      const booked = o.bookedResult[id] as Figures;
      expect(saldo).toEqual({
        expenses: lines.reduce((s, f) => s + f.expenses, 0),
        revenue: lines.reduce((s, f) => s + f.revenue, 0),
        balance: lines.reduce((s, f) => s + f.balance, 0),
      });
      const reserveLines = o.reserves.map((r) => r.values[id] as ReserveFigures);
      expect(reserves).toEqual({
        additions: reserveLines.reduce((s, f) => s + f.additions, 0),
        withdrawals: reserveLines.reduce((s, f) => s + f.withdrawals, 0),
        balance: reserveLines.reduce((s, f) => s + f.balance, 0),
      });
      expect(saldo.expenses + reserves.additions + booked.expenses).toBe(all.expenses);
      expect(saldo.revenue + reserves.withdrawals + booked.revenue).toBe(all.revenue);
      expect(o.result[id]).toBe(saldo.balance + reserves.balance);
    }
    // The difference column is to − from for every figure.
    const diff = o.difference;
    expect(diff).toEqual({ id: "difference", from: "amended", to: "actual" });
    if (diff === null) return;
    const minus = <T extends object>(to: T, from: T): T => Object.fromEntries(Object.entries(to).map(([k, v]) => [k, (v as number) - (from[k as keyof T] as number) || 0])) as T;
    for (const values of [...[...o.programmes, ...o.general].map((l) => l.values), o.saldo, o.bookedResult]) {
      expect(Object.keys(values)).toEqual([...ids, diff.id]);
      expect(values[diff.id]).toEqual(minus(values[diff.to] as Figures, values[diff.from] as Figures));
    }
    for (const values of [...o.reserves.map((r) => r.values), o.reservesTotal]) {
      expect(values[diff.id]).toEqual(minus(values[diff.to] as ReserveFigures, values[diff.from] as ReserveFigures));
    }
    expect(o.result[diff.id]).toBe((o.result[diff.to] as number) - (o.result[diff.from] as number) || 0);
    // Every programme the document lists is shown, once, in the document's order.
    expect(o.programmes.map((p) => p.code)).toEqual(d.programmes.map((p) => p.code));
    expect(o.programmes.map((p) => p.label)).toEqual(d.programmes.map((p) => p.name));
  });
});

describe("standardColumns", () => {
  it("labels the three columns in Dutch and English", () => {
    expect(standardColumns(doc)).toEqual(COLUMNS);
  });

  it("counts amendments up to asOf, and has no actual column with only quarterly actuals", () => {
    expect(standardColumns(doc, "2024-06-26")).toEqual([COLUMNS[0], { ...(COLUMNS[1] as OverviewColumn), phases: ["primitief"] }, COLUMNS[2]]);
    const quarterly: BudgetDocument = { ...doc, phases: doc.phases.filter((p) => p.id !== "realisatie") };
    expect(standardColumns(quarterly)).toEqual([COLUMNS[0], COLUMNS[1]]);
  });
});

describe("presentOverview", () => {
  // One programme of € 1.600 lasten and € 1.400 baten: × € 1.000 that is 1,6 and 1,4.
  const small: BudgetDocument = {
    budgetYear: 2024,
    programmes: [{ code: "a", name: "A" }],
    taakvelden: ["7.1"],
    phases: [{ id: "primitief", kind: "original" }],
    lines: [line("a", "7.1", 1600, 1400)],
    amendments: [],
  };
  // The saldo is the exact saldo (−0,2) rounded (down: −1, up: 0), not the rounded baten − the rounded lasten (issue 18).
  const table = (expenses: number, revenue: number, balance: number) => {
    const f = { expenses, revenue, balance };
    return {
      unit: "thousand",
      columns: ["original", "amended"],
      programmes: [{ code: "a", label: "A", values: { original: f, amended: f } }],
      general: [],
      // One programme part only: its subtotal is the saldo, and nothing else changes.
      subtotals: [{ part: "programmes", label: { nl: "Totaal programma's", en: "Total of the programmes" }, lines: 1, values: { original: f, amended: f } }],
      saldo: { original: f, amended: f },
      reserves: [],
      reservesTotal: { original: { additions: 0, withdrawals: 0, balance: 0 }, amended: { additions: 0, withdrawals: 0, balance: 0 } },
      result: { original: f.balance, amended: f.balance },
    };
  };

  it("rounds totals half up by default, and as asked otherwise", () => {
    expect(presentOverview(overviewOfBatenLasten(small))).toEqual(table(2, 1, 0));
    expect(presentOverview(overviewOfBatenLasten(small), { rounding: "halfUp" })).toEqual(table(2, 1, 0));
    expect(presentOverview(overviewOfBatenLasten(small), { unit: "thousand", rounding: "down" })).toEqual(table(1, 1, -1));
    expect(presentOverview(overviewOfBatenLasten(small), { rounding: "up" })).toEqual(table(2, 2, 0));
  });

  it("refuses an unknown rounding mode", () => {
    expect(thrown(() => presentOverview(overviewOfBatenLasten(small), { rounding: "sideways" as never })).code).toBe("invalid_rounding_mode");
  });

  it("shows the whole overzicht in euros exactly, with the difference column", () => {
    const t = presentOverview(overviewOfBatenLasten(doc), { unit: "euro" });
    const euros = (f: Figures) => ({ expenses: f.expenses / 100, revenue: f.revenue / 100, balance: f.balance / 100 });
    const reserveEuros = (r: ReserveFigures) => ({ additions: r.additions / 100, withdrawals: r.withdrawals / 100, balance: r.balance / 100 });
    const map = <T, U>(values: Readonly<Record<string, T>>, f: (v: T) => U): Record<string, U> => Object.fromEntries(Object.entries(values).map(([k, v]) => [k, f(v)]));
    expect(t).toStrictEqual({
      unit: "euro",
      columns: ["original", "amended", "actual", "difference"],
      programmes: EXPECTED.programmes.map((p) => ({ code: p.code, label: p.label, values: map(p.values, euros) })),
      general: EXPECTED.general.map((g) => ({ code: g.code, label: g.label, values: map(g.values, euros), part: g.part })),
      subtotals: EXPECTED.subtotals.map((st) => ({ ...st, values: map(st.values, euros) })),
      saldo: map(EXPECTED.saldo, euros),
      reserves: EXPECTED.reserves.map((r) => ({ programme: r.programme, label: r.label, values: map(r.values, reserveEuros) })),
      reservesTotal: map(EXPECTED.reservesTotal, reserveEuros),
      result: map(EXPECTED.result, (c) => c / 100),
    });
  });

  it("counts a figure missing from an overview as zero, and keeps a general line without part without one", () => {
    // An overview put together by hand (or read back and edited), in which some lines lack a column.
    const overview: Parameters<typeof presentOverview>[0] = {
      year: 2024,
      columns: [
        { id: "x", label: { nl: "X", en: "X" }, phases: [] },
        { id: "y", label: { nl: "Y", en: "Y" }, phases: [] },
      ],
      difference: null,
      programmes: [{ code: "p", label: "P", values: { x: fig(1500, 0, -1500) } }],
      general: [{ code: "0.7", label: "Algemene uitkering", values: { x: fig(0, 2400, 2400), y: fig(0, 1000, 1000) } }],
      saldo: { x: fig(1500, 2400, 900), y: fig(0, 1000, 1000) },
      reserves: [{ programme: "p", label: "P", values: { x: res(0, 600, 600) } }],
      reservesTotal: { x: res(0, 600, 600), y: res(0, 0, 0) },
      result: { x: euro(1500), y: euro(1000) },
      bookedResult: { x: ZERO, y: ZERO },
    };
    expect(presentOverview(overview)).toStrictEqual({
      unit: "thousand",
      columns: ["x", "y"],
      // x: the exact saldo 0,9 is shown as 1 (not 2 − 2 = 0); the programme line is its part's subtotal, −1,5 rounded half up (−2),
      // so the saldo differs by one unit from the sum of the parts (an afrondingsverschil) instead of a line being bent to it.
      programmes: [{ code: "p", label: "P", values: { x: { expenses: 2, revenue: 0, balance: -2 }, y: { expenses: 0, revenue: 0, balance: 0 } } }],
      general: [{ code: "0.7", label: "Algemene uitkering", values: { x: { expenses: 0, revenue: 2, balance: 2 }, y: { expenses: 0, revenue: 1, balance: 1 } } }],
      // A general line without a part has no subtotal (it is rounded on its own); the programmes' subtotal is always there.
      subtotals: [{ part: "programmes", label: { nl: "Totaal programma's", en: "Total of the programmes" }, lines: 1, values: { x: { expenses: 2, revenue: 0, balance: -2 }, y: { expenses: 0, revenue: 0, balance: 0 } } }],
      saldo: { x: { expenses: 2, revenue: 2, balance: 1 }, y: { expenses: 0, revenue: 1, balance: 1 } },
      reserves: [{ programme: "p", label: "P", values: { x: { additions: 0, withdrawals: 1, balance: 1 }, y: { additions: 0, withdrawals: 0, balance: 0 } } }],
      reservesTotal: { x: { additions: 0, withdrawals: 1, balance: 1 }, y: { additions: 0, withdrawals: 0, balance: 0 } },
      result: { x: 2, y: 1 }, // x: the exact resultaat 1,5 rounded half up
    });
  });
});

describe("programmeShare", () => {
  it("selects the year and the phases, and rounds as asked", () => {
    // zorg, primitief 2024: lasten 1.000 + 60 + 300 + 7 + 50 = 1.417, baten 200 + 5 + 80 = 285 (the 2025 line and
    // the amendment are left out); all lines: lasten 1.509, baten 1.284.
    // 1.417 / 1.509 = 93,903… %, 285 / 1.284 = 22,196… %.
    const base = {
      programme: "zorg",
      years: [2024],
      phases: ["primitief"],
      expenses: euro(1417),
      revenue: euro(285),
      totalExpenses: euro(1509),
      totalRevenue: euro(1284),
    };
    expect(programmeShare(doc, "zorg", { year: 2024, phases: ["primitief"] })).toEqual({
      ...base,
      expensesShare: { defined: true, value: 93.9, scaled: 939, decimals: 1 },
      revenueShare: { defined: true, value: 22.2, scaled: 222, decimals: 1 },
    });
    expect(programmeShare(doc, "zorg", { year: 2024, phases: ["primitief"], decimals: 2, rounding: "down" })).toEqual({
      ...base,
      expensesShare: { defined: true, value: 93.9, scaled: 9390, decimals: 2 },
      revenueShare: { defined: true, value: 22.19, scaled: 2219, decimals: 2 },
    });
    expect(programmeShare(doc, "zorg", { year: 2024, phases: ["primitief"], rounding: "up" }).expensesShare).toEqual({ defined: true, value: 94, scaled: 940, decimals: 1 });
  });

  it("defaults to the budget year and the original phases, never every year and phase, and says which it used (issue 19)", () => {
    // Before: zorg 1.417 + 999 (2025) + 1.100 + 50 (realisatie) + 300 (q1) + 100 (bw-1) lasten were added up.
    const share = programmeShare(doc, "zorg");
    expect(share).toEqual(programmeShare(doc, "zorg", { year: 2024, phases: ["primitief"] }));
    expect([share.years, share.phases, share.expenses, share.revenue]).toEqual([[2024], ["primitief"], euro(1417), euro(285)]);
    const y2025 = programmeShare(doc, "zorg", { year: 2025 });
    expect(y2025).toEqual({
      programme: "zorg",
      years: [2025],
      phases: ["primitief"],
      expenses: euro(999),
      revenue: euro(0),
      totalExpenses: euro(999),
      totalRevenue: euro(0),
      expensesShare: { defined: true, value: 100, scaled: 1000, decimals: 1 },
      revenueShare: { defined: false, reason: "whole_is_zero" },
    });
    // every year and phase only when asked for, in the shared vocabulary
    const all = programmeShare(doc, "zorg", { years: [2024, 2025], phases: ["primitief", "realisatie", "realisatie-q1", "bw-1"] });
    expect([all.expenses, all.revenue]).toEqual([euro(1417 + 999 + 1100 + 50 + 300 + 100), euro(285 + 210 + 130 + 80)]);
    expect(programmeShare(doc, "zorg", { year: 2024, phase: "realisatie" }).phases).toEqual(["realisatie"]);
  });
});

describe("crossTable", () => {
  it("orders listed programmes as the document does and the others naturally, and taakvelden in CBS order", () => {
    const d: BudgetDocument = {
      budgetYear: 2024,
      programmes: [
        { code: "zorg", name: "Zorg" },
        { code: "bestuur", name: "Bestuur" },
      ],
      taakvelden: [],
      phases: [{ id: "primitief", kind: "original" }],
      lines: [line("p10", "0.10", 1, 0), line("zorg", "6.1", 10, 2), line("p2", "0.9", 3, 0), line("bestuur", "0.1", 4, 0), line("p9", "6.1", 5, 1), line("zorg", "0.10", 0, 6)],
      amendments: [],
    };
    const strip = (f: Figures) => ({ expenses: f.expenses, revenue: f.revenue, balance: f.balance });
    expect(crossTable(d, { year: 2024, phases: ["primitief"] })).toEqual({
      programmes: ["zorg", "bestuur", "p2", "p9", "p10"],
      taakvelden: ["0.1", "0.9", "0.10", "6.1"],
      cells: [
        { programme: "bestuur", taakveld: "0.1", ...fig(4, 0, -4) },
        { programme: "p2", taakveld: "0.9", ...fig(3, 0, -3) },
        { programme: "p9", taakveld: "6.1", ...fig(5, 1, -4) },
        { programme: "p10", taakveld: "0.10", ...fig(1, 0, -1) },
        { programme: "zorg", taakveld: "0.10", ...fig(0, 6, 6) },
        { programme: "zorg", taakveld: "6.1", ...fig(10, 2, -8) },
      ],
      byProgramme: [
        { programme: "zorg", ...fig(10, 8, -2) },
        { programme: "bestuur", ...fig(4, 0, -4) },
        { programme: "p2", ...fig(3, 0, -3) },
        { programme: "p9", ...fig(5, 1, -4) },
        { programme: "p10", ...fig(1, 0, -1) },
      ],
      byTaakveld: [
        { taakveld: "0.1", ...fig(4, 0, -4) },
        { taakveld: "0.9", ...fig(3, 0, -3) },
        { taakveld: "0.10", ...fig(1, 6, 5) },
        { taakveld: "6.1", ...fig(15, 3, -12) },
      ],
      total: strip(fig(23, 9, -14)),
    });
  });

  it("selects phases and a year", () => {
    const t = crossTable(doc, { year: 2024, phases: ["realisatie"] });
    expect(t.taakvelden).toEqual(["0.7", "0.10", "0.11", "6.1"]);
    expect(t.byTaakveld.map((c) => [c.taakveld, c.expenses, c.revenue])).toEqual([
      ["0.7", 0, euro(950)],
      ["0.10", euro(50), euro(130)],
      ["0.11", euro(140), 0],
      ["6.1", euro(1100), euro(210)],
    ]);
    expect(crossTable(doc, { year: 2025 }).cells).toEqual([{ programme: "zorg", taakveld: "6.1", ...fig(999, 0, -999) }]);
  });
});

