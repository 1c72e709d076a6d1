// Every function of opkoers/finance, called with wrongly typed arguments and options, throws only DomainError.
import { describe, expect, it } from "vitest";
import * as finance from "opkoers/finance";

const { isDomainError } = finance;

const BAD: readonly unknown[] = [null, undefined, 0, 1.5, -1, Number.NaN, "", "x", "0.10", [], [null], [1], {}, { years: null }, true, 10n];

/** Options objects whose every field is wrongly typed, per field name seen in the finance options. */
const FIELDS = [
  "years", "phases", "reserveTaakveld", "reserveMutations", "reserves", "classification", "corrections", "policy", "by", "year", "amendedPhases", "actualPhases",
  "explanations", "relatedRevenue", "programmeRevenueIsRelated", "classifications", "counts", "threshold", "decimals", "rounding", "boundaries", "rateOn", "scales",
  "structureleExploitatieruimte", "scale", "unit", "balance", "operations", "housingCosts", "budgetYear", "lastForecastYear", "realistic", "begrotingSubmittedOn",
  "jaarstukkenSubmittedOn", "jaarstukkenYear", "beforeMeans", "begrotingAdoptedOn", "jaarstukkenAdoptedOn", "roundingStep", "national", "share", "laterYearsPercentage",
  "alreadyIncluded", "firstYearPercentage", "target", "measures", "id", "description", "wages", "prices",
];
const badOptions: unknown[] = [];
for (const field of FIELDS) for (const value of [null, 1.5, "x", [], [null], {}, true]) badOptions.push({ [field]: value });

function check(name: string, run: () => unknown): void {
  try {
    run();
  } catch (error) {
    if (!isDomainError(error)) throw new Error(`${name} threw ${String(error)}`);
  }
}

const functions = Object.entries(finance as Record<string, unknown>).filter((entry): entry is [string, (...args: unknown[]) => unknown] => typeof entry[1] === "function" && entry[0] !== "DomainError" && entry[0] !== "isDomainError");

describe("the finance sweep", () => {
  it("finds the functions", () => {
    expect(functions.map(([name]) => name).sort()).toEqual([
      "budgetDeviations", "budgetLegality", "exactValue", "indexForecast", "kengetallen", "prudentIncome", "rateRatio", "savingsTarget", "structuralBalance", "supervisionRegime", "weerstandsvermogen",
    ]);
  });
  for (const [name, fn] of functions) {
    it(`${name} throws only DomainError for wrongly typed arguments`, () => {
      for (const a of BAD) for (const b of BAD) check(`${name}(${String(a)}, ${String(b)})`, () => fn(a, b));
      for (const a of BAD) for (const b of BAD) for (const c of BAD) check(`${name}(${String(a)}, ${String(b)}, ${String(c)})`, () => fn(a, b, c));
      for (const options of badOptions) {
        check(`${name}(options ${JSON.stringify(options)})`, () => fn(options));
        check(`${name}([], options ${JSON.stringify(options)})`, () => fn([], options));
        check(`${name}(0, 1, options ${JSON.stringify(options)})`, () => fn(0, 1, options));
        check(`${name}("1", scale, options ${JSON.stringify(options)})`, () => fn("1", finance.WEERSTANDSVERMOGEN_SCALE, options));
      }
    });
  }
});

// Wrongly typed values inside the arguments (each of these gave a TypeError before 0.2.0 where marked).
const line = { programme: "p", taakveld: "6.1", year: 2024, phase: "a", expenses: 100, revenue: 0, nature: "structureel" };
const sel = { year: 2024, amendedPhases: ["a"], actualPhases: ["a"] };
const NESTED_BAD = [null, 1.5, "x", [], [null], {}, true, undefined];
const cases: [string, (v: unknown) => unknown][] = [
  ["policy.amount", (v) => finance.budgetDeviations([line] as never, { ...sel, policy: { id: "x", combine: "both", amount: v } } as never)],
  ["policy.percentage", (v) => finance.budgetDeviations([line] as never, { ...sel, policy: { id: "x", combine: "both", percentage: v } } as never)],
  ["explanations.x", (v) => finance.budgetDeviations([line] as never, { ...sel, policy: finance.DEVIATION_POLICIES.nuenen2019, explanations: { p: v } } as never)],
  ["by[0]", (v) => finance.budgetDeviations([line] as never, { ...sel, policy: finance.DEVIATION_POLICIES.nuenen2019, by: [v] } as never)],
  ["line", (v) => finance.budgetDeviations([v] as never, { ...sel, policy: finance.DEVIATION_POLICIES.nuenen2019 } as never)],
  ["threshold.percentage", (v) => finance.budgetLegality([line] as never, { ...sel, threshold: { percentage: v } } as never)],
  ["relatedRevenue.p", (v) => finance.budgetLegality([line] as never, { ...sel, relatedRevenue: { p: v } } as never)],
  ["classification", (v) => finance.budgetLegality([line] as never, { ...sel, classification: [v] } as never)],
  ["corrections[0]", (v) => finance.structuralBalance([line] as never, { corrections: [v] } as never)],
  ["reserves[0]", (v) => finance.structuralBalance([line] as never, { reserves: [v] } as never)],
  ["scales.x", (v) => finance.kengetallen({ housingCosts: { ozb: 1, sewerage: 1, waste: 1, discount: 0, nationalAverage: 1 } } as never, { scales: { belastingcapaciteit: v } } as never)],
  ["scale", (v) => finance.weerstandsvermogen(1 as never, 1 as never, { scale: v } as never)],
  ["scale.classes", (v) => finance.weerstandsvermogen(1 as never, 1 as never, { scale: { ...finance.WEERSTANDSVERMOGEN_SCALE, classes: v } } as never)],
  ["scale.classes[0]", (v) => finance.weerstandsvermogen(3 as never, 1 as never, { scale: { ...finance.WEERSTANDSVERMOGEN_SCALE, classes: [v, v, v, v, v, v] } } as never)],
  ["scale.boundaries[0]", (v) => finance.rateRatio("1", { ...finance.WEERSTANDSVERMOGEN_SCALE, boundaries: [v, v, v, v, v] } as never)],
  ["supervision.balance.years[0]", (v) => finance.supervisionRegime({ budgetYear: 2025, balance: { years: [v] } } as never)],
  ["doc.onvoorzien", (v) => finance.budgetLegality({ budgetYear: 2024, programmes: [], taakvelden: [], phases: [{ id: "a", kind: "original" }], lines: [line], amendments: [], onvoorzien: v } as never, { actualPhases: ["a"] })],
  ["doc.lines[0]", (v) => finance.structuralBalance({ budgetYear: 2024, programmes: [], taakvelden: [], phases: [{ id: "a", kind: "original" }], lines: [v], amendments: [] } as never)],
  ["doc.amendments[0].mutations[0]", (v) => finance.structuralBalance({ budgetYear: 2024, programmes: [], taakvelden: [], phases: [{ id: "a", kind: "original" }], lines: [], amendments: [{ id: "b", date: "2024-01-01", mutations: [v] }] } as never)],
  ["savings measures", (v) => finance.savingsTarget({ id: "x", description: "x", target: 100, years: [2024], measures: [v] } as never)],
  ["savings measures amounts", (v) => finance.savingsTarget({ id: "x", description: "x", target: 100, years: [2024], measures: [{ id: "m", description: "d", state: "decided", amounts: [v] }] } as never)],
  ["prudent national", (v) => finance.prudentIncome({ national: [v], laterYearsPercentage: "75", share: "1", alreadyIncluded: 0 } as never)],
  ["index rates", (v) => finance.indexForecast({ year: 2025, wages: 1, prices: 1 } as never, [v] as never)],
  ["exactValue", (v) => finance.exactValue({ numerator: v, denominator: 1 } as never)],
];
describe("the finance sweep, nested", () => {
  for (const [name, run] of cases) {
    it(`${name}: only DomainError`, () => {
      for (const v of NESTED_BAD) check(`${name} = ${String(v)}`, () => run(v));
    });
  }
});
