// Whole-result comparisons of every finance rule on small, hand-checked inputs: every field, every message,
// so that a change of any figure, status, threshold or sentence is seen (mutation testing of src/finance).
import { describe, expect, it } from "vitest";
import { euro } from "opkoers/money";
import type { BudgetLine } from "opkoers/budget";
import {
  budgetDeviations,
  budgetLegality,
  DEVIATION_POLICIES,
  exactValue,
  indexForecast,
  prudentIncome,
  savingsTarget,
  structuralBalance,
  supervisionRegime,
  type DeviationPolicy,
} from "opkoers/finance";

const line = (phase: string, programme: string, expenses: number, revenue = 0, year = 2024): BudgetLine => ({
  programme,
  taakveld: "6.1",
  year,
  phase,
  expenses: euro(expenses),
  revenue: euro(revenue),
  nature: "structureel",
});
const sel = { year: 2024, amendedPhases: ["nw"], actualPhases: ["real"] };

describe("structuralBalance and supervisionRegime, whole results", () => {
  const years = (saldi: readonly number[]) => saldi.map((s, i) => ({ ...line("p", "p", 0, s, 2025 + i), taakveld: "0.7" }));

  it("balanced in t, with a correction", () => {
    const balance = structuralBalance(years([10, -5, -5, 0]), { corrections: [{ year: 2025, amount: euro(-4), description: "taakstelling" }, { year: 2025, amount: euro(-1), description: "x" }] });
    expect(balance.years.map((y) => [y.year, y.structuralBalance, y.corrections, y.judgedBalance, y.balanced, y.assessment.severity])).toEqual([
      [2025, euro(10), euro(-5), euro(5), true, "info"],
      [2026, euro(-5), 0, euro(-5), false, "error"],
      [2027, euro(-5), 0, euro(-5), false, "error"],
      [2028, 0, 0, 0, true, "info"],
    ]);
    expect(balance.years[0]?.assessment.message).toEqual({
      nl: "2025: structurele baten € 10,00 en structurele lasten € 0,00 (reservemutaties € 0,00): structureel saldo € 10,00, correctie € -5,00: beoordeeld saldo € 5,00 — structureel in evenwicht.",
      en: "2025: structural revenue € 10.00 and structural expenses € 0.00 (reserve mutations € 0.00): structural balance € 10.00, correction € -5.00: judged balance € 5.00 — structurally balanced.",
    });
    const outcome = supervisionRegime({ budgetYear: 2025, balance, begrotingSubmittedOn: "2024-11-14", jaarstukkenSubmittedOn: "2024-07-14", realistic: true });
    expect(outcome).toEqual({
      regime: "repressive",
      provisional: false,
      balancedIn: 2025,
      assessment: {
        status: "repressive",
        ruleId: "gtk2020.regime",
        subject: "begroting.2025",
        inputs: { budgetYear: 2025, conditions: { "gtk2020.regime.balance": "met", "gtk2020.regime.begrotingOnTime": "met", "gtk2020.regime.jaarstukkenOnTime": "met" } },
        thresholds: { lastForecastYear: 2028, jaarstukkenYear: 2023, beforeMeans: "strictlyBefore" },
        message: { nl: "Toezichtregime begroting 2025: repressief.", en: "Supervision regime for the budget 2025: repressive." },
        severity: "info",
      },
      reasons: [
        {
          status: "met",
          ruleId: "gtk2020.regime.balance",
          subject: "begroting.2025",
          inputs: { budgetYear: 2025, judgedBalanceT: euro(5), judgedBalanceLast: 0, realistic: true, realisticAssumed: false, undeterminedYears: [] },
          thresholds: { lastForecastYear: 2028, minimumStructuralBalance: 0 },
          message: { nl: "Structureel in evenwicht in 2025 (saldo € 5,00). De ramingen zijn als reëel beoordeeld.", en: "Structurally balanced in 2025 (balance € 5.00). The estimates were judged realistic." },
          severity: "info",
        },
        {
          status: "met",
          ruleId: "gtk2020.regime.begrotingOnTime",
          subject: "begroting.2025",
          inputs: { submittedOn: "2024-11-14" },
          thresholds: outcome.reasons[1]?.thresholds,
          message: { nl: "De begroting 2025 is op 14 november 2024 tijdig ingezonden (uiterlijk 14 november 2024).", en: "The budget 2025 was sent on time on 14 November 2024 (due 14 November 2024)." },
          severity: "info",
        },
        {
          status: "met",
          ruleId: "gtk2020.regime.jaarstukkenOnTime",
          subject: "jaarstukken.2023",
          inputs: { submittedOn: "2024-07-14" },
          thresholds: outcome.reasons[2]?.thresholds,
          message: { nl: "De jaarstukken 2023 zijn op 14 juli 2024 tijdig ingezonden (uiterlijk 14 juli 2024).", en: "The annual accounts 2023 were sent on time on 14 July 2024 (due 14 July 2024)." },
          severity: "info",
        },
      ],
    });
    expect(outcome.reasons[1]?.thresholds).toMatchObject({ due: "2024-11-14", beforeMeans: "strictlyBefore" });
  });

  it("balanced only in the last jaarschijf; provisional; not realistic; preventive", () => {
    const balance = structuralBalance(years([-1, -1, -1, 1]));
    const late = supervisionRegime({ budgetYear: 2025, balance });
    expect([late.regime, late.provisional, late.balancedIn, late.assessment.severity]).toEqual(["repressive", true, 2028, "warning"]);
    expect(late.assessment.message).toEqual({
      nl: "Toezichtregime begroting 2025: repressief (voorlopig: niet alle inzenddata zijn bekend).",
      en: "Supervision regime for the budget 2025: repressive (provisional: not every submission date is known).",
    });
    expect(late.reasons[0]?.message).toEqual({
      nl: "Niet in evenwicht in 2025 (saldo € -1,00), wel uiterlijk in de laatste jaarschijf 2028 (saldo € 1,00). Reëel evenwicht is aangenomen (niet beoordeeld).",
      en: "Not balanced in 2025 (balance € -1.00), but at the latest in the last year 2028 (balance € 1.00). A realistic balance was assumed (not judged).",
    });
    expect(late.reasons.slice(1).map((r) => [r.status, r.severity, r.inputs, r.message.en])).toEqual([
      ["unknown", "warning", { submittedOn: null }, "The budget 2025: date sent unknown (due 14 November 2024 at the latest)."],
      ["unknown", "warning", { submittedOn: null }, "The annual accounts 2023: date sent unknown (due 14 July 2024 at the latest)."],
    ]);
    expect(late.reasons[1]?.message.nl).toBe("De begroting 2025: datum van inzending onbekend (uiterlijk 14 november 2024).");
    const unreal = supervisionRegime({ budgetYear: 2025, balance, realistic: false, begrotingSubmittedOn: "2024-11-20", jaarstukkenSubmittedOn: "2024-07-01" });
    expect([unreal.regime, unreal.provisional, unreal.balancedIn, unreal.assessment.severity]).toEqual(["preventive", false, null, "error"]);
    expect(unreal.assessment.message).toEqual({
      nl: "Toezichtregime begroting 2025: preventief. Reden: Niet reëel in evenwicht: de ramingen zijn niet volledig, realistisch en haalbaar beoordeeld. De begroting 2025 is op 20 november 2024 ingezonden, na de termijn (uiterlijk 14 november 2024).",
      en: "Supervision regime for the budget 2025: preventive. Reason: Not realistically balanced: the estimates were not judged complete, realistic and feasible. The budget 2025 was sent on 20 November 2024, after the term (due 14 November 2024).",
    });
    expect(unreal.reasons.map((r) => [r.status, r.severity])).toEqual([["notMet", "error"], ["notMet", "error"], ["met", "info"]]);
    expect(supervisionRegime({ budgetYear: 2025, balance, realistic: true }).reasons[0]?.message.en).toContain("The estimates were judged realistic.");
    const custom = supervisionRegime({ budgetYear: 2025, balance: structuralBalance(years([-1, 1])), lastForecastYear: 2026, jaarstukkenYear: 2024, beforeMeans: "onOrBefore", jaarstukkenSubmittedOn: "2025-07-15" });
    expect([custom.balancedIn, custom.assessment.thresholds, custom.reasons[2]?.subject]).toEqual([2026, { lastForecastYear: 2026, jaarstukkenYear: 2024, beforeMeans: "onOrBefore" }, "jaarstukken.2024"]);
  });
});

describe("budgetDeviations, whole results", () => {
  const policy: DeviationPolicy = { id: "test", name: { nl: "t", en: "t" }, source: "x", combine: "either", amount: { value: euro(100), inclusive: true }, percentage: { value: "10", inclusive: false } };
  it("explains per side, with localized and one-sided explanations", () => {
    const rows = budgetDeviations([line("nw", "a", 1000, 500), line("real", "a", 1100, 400), line("nw", "b", 0, 0), line("real", "b", 50, 0), line("nw", "c", 1000), line("real", "c", 1000)], {
      ...sel,
      policy,
      explanations: { "a#revenue": { nl: "Minder subsidie.", en: "Less subsidy." }, b: "Nieuw." },
    });
    expect(rows.map((r) => [r.subject, r.key, r.balance])).toEqual([["a", { programme: "a" }, euro(-200)], ["b", { programme: "b" }, euro(-50)], ["c", { programme: "c" }, 0]]);
    const [a, b, c] = rows;
    expect(a?.expenses).toEqual({
      side: "expenses",
      amended: euro(1000),
      actual: euro(1100),
      deviation: euro(100),
      percentage: { defined: true, value: 10, scaled: 100, decimals: 1 },
      effect: "nadeel",
      needsExplanation: true,
      explanation: null,
      assessment: {
        status: "needsExplanation",
        ruleId: "fv.deviation.explanation",
        subject: "a#expenses",
        inputs: { amended: euro(1000), actual: euro(1100), deviation: euro(100), percentage: 10, amountCriterionMet: true, percentageCriterionMet: false },
        thresholds: { policy: "test", source: "x", amount: { value: euro(100), inclusive: true }, percentage: { value: "10", inclusive: false }, combine: "either", zeroAmended: "exceeds" },
        message: {
          nl: "a, lasten: realisatie € 1.100,00 tegenover begroot na wijziging € 1.000,00, afwijking € 100,00 (10,0 %, nadeel) — toelichting nodig (> 10 % of ≥ € 100,00).",
          en: "a, expenses: actual € 1,100.00 against amended € 1,000.00, deviation € 100.00 (10.0 %, a deficit) — needs an explanation (> 10 % or ≥ € 100.00).",
        },
        severity: "warning",
      },
    });
    expect([a?.revenue.effect, a?.revenue.assessment.status, a?.revenue.assessment.inputs["percentageCriterionMet"], a?.revenue.assessment.message.nl]).toEqual([
      "nadeel",
      "explained",
      true,
      "a, baten: realisatie € 400,00 tegenover begroot na wijziging € 500,00, afwijking € -100,00 (-20,0 %, nadeel) — toegelicht: Minder subsidie. (> 10 % of ≥ € 100,00).",
    ]);
    expect(a?.revenue.assessment.severity).toBe("info");
    expect([b?.expenses.percentage, b?.expenses.assessment.status, b?.expenses.explanation, b?.expenses.assessment.message.en]).toEqual([
      { defined: false, reason: "whole_is_zero" },
      "explained",
      { nl: "Nieuw.", en: "Nieuw." },
      "b, expenses: actual € 50.00 against amended € 0.00, deviation € 50.00 (percentage undefined, a deficit) — explained: Nieuw. (> 10 % or ≥ € 100.00).",
    ]);
    expect(b?.expenses.assessment.message.nl).toContain("(percentage niet gedefinieerd, nadeel)");
    expect([c?.expenses.effect, c?.expenses.needsExplanation, c?.expenses.assessment.message.en]).toEqual([
      "neutraal",
      false,
      "c, expenses: actual € 1,000.00 against amended € 1,000.00, deviation € 0.00 (0.0 %, no effect) — within the threshold (> 10 % or ≥ € 100.00).",
    ]);
    // voordeel on both sides
    const good = budgetDeviations([line("nw", "a", 1000, 500), line("real", "a", 900, 600)], { ...sel, policy: { ...policy, combine: "both", zeroAmended: "withinThreshold" } });
    expect(good.map((r) => [r.expenses.effect, r.revenue.effect, r.expenses.needsExplanation, r.revenue.needsExplanation, r.balance])).toEqual([["voordeel", "voordeel", false, true, euro(200)]]);
    expect(good[0]?.revenue.assessment.message.en).toBe("a, revenue: actual € 600.00 against amended € 500.00, deviation € 100.00 (20.0 %, a surplus) — needs an explanation (> 10 % and ≥ € 100.00).");
    const zero = budgetDeviations([line("nw", "b", 0), line("real", "b", 50)], { ...sel, policy: { id: "p", name: { nl: "p", en: "p" }, source: "s", combine: "both", percentage: { value: "1", inclusive: true }, zeroAmended: "withinThreshold" } });
    expect([zero[0]?.expenses.needsExplanation, zero[0]?.expenses.assessment.message.en]).toEqual([false, "b, expenses: actual € 50.00 against amended € 0.00, deviation € 50.00 (percentage undefined, a deficit) — within the threshold (≥ 1 %)."]);
    expect(budgetDeviations([line("nw", "b", 0), line("real", "b", 50)], { ...sel, policy: { ...DEVIATION_POLICIES.nieuwkoop2017, amount: undefined } as never })[0]?.expenses.needsExplanation).toBe(true);
  });
});

describe("budgetLegality, whole results", () => {
  it("compensated, classified and unclassified overruns; counting overrides; an inclusive threshold", () => {
    const lines = [line("nw", "a", 1000, 0), line("real", "a", 1100, 150), line("nw", "b", 1000), line("real", "b", 1200), line("nw", "c", 1000), line("real", "c", 1010)];
    const result = budgetLegality(lines, { ...sel, programmeRevenueIsRelated: true, relatedRevenue: { b: euro(50) }, classifications: { b: "D", a: "A" }, counts: { D: true }, threshold: { percentage: "4.7", inclusive: true, base: "expensesExcludingReserves" } });
    expect(result.overruns.map((o) => [o.programme, o.part, o.overrun, o.compensated, o.uncompensated, o.category, o.counting, o.assessment.status, o.assessment.severity])).toEqual([
      ["a", "programme", euro(100), euro(100), 0, "C", 0, "compensated", "info"],
      ["b", "programme", euro(200), euro(50), euro(150), "D", euro(150), "classified", "warning"],
      ["c", "programme", euro(10), 0, euro(10), null, 0, "needsClassification", "warning"],
    ]);
    expect(result.overruns.map((o) => o.assessment.message)).toEqual([
      {
        nl: "Programma a: lasten € 1.100,00 boven de begroting na wijziging € 1.000,00 (overschrijding € 100,00), volledig gecompenseerd door direct gerelateerde opbrengsten (categorie C) — telt niet mee.",
        en: "Programme a: expenses € 1,100.00 above the amended budget € 1,000.00 (overrun € 100.00), fully compensated by directly related revenue (category C) — does not count.",
      },
      {
        nl: "Programma b: overschrijding € 200,00, waarvan € 50,00 gecompenseerd door direct gerelateerde opbrengsten; rest € 150,00 in categorie D (kostenoverschrijding binnen het beleid die niet eerder kon worden gesignaleerd (open-einde regelingen)) — telt mee.",
        en: "Programme b: overrun € 200.00, of which € 50.00 compensated by directly related revenue; remaining € 150.00 in category D (cost overrun within policy that could not be signalled earlier (open-ended schemes)) — counts.",
      },
      {
        nl: "Programma c: overschrijding € 10,00; rest € 10,00 moet nog worden ingedeeld in een categorie van de Kadernota Rechtmatigheid.",
        en: "Programme c: overrun € 10.00; remaining € 10.00 still needs a category of the Kadernota Rechtmatigheid.",
      },
    ]);
    expect(result.overruns[1]?.assessment.inputs).toEqual({ amended: euro(1000), actual: euro(1200), relatedRevenue: euro(50), classification: "D" });
    expect(result.overruns[1]?.assessment.thresholds).toEqual({ category: "D", counts: true, programmeRevenueIsRelated: true });
    expect([result.counting, result.notCounting, result.unclassified, result.base, result.threshold]).toEqual([euro(150), euro(150), euro(10), euro(3310), euro(155.57)]);
    expect(result.assessment).toEqual({
      status: "undetermined",
      ruleId: "bbv.legality.threshold",
      subject: "2024",
      inputs: { counting: euro(150), unclassified: euro(10), base: euro(3310) },
      thresholds: { percentage: "4.7", base: "expensesExcludingReserves", inclusive: true, threshold: euro(155.57) },
      message: {
        nl: "Begrotingsonrechtmatigheid 2024: meetellend € 150,00, nog in te delen € 10,00; verantwoordingsgrens 4,7 % van € 3.310,00 = € 155,57 — hangt af van de indeling.",
        en: "Budget illegality 2024: counting € 150.00, still to classify € 10.00; reporting threshold 4.7 % of € 3,310.00 = € 155.57 — depends on the classification.",
      },
      severity: "warning",
    });
    // exactly at the grens: inclusive exceeds, exclusive does not
    const at = [line("nw", "a", 900), line("real", "a", 1000)];
    expect(budgetLegality(at, { ...sel, classifications: { a: "A" }, threshold: { percentage: "10", inclusive: true } }).assessment.status).toBe("exceedsThreshold");
    expect(budgetLegality(at, { ...sel, classifications: { a: "A" }, threshold: { percentage: "10" } }).assessment).toMatchObject({ status: "withinThreshold", severity: "info" });
    expect(budgetLegality(at, { ...sel, classifications: { a: "A" }, threshold: { percentage: "9.99" } }).assessment).toMatchObject({ status: "exceedsThreshold", severity: "error" });
    expect(budgetLegality(at, { ...sel, classifications: { a: "D" } }).overruns[0]?.assessment).toMatchObject({ severity: "info", thresholds: { category: "D", counts: false } });
    expect(budgetLegality(at, { ...sel, relatedRevenue: { a: euro(-5) } }).overruns[0]?.compensated).toBe(0);
    expect(budgetLegality([...at, line("real", "a", 0, 30)], { ...sel }).overruns[0]?.compensated).toBe(0);
  });
});

describe("multi-year rules and exact values, whole results", () => {
  it("indexForecast", () => {
    const r = indexForecast({ year: 2025, wages: euro(1000), prices: euro(333.33) }, [{ year: 2026, wages: "2.5", prices: "1.25" }, { year: 2027, wages: "2.5", prices: "-1" }], { rounding: "halfEven", roundingStep: "perYear" });
    expect(r).toEqual({
      base: { year: 2025, wages: euro(1000), prices: euro(333.33) },
      years: [
        { year: 2026, wages: euro(1025), prices: euro(337.50), total: euro(1362.50), wageFactor: "1.025", priceFactor: "1.0125" },
        // halfEven: 1050,625 → 1050,62 and 334,125 → 334,12, each year from the previous rounded one
        { year: 2027, wages: euro(1050.62), prices: euro(334.12), total: euro(1384.74), wageFactor: "1.050625", priceFactor: "1.002375" },
      ],
      rounding: "halfEven",
      roundingStep: "perYear",
    });
  });

  it("prudentIncome and savingsTarget", () => {
    const rows = prudentIncome({ national: [{ year: 2025, amount: euro(1000) }, { year: 2026, amount: euro(2000) }], firstYearPercentage: "90", laterYearsPercentage: "50", share: "0.5", alreadyIncluded: [{ year: 2026, amount: euro(100) }] });
    expect(rows.map((r) => ({ ...r }))).toEqual(rows);
    expect(rows.map((r) => [r.year, r.amount, r.percentage, r.includable, r.municipalMaximum, r.alreadyIncluded, r.net])).toEqual([
      [2025, euro(1000), "90", euro(900), euro(450), 0, euro(450)],
      [2026, euro(2000), "50", euro(1000), euro(500), euro(100), euro(400)],
    ]);
    const years = savingsTarget({
      id: "t",
      description: "Taakstelling",
      target: [{ year: 2025, amount: euro(100) }, { year: 2026, amount: euro(200) }, { year: 2027, amount: euro(0) }],
      years: [2025, 2026, 2027],
      measures: [
        { id: "m1", description: "x", state: "decided", amounts: [{ year: 2025, amount: euro(100) }, { year: 2026, amount: euro(50) }] },
        { id: "m2", description: "y", state: "planned", amounts: [{ year: 2026, amount: euro(30) }] },
      ],
    });
    expect(years.map((y) => [y.year, y.target, y.decided, y.planned, y.remaining, y.uncovered, y.status, y.assessment.status, y.assessment.severity])).toEqual([
      [2025, euro(100), euro(100), 0, 0, 0, "filled", "filled", "info"],
      [2026, euro(200), euro(50), euro(30), euro(150), euro(120), "partlyFilled", "partlyFilled", "warning"],
      [2027, 0, 0, 0, 0, 0, "filled", "filled", "info"],
    ]);
    expect(years[1]?.assessment.ruleId).toBe("gtk2020.savingsTarget");
  });

  it("exactValue", () => {
    expect(exactValue({ numerator: 1, denominator: 3 })).toEqual({ defined: true, value: 0.33, scaled: 33, decimals: 2, text: { nl: "0,33", en: "0.33" }, numerator: "1", denominator: "3", rounding: "halfUp" } as never);
    expect(exactValue({ numerator: 0, denominator: 0 })).toEqual({ defined: false, reason: "zeroDenominator", sign: 0 });
    expect(exactValue({ numerator: 5, denominator: 0 })).toEqual({ defined: false, reason: "zeroDenominator", sign: 1 });
  });
});
