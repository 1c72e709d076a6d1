import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { euro, type Cents } from "opkoers/money";
import type { BudgetDocument, BudgetLine } from "opkoers/budget";
import { budgetDeviations, budgetLegality, DEVIATION_POLICIES, OVERRUN_CATEGORIES, type DeviationPolicy, type OverrunCategory } from "opkoers/finance";
import { expectCode } from "./_support.js";

const line = (phase: string, programme: string, expenses: number, revenue = 0, taakveld = "6.1"): BudgetLine => ({
  programme,
  taakveld,
  year: 2024,
  phase,
  expenses: expenses as Cents,
  revenue: revenue as Cents,
  nature: "structureel",
});
const amount = fc.integer({ min: 0, max: 10 ** 10 });
const select = { year: 2024, amendedPhases: ["nw"], actualPhases: ["real"] };
const policies = Object.values(DEVIATION_POLICIES) as DeviationPolicy[];

describe("budgetDeviations", () => {
  test.prop([amount, amount, amount, fc.constantFrom(...policies)])("a larger deviation never needs an explanation less (same amended)", (amended, a, b, policy) => {
    const [small, large] = a <= b ? [a, b] : [b, a];
    const run = (deviation: number) => budgetDeviations([line("nw", "p", amended), line("real", "p", amended + deviation)], { ...select, policy })[0]!.expenses;
    const s = run(small);
    const l = run(large);
    if (s.needsExplanation) expect(l.needsExplanation).toBe(true);
    expect(run(-large).needsExplanation).toBe(l.needsExplanation); // the sign does not matter
  });

  test.prop([amount, fc.integer({ min: -(10 ** 9), max: 10 ** 9 }), fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 10 ** 8 }), fc.boolean(), fc.boolean(), fc.constantFrom("both" as const, "either" as const)])(
    "matches the policy read literally (exact rational comparison)",
    (amended, deviation, pctTenths, threshold, pInc, aInc, combine) => {
      const policy: DeviationPolicy = { id: "x", name: { nl: "x", en: "x" }, source: "test", percentage: { value: `${Math.floor(pctTenths / 10)}.${pctTenths % 10}`, inclusive: pInc }, amount: { value: threshold as Cents, inclusive: aInc }, combine };
      const d = budgetDeviations([line("nw", "p", amended), line("real", "p", amended + deviation)], { ...select, policy })[0]!.expenses;
      // oracle: |dev| / amended compared with pctTenths / 1000 by cross-multiplying (amended > 0), amount directly
      const abs = Math.abs(deviation);
      const pctHit = amended === 0 ? deviation !== 0 : pInc ? BigInt(abs) * 1000n >= BigInt(pctTenths) * BigInt(amended) : BigInt(abs) * 1000n > BigInt(pctTenths) * BigInt(amended);
      const amountHit = aInc ? abs >= threshold : abs > threshold;
      const needs = deviation !== 0 && (combine === "both" ? pctHit && amountHit : pctHit || amountHit);
      expect(d.needsExplanation).toBe(needs);
      expect(d.deviation).toBe(deviation);
      expect(d.effect).toBe(deviation === 0 ? "neutraal" : deviation > 0 ? "nadeel" : "voordeel");
      expect(d.assessment.status).toBe(needs ? "needsExplanation" : "withinThreshold");
    },
  );

  it("attaches explanations per subject or per side, groups by line, and keeps revenue effects the right way round", () => {
    const lines = [line("nw", "zorg", 1_000_000_00, 0, "6.71"), line("real", "zorg", 1_100_000_00, 50_000_00, "6.71"), line("nw", "zorg", 10_00, 0, "7.1"), line("real", "zorg", 20_00, 0, "7.1")];
    const rows = budgetDeviations(lines, { ...select, policy: DEVIATION_POLICIES.nuenen2019, by: ["programme", "taakveld"], explanations: { "zorg/6.71#expenses": { nl: "Meer cliënten.", en: "More clients." } } });
    expect(rows.map((r) => r.subject)).toEqual(["zorg/6.71", "zorg/7.1"]);
    expect(rows[0]?.expenses.assessment.status).toBe("explained");
    expect(rows[0]?.expenses.assessment.message.en).toContain("explained: More clients.");
    expect(rows[0]?.revenue.assessment.status).toBe("needsExplanation");
    expect(rows[0]?.revenue.effect).toBe("voordeel");
    expect(rows[0]?.revenue.percentage).toEqual({ defined: false, reason: "whole_is_zero" });
    expect(rows[0]?.balance).toBe(euro(-50000));
    expect(rows[1]?.expenses.assessment.status).toBe("withinThreshold");
    expect(rows[0]?.expenses.assessment.thresholds["policy"]).toBe("nuenen2019");
  });

  it("uses the document's amended budget and actual phase by default", () => {
    const doc: BudgetDocument = {
      budgetYear: 2024,
      programmes: [{ code: "p", name: "P" }],
      taakvelden: ["6.1"],
      phases: [
        { id: "primitief", kind: "original" },
        { id: "q1", kind: "actual", quarter: 1 },
        { id: "realisatie", kind: "actual" },
      ],
      lines: [{ ...line("primitief", "p", euro(100000)), phase: "primitief" }, { ...line("realisatie", "p", euro(200000)) }, { ...line("q1", "p", euro(50000)) }],
      amendments: [{ id: "bw1", number: 1, date: "2024-05-01", decision: "x", mutations: [{ programme: "p", taakveld: "6.1", year: 2024, expenses: euro(50000), revenue: euro(0), nature: "incidenteel" }] }],
    };
    const [row] = budgetDeviations(doc, { policy: DEVIATION_POLICIES.lingewaard2018 });
    expect([row?.expenses.amended, row?.expenses.actual]).toEqual([euro(150000), euro(200000)]);
  });

  it("rejects malformed policies and options", () => {
    const lines = [line("nw", "p", 1)];
    const base: DeviationPolicy = { id: "x", name: { nl: "x", en: "x" }, source: "s", combine: "either" };
    expectCode(() => budgetDeviations(lines, { ...select, policy: base }), "invalid_option");
    expectCode(() => budgetDeviations(lines, { ...select, policy: { ...base, percentage: { value: 5.5, inclusive: false } } }), "invalid_factor");
    expectCode(() => budgetDeviations(lines, { ...select, policy: { ...base, amount: { value: -1 as Cents, inclusive: false } } }), "invalid_option");
    expectCode(() => budgetDeviations(lines, { ...select, policy: { ...base, combine: "and" as never, amount: { value: euro(1), inclusive: false } } }), "invalid_option");
    expectCode(() => budgetDeviations(lines, { policy: DEVIATION_POLICIES.nuenen2019, year: 2024 }), "invalid_option");
    expectCode(() => budgetDeviations(lines, { ...select, policy: DEVIATION_POLICIES.nuenen2019, by: ["reserve" as never] }), "invalid_option");
    expectCode(() => budgetDeviations(lines, { ...select, policy: DEVIATION_POLICIES.nuenen2019, explanations: { p: 5 as never } }), "invalid_option");
  });
});

describe("budgetLegality", () => {
  const codes = OVERRUN_CATEGORIES.map((c) => c.code);
  const programme = fc.record({
    amended: amount,
    actual: amount,
    amendedRevenue: amount,
    actualRevenue: amount,
    related: fc.option(amount, { nil: undefined }),
    classification: fc.option(fc.constantFrom<OverrunCategory>(...codes), { nil: undefined }),
  });
  test.prop([fc.array(programme, { minLength: 1, maxLength: 6 }), fc.boolean(), fc.integer({ min: 0, max: 50 }), fc.boolean()])(
    "never counts a fully compensated overrun; the totals add up; the grens is compared exactly",
    (programmes, ownRevenue, pctTenths, inclusive) => {
      const lines = programmes.flatMap((p, i) => [line("nw", `p${i}`, p.amended, p.amendedRevenue), line("real", `p${i}`, p.actual, p.actualRevenue)]);
      const relatedRevenue = Object.fromEntries(programmes.flatMap((p, i) => (p.related === undefined ? [] : [[`p${i}`, p.related as Cents]])));
      const classifications = Object.fromEntries(programmes.flatMap((p, i) => (p.classification === undefined ? [] : [[`p${i}`, p.classification]])));
      const percentage = `${Math.floor(pctTenths / 10)}.${pctTenths % 10}`;
      const result = budgetLegality(lines, { ...select, relatedRevenue, classifications, programmeRevenueIsRelated: ownRevenue, threshold: { percentage, inclusive } });
      let total = 0;
      for (const o of result.overruns) {
        const i = Number(o.programme.slice(1));
        const p = programmes[i]!;
        expect(o.overrun).toBe(p.actual - p.amended);
        expect(o.overrun).toBeGreaterThan(0);
        const related = (p.related ?? 0) + (ownRevenue ? Math.max(0, p.actualRevenue - p.amendedRevenue) : 0);
        expect(o.compensated).toBe(Math.min(related, o.overrun));
        if (related >= o.overrun) {
          expect(o.counting).toBe(0);
          expect(o.category).toBe("C");
          expect(o.assessment.status).toBe("compensated");
        } else {
          expect(o.category).toBe(p.classification ?? null);
          const counts = p.classification !== undefined && OVERRUN_CATEGORIES.find((c) => c.code === p.classification)!.countsByDefault;
          expect(o.counting).toBe(counts ? o.uncompensated : 0);
        }
        total += o.overrun;
      }
      expect(result.overruns.length).toBe(programmes.filter((p) => p.actual > p.amended).length);
      expect(result.counting + result.notCounting + result.unclassified).toBe(total);
      expect(result.counting).toBe(result.overruns.reduce((s, o) => s + o.counting, 0));
      expect(result.base).toBe(programmes.reduce((s, p) => s + p.actual, 0));
      const above = (x: number): boolean => (inclusive ? BigInt(x) * 1000n >= BigInt(pctTenths) * BigInt(result.base) : BigInt(x) * 1000n > BigInt(pctTenths) * BigInt(result.base));
      expect(result.assessment.status).toBe(above(result.counting) ? "exceedsThreshold" : above(result.counting + result.unclassified) ? "undetermined" : "withinThreshold");
    },
  );

  it("a classification given for a fully compensated overrun is ignored", () => {
    const lines = [line("nw", "p", euro(100)), line("real", "p", euro(150))];
    const result = budgetLegality(lines, { ...select, relatedRevenue: { p: euro(60) }, classifications: { p: "A" } });
    expect(result.overruns[0]?.category).toBe("C");
    expect(result.counting).toBe(0);
    expect(result.overruns[0]?.assessment.message.nl).toContain("telt niet mee");
  });

  it("counts by category, with overrides, and excludes reserve additions from the base when asked", () => {
    const lines = [line("nw", "p", euro(1000)), line("real", "p", euro(1100)), line("nw", "alg", euro(900), 0, "0.10"), line("real", "alg", euro(900), 0, "0.10")];
    const a = budgetLegality(lines, { ...select, classifications: { p: "A" }, threshold: { percentage: "4" } });
    expect([a.counting, a.base, a.threshold, a.assessment.status]).toEqual([euro(100), euro(2000), euro(80), "exceedsThreshold"]);
    expect(a.overruns[0]?.assessment.message.en).toContain("category A");
    expect(budgetLegality(lines, { ...select, classifications: { p: "D" }, threshold: { percentage: "4" } }).assessment.status).toBe("withinThreshold");
    const d = budgetLegality(lines, { ...select, classifications: { p: "D" }, counts: { D: true }, threshold: { percentage: "5", base: "expensesExcludingReserves" } });
    expect([d.counting, d.base, d.assessment.status]).toEqual([euro(100), euro(1100), "exceedsThreshold"]);
    // exactly at the grens: 50 of 1.000 at 5 % exceeds it only when the grens is inclusive
    const at = [line("nw", "p", euro(950)), line("real", "p", euro(1000))];
    expect(budgetLegality(at, { ...select, classifications: { p: "A" }, threshold: { percentage: "5" } }).assessment.status).toBe("withinThreshold");
    const inclusive = budgetLegality(at, { ...select, classifications: { p: "A" }, threshold: { percentage: "5", inclusive: true } });
    expect(inclusive.assessment.status).toBe("exceedsThreshold");
    expect(inclusive.assessment.message.nl).toContain("boven de grens");
  });

  it("rejects unknown categories and malformed options", () => {
    const lines = [line("nw", "p", 1)];
    expectCode(() => budgetLegality(lines, { ...select, classifications: { p: "H" as never } }), "invalid_option");
    expectCode(() => budgetLegality(lines, { ...select, counts: { H: true } as never }), "invalid_option");
    expectCode(() => budgetLegality(lines, { ...select, relatedRevenue: { p: 0.5 as Cents } }), "invalid_amount");
    expectCode(() => budgetLegality(lines, { ...select, threshold: { percentage: "-1" } }), "invalid_option");
    expectCode(() => budgetLegality(lines, { ...select, threshold: { base: "all" as never } }), "invalid_option");
    expectCode(() => budgetLegality(lines, { ...select, programmeRevenueIsRelated: "yes" as never }), "invalid_option");
  });
});

describe("budgetDeviations: parts (issue 19)", () => {
  const policy = DEVIATION_POLICIES.nieuwkoop2017;
  // The programme's own lines on 6.1, a reserve withdrawal (0.10) and overhead (0.4) under the same code.
  const lines = (phase: string, drift: number): BudgetLine[] => [line(phase, "zorg", 5000_00, 1360_00), line(phase, "zorg", 0, 400_00 + drift, "0.10"), line(phase, "zorg", 250_00 + drift, 0, "0.4")];
  const all = [...lines("nw", 0), ...lines("real", 100_00)];

  it("counts every part but the result by default, and only the programme's own lines with parts: [\"programme\"]", () => {
    const byDefault = budgetDeviations(all, { ...select, policy })[0];
    expect([byDefault?.revenue.amended, byDefault?.expenses.amended]).toEqual([1760_00, 5250_00]);
    const own = budgetDeviations(all, { ...select, policy, parts: ["programme"] })[0];
    expect([own?.revenue.amended, own?.revenue.actual, own?.expenses.amended, own?.expenses.actual]).toEqual([1360_00, 1360_00, 5000_00, 5000_00]);
    const reserves = budgetDeviations(all, { ...select, policy, parts: ["reserves"] })[0];
    expect([reserves?.revenue.amended, reserves?.revenue.actual]).toEqual([400_00, 500_00]);
  });

  it("classifies onvoorzien by the document's own location when parts are given", () => {
    const doc = {
      budgetYear: 2024,
      programmes: [{ code: "zorg", name: "Zorg" }],
      taakvelden: ["6.1"],
      onvoorzien: { taakveld: "6.1", costCentre: "onvoorzien" },
      phases: [{ id: "nw", kind: "original" }, { id: "real", kind: "actual" }],
      lines: [line("nw", "zorg", 1000_00), { ...line("nw", "zorg", 50_00), costCentre: "onvoorzien" }, line("real", "zorg", 1000_00)],
      amendments: [],
    } as unknown as BudgetDocument;
    expect(budgetDeviations(doc, { policy, parts: ["programme"] })[0]?.expenses.amended).toBe(1000_00);
    expect(budgetDeviations(doc, { policy })[0]?.expenses.amended).toBe(1050_00); // unchanged default
  });

  it("refuses parts that are not a non-empty array of parts with invalid_option", () => {
    for (const parts of [[], ["programma"], "programme", [null], {}]) expectCode(() => budgetDeviations(all, { ...select, policy, parts: parts as never }), "invalid_option");
  });
});

describe("two versions of the realisatie (issue 18, silent doubling)", () => {
  const doc: BudgetDocument = {
    municipality: { code: "GM0034", name: "Almere" },
    budgetYear: 2024,
    programmes: [{ code: "p", name: "Zorg" }],
    taakvelden: ["6.1"],
    phases: [
      { id: "nw", kind: "original", label: { nl: "Begroting", en: "Budget" } },
      { id: "voorlopig", kind: "actual", label: { nl: "Realisatie voorlopig", en: "Actual, provisional" } },
      { id: "real", kind: "actual", label: { nl: "Realisatie", en: "Actual" } },
    ],
    lines: [line("nw", "p", 1_000_000), line("voorlopig", "p", 1_040_000), line("real", "p", 1_050_000)],
    amendments: [],
  } as unknown as BudgetDocument;

  it("does not add two whole-year actual phases of one year: it asks which to compare", () => {
    expectCode(() => budgetDeviations(doc, { policy: DEVIATION_POLICIES.nieuwkoop2017 }), "invalid_option");
    expectCode(() => budgetLegality(doc), "invalid_option");
    const chosen = budgetDeviations(doc, { policy: DEVIATION_POLICIES.nieuwkoop2017, actualPhases: ["real"] });
    expect(chosen[0]!.expenses.actual).toBe(1_050_000);
  });

  it("still takes the one realisatie that has lines in the year by default", () => {
    const oneYear = { ...doc, lines: [line("nw", "p", 1_000_000), line("real", "p", 1_050_000), { ...line("voorlopig", "p", 7), year: 2023 }] } as BudgetDocument;
    expect(budgetDeviations(oneYear, { policy: DEVIATION_POLICIES.nieuwkoop2017 })[0]!.expenses.actual).toBe(1_050_000);
  });
});

describe("budgetDeviations names what it compares (issue 19: a prognose was called the realisatie)", () => {
  const doc = (kind: "actual" | "forecast"): BudgetDocument =>
    ({
      municipality: "Almere",
      budgetYear: 2024,
      programmes: [{ code: "zorg", name: "Zorg" }],
      taakvelden: ["6.1"],
      reserves: [],
      phases: [
        { id: "nw", kind: "original" },
        { id: "real", kind },
      ],
      lines: [line("nw", "zorg", 100_000_000), line("real", "zorg", 120_000_000)],
      amendments: [],
    }) as unknown as BudgetDocument;
  const message = (kind: "actual" | "forecast", lang: "nl" | "en"): string =>
    budgetDeviations(doc(kind), { policy: DEVIATION_POLICIES.nieuwkoop2017, amendedPhases: ["nw"], actualPhases: ["real"] })[0]!.expenses.assessment.message[lang];

  it("says prognose / forecast when the compared phases are forecasts", () => {
    expect(message("forecast", "nl")).toContain("zorg, lasten: prognose € 1.200.000,00 tegenover begroot na wijziging € 1.000.000,00");
    expect(message("forecast", "en")).toContain("zorg, expenses: forecast € 1,200,000.00 against amended € 1,000,000.00");
  });

  it("says realisatie / actual for actual phases and for plain lines", () => {
    expect(message("actual", "nl")).toContain("zorg, lasten: realisatie € 1.200.000,00");
    expect(message("actual", "en")).toContain("zorg, expenses: actual € 1,200,000.00");
    const plain = budgetDeviations([line("nw", "zorg", 100), line("real", "zorg", 120)], { ...select, policy: DEVIATION_POLICIES.nieuwkoop2017 })[0]!;
    expect(plain.expenses.assessment.message.nl).toContain("lasten: realisatie ");
  });
});
