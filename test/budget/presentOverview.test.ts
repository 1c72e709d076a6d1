// presentOverview: every total is its exact value rounded (issue 18 §5), and the rounded lines add up to it.
import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { ROUNDING_MODES, roundForPresentation, type Cents, type PresentationUnit, type RoundingMode } from "opkoers/money";
import { applyAmendment, overviewOfBatenLasten, presentOverview, type BatenLastenOverview, type BudgetDocument } from "opkoers/budget";
import { amendmentsArb, documentArb, line } from "./arbitraries.js";

const SIZE: Record<PresentationUnit, number> = { euro: 100, thousand: 100_000, million: 100_000_000 };

/** The exact amount rounded once, the oracle for every total. */
const rounded = (amount: number, unit: PresentationUnit, rounding: RoundingMode = "halfUp"): number => roundForPresentation([amount as Cents], { unit, rounding }).total;

const single = (expenses: number, revenue: number, extra: Partial<BudgetDocument> = {}): BudgetDocument => ({
  budgetYear: 2024,
  programmes: [{ code: "a", name: "A" }],
  taakvelden: ["7.1", "0.10"],
  reserves: [{ code: "AR", name: "Algemene reserve", kind: "general" }],
  phases: [{ id: "primitief", kind: "original" }],
  lines: [line("a", "7.1", expenses, revenue)],
  amendments: [],
  ...extra,
});

describe("presentOverview: totals are the rounded exact totals", () => {
  it("shows a saldo of −2.535.737 euro as −2.536 thousand, not as the rounded baten minus the rounded lasten (−2.535)", () => {
    const table = presentOverview(overviewOfBatenLasten(single(3_000_400, 464_663)));
    expect(table.saldo["original"]).toEqual({ expenses: 3000, revenue: 465, balance: -2536 });
    // One line: it carries the saldo, one unit away from its baten − lasten (the afrondingsverschil).
    expect(table.programmes[0]?.values["original"]).toEqual({ expenses: 3000, revenue: 465, balance: -2536 });
    expect(table.result["original"]).toBe(-2536);
  });

  it("shows a resultaat of 0 for a closed jaarrekening (exact resultaat 0), not 1 × € 1.000", () => {
    // Lasten 1.400, baten 600: saldo −800 (rounded −1, but 1 − 1 = 0 from the rounded parts); a withdrawal of 800 closes it.
    const doc = single(1400, 600, { lines: [line("a", "7.1", 1400, 600), line("a", "0.10", 0, 800, { reserve: "AR", nature: "incidenteel" })] });
    const exact = overviewOfBatenLasten(doc);
    expect(exact.result["original"]).toBe(0);
    const table = presentOverview(exact);
    expect(table.result["original"]).toBe(0);
    expect(table.saldo["original"]?.balance).toBe(-1);
    expect(table.reservesTotal["original"]?.balance).toBe(1);
  });

  it("lets the line rounded furthest the wrong way absorb the difference, and keeps every other line's saldo its baten − lasten", () => {
    // Lasten 1.600 ×2 and baten 300 ×2: lasten 2+1 = 3 (3,2), baten 1+0 = 1 (0,6), parts say −2, exact −2,6 → −3.
    const doc: BudgetDocument = {
      ...single(0, 0),
      programmes: [{ code: "a", name: "A" }, { code: "b", name: "B" }],
      lines: [line("a", "7.1", 1600, 300), line("b", "7.1", 1600, 300)],
    };
    const table = presentOverview(overviewOfBatenLasten(doc));
    expect(table.saldo["original"]).toEqual({ expenses: 3, revenue: 1, balance: -3 });
    const values = table.programmes.map((p) => p.values["original"]);
    expect(values.reduce((s, v) => s + (v?.balance ?? 0), 0)).toBe(-3);
    // Exactly one line shows a saldo other than its baten − lasten, and by one unit.
    expect(values.filter((v) => v !== undefined && v.balance !== v.revenue - v.expenses)).toHaveLength(1);
    for (const v of values) expect(Math.abs((v?.balance ?? 0) - ((v?.revenue ?? 0) - (v?.expenses ?? 0)))).toBeLessThanOrEqual(1);
  });

  test.prop([documentArb, amendmentsArb, fc.constantFrom<PresentationUnit>("euro", "thousand", "million"), fc.constantFrom(...ROUNDING_MODES)])(
    "every presented total equals the rounding of the exact total, and the lines add up to their total",
    (base, amendments, unit, rounding) => {
      const full = amendments.reduce((d, a) => applyAmendment(d, a).document, base);
      const exact = overviewOfBatenLasten(full, { year: 2024 });
      const table = presentOverview(exact, { unit, rounding });
      const size = SIZE[unit];
      for (const { id } of exact.columns) {
        const s = exact.saldo[id];
        const r = exact.reservesTotal[id];
        expect(table.saldo[id]).toEqual({ expenses: rounded(s?.expenses ?? 0, unit, rounding), revenue: rounded(s?.revenue ?? 0, unit, rounding), balance: rounded(s?.balance ?? 0, unit, rounding) });
        expect(table.reservesTotal[id]).toEqual({
          additions: rounded(r?.additions ?? 0, unit, rounding),
          withdrawals: rounded(r?.withdrawals ?? 0, unit, rounding),
          balance: rounded(r?.balance ?? 0, unit, rounding),
        });
        expect(table.result[id]).toBe(rounded(exact.result[id] ?? 0, unit, rounding));
        const main = [...table.programmes, ...table.general].map((l) => l.values[id]);
        // The lines add up to their part's subtotal (see "presentOverview: subtotals per part"), the subtotals to the saldo but
        // for an afrondingsverschil: at most one unit per part and one for the saldo (less than that to nearest).
        for (const key of ["expenses", "revenue", "balance"] as const) {
          const parts = table.subtotals.reduce((sum, st) => sum + (st.values[id]?.[key] ?? 0), 0);
          expect(main.reduce((sum, v) => sum + (v?.[key] ?? 0), 0)).toBe(parts);
          expect(Math.abs(parts - (table.saldo[id]?.[key] ?? 0))).toBeLessThanOrEqual(rounding.startsWith("half") ? Math.floor((table.subtotals.length + 1) / 2) : table.subtotals.length);
        }
        const reserves = table.reserves.map((l) => l.values[id]);
        for (const key of ["additions", "withdrawals", "balance"] as const) expect(reserves.reduce((sum, v) => sum + (v?.[key] ?? 0), 0)).toBe(table.reservesTotal[id]?.[key]);
        // Lasten and baten of a line are their exact value rounded down or up; a line's saldo is at most one unit from its baten − lasten,
        // and with the modes to nearest at most one line per column differs.
        const exactMain = [...exact.programmes, ...exact.general].map((l) => l.values[id]);
        main.forEach((v, i) => {
          expect(Math.abs((v?.expenses ?? 0) * size - (exactMain[i]?.expenses ?? 0))).toBeLessThan(size);
          expect(Math.abs((v?.revenue ?? 0) * size - (exactMain[i]?.revenue ?? 0))).toBeLessThan(size);
          expect(Math.abs((v?.balance ?? 0) - ((v?.revenue ?? 0) - (v?.expenses ?? 0)))).toBeLessThanOrEqual(rounding.startsWith("half") ? 1 : 2);
        });
        // With the modes to nearest at most one line per part differs.
        if (rounding.startsWith("half")) expect(main.filter((v) => v !== undefined && v.balance !== v.revenue - v.expenses).length).toBeLessThanOrEqual(table.subtotals.length);
      }
      // A closed year: whatever the lines, an exact resultaat of 0 is shown as 0.
      for (const { id } of exact.columns) if (exact.result[id] === 0) expect(table.result[id]).toBe(0);
    },
  );

  test.prop([fc.array(fc.tuple(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 10_000_000 })), { minLength: 1, maxLength: 6 })])(
    "a jaarrekening closed with a reserve withdrawal always shows a resultaat of 0",
    (amounts) => {
      const programmes = amounts.map((_, i) => ({ code: `p${i}`, name: `P${i}` }));
      const lines = amounts.map(([e, r], i) => ({ ...line(`p${i}`, "7.1", 0, 0), expenses: e as Cents, revenue: r as Cents }));
      const deficit = amounts.reduce((sum, [e, r]) => sum + e - r, 0);
      const closing = { ...line("p0", "0.10", 0, 0, { reserve: "AR", nature: "incidenteel" as const }), expenses: (deficit < 0 ? -deficit : 0) as Cents, revenue: (deficit > 0 ? deficit : 0) as Cents };
      const doc: BudgetDocument = { ...single(0, 0), programmes, lines: [...lines, closing] };
      const exact = overviewOfBatenLasten(doc);
      expect(exact.result["original"]).toBe(0);
      expect(presentOverview(exact).result["original"]).toBe(0);
    },
  );
});

const PARTS = ["programmes", "generalCover", "overhead", "vpb", "onvoorzien"] as const;

/** The lines of each part of a (presented or exact) overview, with the programmes as part "programmes". */
function linesOfPart<T>(overview: { programmes: readonly { values: T }[]; general: readonly { part?: string; values: T }[] }, part: string): T[] {
  return part === "programmes" ? overview.programmes.map((l) => l.values) : overview.general.filter((l) => l.part === part).map((l) => l.values);
}

describe("presentOverview: subtotals per part (issue 18 §5)", () => {
  it("shows the Totaal programma's as the rounded exact subtotal, not the sum of lines rounded together with overhead", () => {
    // Lasten 1.600 (a), 1.600 (b), overhead 1.600: rounded all together (4,8 → 5) the lines were 2, 2, 1 and the programmes
    // published 4 for an exact 3,2. Per part: the programmes 2 + 1 = 3 (3,2), overhead 2 (1,6); the saldo 4,8 is 5.
    const doc: BudgetDocument = {
      ...single(0, 0),
      programmes: [{ code: "a", name: "A" }, { code: "b", name: "B" }],
      taakvelden: ["7.1", "0.4"],
      lines: [line("a", "7.1", 1600, 0), line("b", "7.1", 1600, 0), line("a", "0.4", 1600, 0)],
    };
    const exact = overviewOfBatenLasten(doc);
    expect(exact.subtotals.map((st) => [st.part, st.lines, st.values["original"]?.expenses])).toEqual([["programmes", 2, 320000], ["overhead", 1, 160000]]);
    const table = presentOverview(exact);
    expect(table.subtotals.map((st) => [st.part, st.label.nl, st.lines, st.values["original"]])).toEqual([
      ["programmes", "Totaal programma's", 2, { expenses: 3, revenue: 0, balance: -3 }],
      ["overhead", "Overhead", 1, { expenses: 2, revenue: 0, balance: -2 }],
    ]);
    expect(table.programmes.map((p) => p.values["original"]?.expenses)).toEqual([2, 1]);
    expect(table.general.map((g) => g.values["original"]?.expenses)).toEqual([2]);
    expect(table.saldo["original"]).toEqual({ expenses: 5, revenue: 0, balance: -5 });
  });

  it("gives the difference column's subtotal as the difference of the rounded columns", () => {
    const doc: BudgetDocument = {
      ...single(0, 0),
      phases: [{ id: "primitief", kind: "original" }, { id: "realisatie", kind: "actual" }],
      taakvelden: ["7.1", "0.7"],
      lines: [line("a", "7.1", 1600, 0), line("a", "0.7", 0, 2400), line("a", "7.1", 1400, 0, { phase: "realisatie" }), line("a", "0.7", 0, 2600, { phase: "realisatie" })],
    };
    const exact = overviewOfBatenLasten(doc);
    expect(exact.subtotals.map((st) => st.values["difference"]?.balance)).toEqual([20000, 20000]);
    const table = presentOverview(exact);
    for (const st of table.subtotals) {
      expect(st.values["difference"]).toEqual({
        expenses: (st.values["actual"]?.expenses ?? 0) - (st.values["amended"]?.expenses ?? 0),
        revenue: (st.values["actual"]?.revenue ?? 0) - (st.values["amended"]?.revenue ?? 0),
        balance: (st.values["actual"]?.balance ?? 0) - (st.values["amended"]?.balance ?? 0),
      });
    }
    expect(table.subtotals.map((st) => [st.part, st.values["difference"]?.balance])).toEqual([["programmes", 1], ["generalCover", 1]]); // −2 → −1 and 2 → 3
  });

  test.prop([documentArb, amendmentsArb, fc.constantFrom<PresentationUnit>("euro", "thousand", "million"), fc.constantFrom(...ROUNDING_MODES)])(
    "every subtotal is its exact subtotal rounded, the lines of each part add up to it, and each line is its exact value rounded down or up",
    (base, amendments, unit, rounding) => {
      const full = amendments.reduce((d, a) => applyAmendment(d, a).document, base);
      const exact = overviewOfBatenLasten(full, { year: 2024 });
      const table = presentOverview(exact, { unit, rounding });
      const size = SIZE[unit];
      // The parts: always the programmes, then each non-programme part that has lines, in the overzicht's order.
      const expectedParts = PARTS.filter((part) => part === "programmes" || exact.general.some((g) => g.part === part));
      expect(exact.subtotals.map((st) => st.part)).toEqual(expectedParts);
      expect(table.subtotals.map((st) => [st.part, st.label, st.lines])).toEqual(exact.subtotals.map((st) => [st.part, st.label, st.lines]));
      for (const st of exact.subtotals) expect(st.lines).toBe(linesOfPart(exact, st.part).length);
      for (const { id } of exact.columns) {
        for (const [g, st] of exact.subtotals.entries()) {
          const exactLines = linesOfPart(exact, st.part).map((v) => v[id]);
          // The exact subtotal is the sum of the part's lines in cents.
          for (const key of ["expenses", "revenue", "balance"] as const) expect(st.values[id]?.[key]).toBe(exactLines.reduce((sum, v) => sum + (v?.[key] ?? 0), 0));
          const shown = table.subtotals[g]?.values[id];
          for (const key of ["expenses", "revenue", "balance"] as const) expect(shown?.[key]).toBe(rounded(st.values[id]?.[key] ?? 0, unit, rounding));
          const lines = linesOfPart(table, st.part).map((v) => v[id]);
          for (const key of ["expenses", "revenue", "balance"] as const) expect(lines.reduce((sum, v) => sum + (v?.[key] ?? 0), 0)).toBe(shown?.[key]);
          lines.forEach((v, i) => {
            for (const key of ["expenses", "revenue"] as const) {
              const amount = exactLines[i]?.[key] ?? 0;
              expect([Math.floor(amount / size), Math.ceil(amount / size)]).toContain(v?.[key]);
            }
          });
        }
      }
      // The difference column of a subtotal is the difference of its rounded columns.
      const diff = exact.difference;
      if (diff !== null) {
        for (const st of table.subtotals) {
          const a = st.values[diff.from];
          const b = st.values[diff.to];
          expect(st.values[diff.id]).toEqual({ expenses: (b?.expenses ?? 0) - (a?.expenses ?? 0), revenue: (b?.revenue ?? 0) - (a?.revenue ?? 0), balance: (b?.balance ?? 0) - (a?.balance ?? 0) });
        }
      }
    },
  );

  test.prop([documentArb, amendmentsArb, fc.constantFrom<PresentationUnit>("euro", "thousand", "million"), fc.constantFrom(...ROUNDING_MODES)])(
    "with one programme part only nothing else changes: the one subtotal is the saldo, and the lines are rounded as before",
    (base, amendments, unit, rounding) => {
      // Keep only the programmes' own lines (no general part), with the reserve mutations and the resultaat beside them.
      const ownLine = (l: { readonly taakveld: string }): boolean => !["0.4", "0.5", "0.61", "0.62", "0.63", "0.64", "0.7", "0.8", "0.9"].includes(l.taakveld);
      const programmeOnly = amendments
        .map((a) => ({ ...a, mutations: a.mutations.filter(ownLine) }))
        .filter((a) => a.mutations.length > 0)
        .reduce<BudgetDocument>((d, a) => applyAmendment(d, a).document, { ...base, lines: base.lines.filter(ownLine) });
      const exact = overviewOfBatenLasten(programmeOnly, { year: 2024 });
      expect(exact.general).toEqual([]);
      const table = presentOverview(exact, { unit, rounding });
      expect(table.subtotals.map((st) => st.part)).toEqual(["programmes"]);
      expect(table.subtotals[0]?.values).toEqual(table.saldo);
      for (const { id } of exact.columns) {
        // As before the subtotals: the lasten and baten of the lines are money's largest-remainder rounding of all lines together,
        // and the saldi of the lines add up to the saldo with at most one line one unit off (to nearest).
        for (const key of ["expenses", "revenue"] as const) {
          const before = roundForPresentation(exact.programmes.map((p) => p.values[id]?.[key] ?? (0 as Cents)), { unit, rounding });
          expect(table.programmes.map((p) => p.values[id]?.[key])).toEqual(before.lines);
          expect(table.saldo[id]?.[key]).toBe(before.total);
        }
        const values = table.programmes.map((p) => p.values[id]);
        expect(values.reduce((sum, v) => sum + (v?.balance ?? 0), 0)).toBe(table.saldo[id]?.balance);
        if (rounding.startsWith("half")) expect(values.filter((v) => v !== undefined && v.balance !== v.revenue - v.expenses).length).toBeLessThanOrEqual(1);
      }
    },
  );
});

describe("presentOverview: arguments", () => {
  const overview = overviewOfBatenLasten(single(1000, 0));
  const bad = [null, undefined, 0, "x", [], {}, { columns: [] }, { ...overview, programmes: [null] }, { ...overview, difference: { id: "d", from: "x", to: "original" } }];
  it.each(bad.map((value, i) => ({ value, i })))(
    "refuses bad overview #$i as the overview with invalid_option",
    ({ value }) => {
      expect(() => presentOverview(value as unknown as BatenLastenOverview)).toThrowError(expect.objectContaining({ name: "DomainError", code: "invalid_option" }));
    },
  );
  it.each([null, 0, "thousand", []].map((value) => ({ value })))("refuses $value as the options with invalid_option", ({ value }) => {
    expect(() => presentOverview(overview, value as never)).toThrowError(expect.objectContaining({ name: "DomainError", code: "invalid_option" }));
  });
  it("refuses an unknown unit or rounding mode", () => {
    expect(() => presentOverview(overview, { unit: "ton" as never })).toThrowError(expect.objectContaining({ code: "invalid_option" }));
    expect(() => presentOverview(overview, { rounding: "nearest" as never })).toThrowError(expect.objectContaining({ code: "invalid_rounding_mode" }));
  });
});
