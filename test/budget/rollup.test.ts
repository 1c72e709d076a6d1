import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { euro, type Cents } from "opkoers/money";
import { DIMENSIONS, crossTable, rollup, type BudgetDocument, type BudgetLine, type Dimension } from "opkoers/budget";
import { baseDocument, documentArb, lineArb, line } from "./arbitraries.js";

/** The obvious (slow) reference: filter, then sum with BigInt. */
function reference(lines: readonly BudgetLine[], key: (l: BudgetLine) => string): Map<string, [bigint, bigint, number]> {
  const out = new Map<string, [bigint, bigint, number]>();
  for (const l of lines) {
    const k = key(l);
    const [e, r, n] = out.get(k) ?? [0n, 0n, 0];
    out.set(k, [e + BigInt(l.expenses), r + BigInt(l.revenue), n + 1]);
  }
  return out;
}

describe("rollup", () => {
  it("groups by taakveld, with hoofdtaakveld as the part before the first dot", () => {
    const lines = [line("a", "0.10", 5), line("a", "0.1", 7), line("b", "6.71a", 3), line("b", "6.1", 1, 4)];
    const byHoofd = rollup(lines, { by: ["hoofdtaakveld"] });
    expect(byHoofd.rows.map((r) => [r.key.hoofdtaakveld, r.expenses, r.lines])).toEqual([
      ["0", 12_00, 2],
      ["6", 4_00, 2],
    ]);
    // "0.10" and "0.1" are different codes; CBS order puts 0.10 after 0.1 … 0.9.
    expect(rollup(lines, { by: ["taakveld"] }).rows.map((r) => r.key.taakveld)).toEqual(["0.1", "0.10", "6.1", "6.71a"]);
    expect(byHoofd.total).toEqual({ expenses: 16_00, revenue: 4_00, balance: -12_00 });
  });

  it("sorts taakvelden in CBS order and programmes naturally", () => {
    const codes = ["0.11", "0.10", "0.9", "0.8", "0.7", "0.64", "0.61", "0.5", "0.4", "6.81", "6.71a", "6.71", "6.6", "8.3", "1.1"];
    const rows = rollup(codes.map((c) => line("p", c, 1)), { by: ["taakveld"] }).rows.map((r) => r.key.taakveld);
    expect(rows).toEqual(["0.4", "0.5", "0.61", "0.64", "0.7", "0.8", "0.9", "0.10", "0.11", "1.1", "6.6", "6.71", "6.71a", "6.81", "8.3"]);
    const programmes = rollup(["10", "2", "1"].map((p) => line(p, "7.1", 1)), { by: ["programme"] }).rows.map((r) => r.key.programme);
    expect(programmes).toEqual(["1", "2", "10"]);
  });

  it("keeps absent categorie, cost centre and reserve apart as null", () => {
    const rows = rollup([line("a", "7.1", 1, 0, { categorie: "3.4.1" }), line("a", "7.1", 2)], { by: ["categorie"] }).rows;
    expect(rows.map((r) => [r.key.categorie, r.expenses])).toEqual([
      ["3.4.1", 100],
      [null, 200],
    ]);
  });

  it("includes amendment mutations as their own phase when given a document", () => {
    const doc = {
      ...baseDocument([line("zorg", "7.1", 100)]),
      amendments: [{ id: "bw-1", number: 1, date: "2024-03-01", decision: "x", mutations: [{ programme: "zorg", taakveld: "7.1", year: 2024, expenses: euro(5), revenue: euro(0), nature: "incidenteel" as const }] }],
    };
    expect(rollup(doc, { by: ["phase"] }).rows.map((r) => [r.key.phase, r.expenses])).toEqual([
      ["bw-1", 500],
      ["primitief", 10000],
    ]);
    expect(rollup(doc, { by: [], phases: ["primitief"] }).total.expenses).toBe(10000);
  });

  it("refuses bad input instead of returning a wrong total", () => {
    expect(() => rollup([line("a", "7.1", 1), { ...line("a", "7.1", 1), expenses: 0.5 as Cents }], { by: [] })).toThrowError(expect.objectContaining({ code: "invalid_amount" }));
    expect(() => rollup([{ ...line("a", "7.1", 1), revenue: Number.NaN as Cents }], { by: [] })).toThrowError(expect.objectContaining({ code: "invalid_amount" }));
    const big = Number.MAX_SAFE_INTEGER as Cents;
    expect(() => rollup([{ ...line("a", "7.1", 0), expenses: big }, { ...line("a", "7.1", 0), expenses: 1 as Cents }], { by: [] })).toThrowError(expect.objectContaining({ code: "amount_out_of_range" }));
    expect(() => rollup(baseDocument([]), { by: [], phases: ["begroting"] })).toThrowError(expect.objectContaining({ code: "unknown_phase" }));
    expect(() => rollup([], { by: ["gemeente" as Dimension] })).toThrowError(expect.objectContaining({ code: "invalid_option" }));
    // Each group is safe, the grand total over the two groups is not.
    const half = 2 ** 52 as Cents;
    expect(() => rollup([{ ...line("a", "7.1", 0), expenses: half }, { ...line("b", "7.1", 0), expenses: half }], { by: ["programme"] })).toThrowError(
      expect.objectContaining({ code: "amount_out_of_range", message: expect.stringContaining("grand total") }),
    );
    expect(() => rollup([{ ...line("a", "7.1", 0), revenue: -half as Cents }, { ...line("b", "7.1", 0), revenue: -half as Cents }], { by: ["programme"] })).toThrowError(
      expect.objectContaining({ code: "amount_out_of_range" }),
    );
    // A document without phases says so in the message.
    expect(() => rollup({ ...baseDocument([]), phases: [] }, { by: [], phases: ["primitief"] })).toThrowError(
      expect.objectContaining({ code: "unknown_phase", message: expect.stringContaining("its phases are none") }),
    );
  });

  it("orders taakvelden in CBS order, and codes without a dot by their text after them", () => {
    const lines = ["6.71a", "0.10", "X", "0.9", "6.71", "0.61", "10", "0.5", "6.6"].map((t) => line("a", t, 1));
    expect(rollup(lines, { by: ["taakveld"] }).rows.map((r) => r.key.taakveld)).toEqual(["0.5", "0.61", "0.9", "0.10", "6.6", "6.71", "6.71a", "10", "X"]);
    expect(rollup(lines, { by: ["hoofdtaakveld"] }).rows.map((r) => [r.key.hoofdtaakveld, r.lines])).toEqual([
      ["0", 4],
      ["6", 3],
      ["10", 1],
      ["X", 1],
    ]);
  });

  test.prop([fc.array(lineArb(fc.constantFrom("primitief", "realisatie")), { maxLength: 60 }), fc.subarray([...DIMENSIONS]), fc.integer()])(
    "totals are independent of line order and equal the BigInt reference",
    (lines, by, seed) => {
      const shuffled = fc.sample(fc.shuffledSubarray(lines, { minLength: lines.length, maxLength: lines.length }), { seed, numRuns: 1 })[0] as BudgetLine[];
      const a = rollup(lines, { by });
      const b = rollup(shuffled, { by });
      expect(b).toEqual(a);
      const ref = reference(lines, (l) => JSON.stringify(by.map((d) => (d === "hoofdtaakveld" ? l.taakveld.split(".")[0] : (l[d as keyof BudgetLine] ?? null)))));
      expect(a.rows.length).toBe(ref.size);
      for (const row of a.rows) {
        const k = JSON.stringify(by.map((d) => row.key[d]));
        const [e, r, n] = ref.get(k) ?? [0n, 0n, 0];
        expect([row.expenses, row.revenue, row.lines]).toEqual([Number(e), Number(r), n]);
        expect(row.balance).toBe(Number(r - e));
      }
    },
  );

  test.prop([documentArb])("the cross-table's rows, columns and cells add up to the same total", (doc) => {
    const t = crossTable(doc, { year: 2024 });
    const sum = (xs: readonly { expenses: number; revenue: number }[]): [number, number] => [xs.reduce((s, x) => s + x.expenses, 0), xs.reduce((s, x) => s + x.revenue, 0)];
    const total: [number, number] = [t.total.expenses, t.total.revenue];
    expect(sum(t.cells)).toEqual(total);
    expect(sum(t.byProgramme)).toEqual(total);
    expect(sum(t.byTaakveld)).toEqual(total);
    expect(t.programmes.length).toBe(new Set(t.cells.map((c) => c.programme)).size);
  });
});

describe("crossTable's options and order", () => {
  const line = (programme: string, taakveld: string, expenses: number, phase = "primitief"): BudgetLine => ({ programme, taakveld, year: 2024, phase, expenses: expenses as BudgetLine["expenses"], revenue: 0 as BudgetLine["revenue"], nature: "structureel" });
  const lines = [line("b", "6.1", 100), line("a10", "7.1", 10), line("a9", "6.1", 1), line("b", "6.1", 5, "realisatie"), { ...line("b", "6.1", 7), year: 2025 }];

  it("selects phases and years, and orders a plain list of lines naturally (a9 before a10)", () => {
    const all = crossTable(lines);
    expect(all.programmes).toEqual(["a9", "a10", "b"]);
    expect(all.total.expenses).toBe(123);
    expect(crossTable(lines, { phases: ["realisatie"] }).total.expenses).toBe(5);
    expect(crossTable(lines, { year: 2025 }).total.expenses).toBe(7);
    expect(crossTable(lines, { year: 2024, phases: ["primitief"] }).byProgramme.map((r) => [r.programme, r.expenses])).toEqual([
      ["a9", 1],
      ["a10", 10],
      ["b", 100],
    ]);
  });

  it("orders a document's programmes as the document lists them, with programmes it does not list last", () => {
    // A document whose lines name a programme it does not list (parseBudget would refuse it; crossTable does not throw).
    const doc: BudgetDocument = {
      budgetYear: 2024,
      programmes: [
        { code: "b", name: "B" },
        { code: "a10", name: "A10" },
      ],
      taakvelden: ["6.1", "7.1"],
      phases: [
        { id: "primitief", kind: "original" },
        { id: "realisatie", kind: "actual" },
      ],
      lines,
      amendments: [],
    };
    const t = crossTable(doc, { year: 2024 });
    expect(t.programmes).toEqual(["b", "a10", "a9"]);
  });
});
