// The exact error of every validation path of opkoers/finance: code and message (so that a changed or lost
// message is seen, and every message names what was wrong).
import { describe, expect, it } from "vitest";
import { euro, type Cents } from "opkoers/money";
import type { BudgetLine } from "opkoers/budget";
import {
  budgetDeviations,
  budgetLegality,
  DEVIATION_POLICIES,
  exactValue,
  indexForecast,
  KENGETAL_SCALES,
  kengetallen,
  prudentIncome,
  rateRatio,
  savingsTarget,
  structuralBalance,
  supervisionRegime,
  weerstandsvermogen,
} from "opkoers/finance";

const line: BudgetLine = { programme: "p", taakveld: "6.1", year: 2024, phase: "a", expenses: euro(1), revenue: euro(0), nature: "structureel" };
const sel = { year: 2024, amendedPhases: ["a"], actualPhases: ["a"] };
const policy = DEVIATION_POLICIES.nieuwkoop2017;
const err = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    return `${(error as { code?: string }).code}: ${(error as Error).message}`;
  }
  return "no error";
};

describe("finance errors", () => {
  it("structuralBalance", () => {
    expect([
      err(() => structuralBalance([], { reserveTaakveld: 10 as never })),
      err(() => structuralBalance([], { reserveMutations: "x" as never })),
      err(() => structuralBalance([], { reserves: {} as never })),
      err(() => structuralBalance([], { reserves: [{ code: 1 }] as never })),
      err(() => structuralBalance([], { reserves: [{ code: "A", coversCapitalCharges: 1 }] as never })),
      err(() => structuralBalance([], { years: 2025 as never })),
      err(() => structuralBalance([], { years: [0] })),
      err(() => structuralBalance([], { corrections: {} as never })),
      err(() => structuralBalance([], { corrections: [{ year: 2025, amount: 0.5 as Cents, description: "" }] })),
      err(() => structuralBalance([], { phases: "a" as never })),
      err(() => structuralBalance([{ ...line, nature: "x" as never }])),
      err(() => structuralBalance([{ ...line, programme: 1 as never }])),
      err(() => structuralBalance([{ ...line, taakveld: null as never }])),
      err(() => structuralBalance([null as never])),
      err(() => structuralBalance({ phases: [], lines: [], amendments: {} } as never)),
      err(() => structuralBalance({ phases: [{}], lines: [], amendments: [] } as never)),
      err(() => structuralBalance({ phases: [], lines: [1], amendments: [] } as never)),
      err(() => structuralBalance({ phases: [], lines: [], amendments: [{ id: "b", mutations: [], date: 1 }] } as never)),
      err(() => structuralBalance({ phases: [], lines: [], amendments: [{ id: "b", mutations: [null], date: "2024-01-01" }] } as never)),
      err(() => structuralBalance({ phases: [], lines: [], amendments: [], reserves: 1, budgetYear: 2024 } as never)),
      err(() => structuralBalance({ phases: {}, lines: [], amendments: [] } as never)),
      err(() => structuralBalance({ phases: [], lines: {}, amendments: [] } as never)),
      err(() => structuralBalance({ phases: [], lines: [], amendments: [null] } as never)),
      err(() => structuralBalance({ phases: [], lines: [], amendments: [{ id: "b", mutations: {}, date: "2024-01-01" }] } as never)),
      err(() => budgetLegality({ phases: null, lines: [], amendments: [] } as never)),
      err(() => structuralBalance({ budgetYear: 0, programmes: [], taakvelden: [], phases: [], lines: [], amendments: [] } as never)),
      err(() => structuralBalance([], { classification: [{ taakveld: "0.4", part: "x" }] as never })),
    ]).toMatchInlineSnapshot(`
      [
        "invalid_option: [opkoers] reserveTaakveld must be a taakveld code string, but it is 10.",
        "invalid_option: [opkoers] reserveMutations is "x"; use "gtk2020", "incidental", "asMarked".",
        "invalid_option: [opkoers] reserves must be an array of reserves, but it is an object.",
        "invalid_option: [opkoers] reserves[0] must be a reserve { code, name, kind }, but it is an object.",
        "invalid_option: [opkoers] reserves[0].coversCapitalCharges must be true or false, but it is 1.",
        "invalid_option: [opkoers] years must be an array of years, but it is 2025.",
        "invalid_period: [opkoers] years[0] must be a whole year from 1 to 9999, but it is 0.",
        "invalid_option: [opkoers] corrections must be an array, but it is an object.",
        "invalid_amount: [opkoers] corrections[0].amount must be a whole number of cents, but it is 0.5.",
        "invalid_option: [opkoers] The phases of the budget must be an array of phase ids, but they are "a".",
        "invalid_option: [opkoers] The budget, line 1: nature is "x"; use "structureel" or "incidenteel".",
        "invalid_option: [opkoers] The budget, line 1: programme must be a string, but it is 1.",
        "invalid_option: [opkoers] The budget, line 1: taakveld must be a string, but it is null.",
        "invalid_amount: [opkoers] The budget, line 1 is null, not a budget line.",
        "invalid_option: [opkoers] The budget is not a budget document: amendments is an object.",
        "invalid_option: [opkoers] The budget is not a budget document: phases[0] is an object.",
        "invalid_option: [opkoers] The budget is not a budget document: lines[0] is 1.",
        "invalid_option: [opkoers] The budget is not a budget document: amendments[0].date is 1.",
        "invalid_option: [opkoers] The budget is not a budget document: amendments[0].mutations[0] is null.",
        "invalid_option: [opkoers] The budget is not a budget document: reserves is 1.",
        "invalid_option: [opkoers] The budget is not a budget document: phases is an object.",
        "invalid_option: [opkoers] The budget is not a budget document: lines is an object.",
        "invalid_option: [opkoers] The budget is not a budget document: amendments[0] is null.",
        "invalid_option: [opkoers] The budget is not a budget document: amendments[0].mutations is an object.",
        "invalid_option: [opkoers] The budget is not a budget document: phases is null.",
        "invalid_period: [opkoers] The document's budgetYear must be a whole year from 1 to 9999, but it is 0.",
        "invalid_option: [opkoers] classification[0] must be { taakveld, part, label } with part one of generalCover, overhead, vpb, reserves, result, but it is an object (part "x").",
      ]
    `);
  });

  it("supervisionRegime", () => {
    const balance = structuralBalance([], { years: [2025, 2028] });
    expect([
      err(() => supervisionRegime({ budgetYear: 2025, balance, lastForecastYear: 2024 })),
      err(() => supervisionRegime({ budgetYear: 2025, balance: structuralBalance([], { years: [2025] }) })),
      err(() => supervisionRegime({ budgetYear: 2025, balance: { years: [{ year: 2025 }] } as never })),
      err(() => supervisionRegime({ budgetYear: 2025, balance: [] as never })),
      err(() => supervisionRegime({ budgetYear: 2025, balance, realistic: "yes" as never })),
      err(() => supervisionRegime({ budgetYear: 2025, balance, beforeMeans: "x" as never })),
    ]).toMatchInlineSnapshot(`
      [
        "invalid_option: [opkoers] lastForecastYear (2024) is before the begrotingsjaar (2025).",
        "invalid_option: [opkoers] The structural balance has no year 2028 (the last jaarschijf); it covers 2025.",
        "invalid_option: [opkoers] balance.years[0] must be a year of structuralBalance, but it is an object.",
        "invalid_option: [opkoers] balance must be the result of structuralBalance, but it is an array.",
        "invalid_option: [opkoers] realistic must be true or false, but it is "yes".",
        "invalid_option: [opkoers] beforeMeans is "x"; use "strictlyBefore", "onOrBefore".",
      ]
    `);
  });

  it("budgetDeviations and budgetLegality", () => {
    expect([
      err(() => budgetDeviations([line], { ...sel, policy: { ...policy, combine: "x" as never } })),
      err(() => budgetDeviations([line], { ...sel, policy: { ...policy, zeroAmended: "x" as never } })),
      err(() => budgetDeviations([line], { ...sel, policy: { ...policy, amount: { value: euro(-1), inclusive: true } } })),
      err(() => budgetDeviations([line], { ...sel, policy: { ...policy, percentage: { value: "-1", inclusive: true } } })),
      err(() => budgetDeviations([line], { ...sel, policy: { ...policy, amount: undefined, percentage: undefined } as never })),
      err(() => budgetDeviations([line], { ...sel, policy, explanations: { p: 1 } as never })),
      err(() => budgetDeviations([line], { ...sel, policy, by: [] })),
      err(() => budgetDeviations([line], { ...sel, policy, by: ["x"] as never })),
      err(() => budgetDeviations([line], { year: 2024, policy })),
      err(() => budgetLegality([line], { ...sel, relatedRevenue: { p: 0.5 as Cents } })),
      err(() => budgetLegality([line], { ...sel, classifications: { p: "Z" as never } })),
      err(() => budgetLegality([line], { ...sel, counts: { Z: true } as never })),
      err(() => budgetLegality([line], { ...sel, counts: { A: 1 } as never })),
      err(() => budgetLegality([line], { ...sel, threshold: { percentage: "-1" } })),
      err(() => budgetLegality([line], { ...sel, threshold: { base: "x" as never } })),
      err(() => budgetLegality([line], { ...sel, threshold: { inclusive: 1 as never } })),
      err(() => budgetLegality([line], { ...sel, reserveTaakveld: 1 as never })),
      err(() => budgetLegality([{ ...line, programme: "vpb" }], sel)),
      err(() => budgetLegality([line], { ...sel, programmeRevenueIsRelated: "no" as never })),
    ]).toMatchInlineSnapshot(`
      [
        "invalid_option: [opkoers] policy.combine is "x"; use "both", "either".",
        "invalid_option: [opkoers] policy.zeroAmended is "x"; use "exceeds", "withinThreshold".",
        "invalid_option: [opkoers] policy.amount.value cannot be negative.",
        "invalid_option: [opkoers] policy.percentage.value cannot be negative.",
        "invalid_option: [opkoers] The policy "nieuwkoop2017" has neither an amount nor a percentage criterion.",
        "invalid_option: [opkoers] An explanation must be a string or { nl, en }, but it is 1.",
        "invalid_option: [opkoers] by must be a non-empty array of dimensions, but it is an array.",
        "invalid_option: [opkoers] by contains "x"; use programme, taakveld, categorie, costCentre.",
        "invalid_option: [opkoers] For plain budget lines, amendedPhases and actualPhases must both be given (a document has defaults).",
        "invalid_amount: [opkoers] relatedRevenue["p"] must be a whole number of cents, but it is 0.5.",
        "invalid_option: [opkoers] classifications["p"] is "Z"; use "A", "B", "C", "D", "E", "Fa", "Fb", "Ga", "Gb".",
        "invalid_option: [opkoers] counts (key) is "Z"; use "A", "B", "C", "D", "E", "Fa", "Fb", "Ga", "Gb".",
        "invalid_option: [opkoers] counts.A must be true or false, but it is 1.",
        "invalid_option: [opkoers] threshold.percentage cannot be negative.",
        "invalid_option: [opkoers] threshold.base is "x"; use "expensesIncludingReserves", "expensesExcludingReserves".",
        "invalid_option: [opkoers] threshold.inclusive must be true or false, but it is 1.",
        "invalid_option: [opkoers] reserveTaakveld must be a string, but it is 1.",
        "invalid_option: [opkoers] The programme code "vpb" is also the code of a non-programme unit of authorisation; rename the programme.",
        "invalid_option: [opkoers] programmeRevenueIsRelated must be true or false, but it is "no".",
      ]
    `);
  });

  it("ratios", () => {
    const h = { ozb: euro(1), sewerage: euro(1), waste: euro(1), discount: euro(0), nationalAverage: euro(1) };
    expect([
      err(() => kengetallen({ housingCosts: h }, { decimals: 11 })),
      err(() => kengetallen({ housingCosts: h }, { boundaries: "x" as never })),
      err(() => kengetallen({ housingCosts: { ...h, ozb: "1" as never } })),
      err(() => kengetallen({ housingCosts: h }, { scales: { belastingcapaciteit: { ...KENGETAL_SCALES.belastingcapaciteit, classes: [{ code: 1 }] as never } } })),
      err(() => weerstandsvermogen(euro(1), euro(1), { scale: { ...KENGETAL_SCALES.belastingcapaciteit, unit: "x" as never } })),
      err(() => rateRatio("1", { ...KENGETAL_SCALES.belastingcapaciteit, boundaries: [{ value: 1 }, { value: "2", belongsTo: "better" }] as never })),
      err(() => rateRatio("1", { ...KENGETAL_SCALES.belastingcapaciteit, boundaries: [{ value: "1", belongsTo: "x" }, { value: "2", belongsTo: "better" }] as never })),
      err(() => rateRatio({ numerator: 0, denominator: 0 }, KENGETAL_SCALES.belastingcapaciteit)),
      err(() => exactValue("1", { unit: "x" as never })),
      err(() => exactValue("1", { rounding: "x" as never })),
    ]).toMatchInlineSnapshot(`
      [
        "invalid_option: [opkoers] decimals must be a whole number from 0 to 10, but it is 11.",
        "invalid_option: [opkoers] boundaries is "x"; use "asScale", "better", "worse".",
        "invalid_amount: [opkoers] housingCosts.ozb must be a whole number of cents, but it is "1".",
        "invalid_option: [opkoers] Scale kengetal.belastingcapaciteit, class 1 must be { code, label: { nl, en } } with strings, but it is an object.",
        "invalid_option: [opkoers] Scale kengetal.belastingcapaciteit: unit is "x"; use "percent" or "ratio".",
        "invalid_option: [opkoers] Scale kengetal.belastingcapaciteit, boundary 1: the value must be a decimal string such as "90", but it is 1.",
        "invalid_option: [opkoers] Scale kengetal.belastingcapaciteit, boundary 1: belongsTo is "x"; use "better" or "worse".",
        "division_by_zero: [opkoers] The value is 0/0, which has no place on a rating scale.",
        "invalid_option: [opkoers] unit is "x"; use "percent", "ratio".",
        "invalid_rounding_mode: [opkoers] rounding is "x"; use one of halfUp, halfDown, halfEven, up, down, towardZero, awayFromZero.",
      ]
    `);
  });

  it("multi-year", () => {
    const base = { year: 2025, wages: euro(1), prices: euro(1) };
    const national = [{ year: 2025, amount: euro(1) }];
    expect([
      err(() => indexForecast(base, [{ year: 2027, wages: "1", prices: "1" }])),
      err(() => indexForecast(base, [{ year: 2026, wages: "-100", prices: "1" }])),
      err(() => prudentIncome({ national: {} as never, laterYearsPercentage: "1", share: "1" })),
      err(() => prudentIncome({ national, laterYearsPercentage: "-1", share: "1" })),
      err(() => prudentIncome({ national, laterYearsPercentage: "1", share: { numerator: 1, denominator: 0 } })),
      err(() => prudentIncome({ national, laterYearsPercentage: "1", share: "-1" })),
      err(() => prudentIncome({ national: [...national, ...national], laterYearsPercentage: "1", share: "1" })),
      err(() => prudentIncome({ national, laterYearsPercentage: "1", share: "1", alreadyIncluded: [{ year: 0, amount: euro(1) }] })),
      err(() => savingsTarget({ id: "t", description: "", target: euro(1), years: 1 as never, measures: [] })),
      err(() => savingsTarget({ id: "t", description: "", target: euro(1), years: [], measures: 1 as never })),
      err(() => savingsTarget({ id: "t", description: "", target: euro(1), years: [], measures: [{ id: "m", description: "", state: "x" as never, amounts: [] }] })),
      err(() => savingsTarget({ id: "t", description: "", target: euro(1), years: [], measures: [{ id: "m", description: "", state: "planned", amounts: 1 as never }] })),
    ]).toMatchInlineSnapshot(`
      [
        "invalid_period: [opkoers] rates[0] is for 2027, but the rates must be consecutive years from 2026: expected 2026.",
        "invalid_option: [opkoers] rates[0].wages is -100 %, but an index percentage must be above −100.",
        "invalid_option: [opkoers] national must be an array of { year, amount }, but it is an object.",
        "invalid_option: [opkoers] laterYearsPercentage is -1 %, but it cannot be negative.",
        "invalid_option: [opkoers] share has a zero denominator.",
        "invalid_option: [opkoers] share cannot be negative.",
        "invalid_period: [opkoers] national lists the year 2025 twice.",
        "invalid_period: [opkoers] alreadyIncluded[0].year must be a whole year from 1 to 9999, but it is 0.",
        "invalid_option: [opkoers] years must be an array, but it is 1.",
        "invalid_option: [opkoers] measures must be an array, but it is 1.",
        "invalid_option: [opkoers] measures[0].state is "x"; use "decided", "planned".",
        "invalid_option: [opkoers] measures[0].amounts must be an array, but it is 1.",
      ]
    `);
  });
});
