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
        for (const key of ["expenses", "revenue", "balance"] as const) expect(main.reduce((sum, v) => sum + (v?.[key] ?? 0), 0)).toBe(table.saldo[id]?.[key]);
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
        if (rounding.startsWith("half")) expect(main.filter((v) => v !== undefined && v.balance !== v.revenue - v.expenses).length).toBeLessThanOrEqual(1);
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
