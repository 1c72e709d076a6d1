// Issue 18 §4: budgetLegality authorises per part of the overzicht van baten en lasten (BBV art. 17), so an
// overhead overrun cannot hide behind a programme's underspend.
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { euro, type Cents } from "opkoers/money";
import type { BudgetDocument, BudgetLine } from "opkoers/budget";
import { budgetLegality, type BudgetLegality, type Overrun } from "opkoers/finance";
import { cents, expectCode } from "./_support.js";

const line = (phase: string, programme: string, taakveld: string, expenses: number, revenue = 0, extra: Partial<BudgetLine> = {}): BudgetLine => ({
  programme,
  taakveld,
  year: 2024,
  phase,
  expenses: euro(expenses),
  revenue: euro(revenue),
  nature: "structureel",
  ...extra,
});
const sel = { year: 2024, amendedPhases: ["nw"], actualPhases: ["real"] };

describe("budgetLegality: the units of authorisation", () => {
  it("an overhead overrun booked under a programme code does not hide behind the programme's underspend", () => {
    const lines = [line("nw", "zorg", "6.1", 1_000_000), line("nw", "zorg", "0.4", 100_000), line("real", "zorg", "6.1", 900_000), line("real", "zorg", "0.4", 150_000)];
    const result = budgetLegality(lines, { ...sel, threshold: { percentage: "1" } });
    const overhead: Overrun = {
      programme: "overhead",
      part: "overhead",
      amended: euro(100_000),
      actual: euro(150_000),
      overrun: euro(50_000),
      compensated: 0 as Cents,
      uncompensated: euro(50_000),
      category: null,
      counting: 0 as Cents,
      assessment: {
        status: "needsClassification",
        ruleId: "bbv.legality.overrun",
        subject: "overhead",
        inputs: { amended: euro(100_000), actual: euro(150_000), relatedRevenue: 0, classification: null },
        thresholds: { category: null, counts: null, programmeRevenueIsRelated: false },
        message: {
          nl: "Overhead: overschrijding € 50.000,00; rest € 50.000,00 moet nog worden ingedeeld in een categorie van de Kadernota Rechtmatigheid.",
          en: "Overhead: overrun € 50,000.00; remaining € 50,000.00 still needs a category of the Kadernota Rechtmatigheid.",
        },
        severity: "warning",
      },
    };
    const expected: BudgetLegality = {
      year: 2024,
      overruns: [overhead],
      counting: 0 as Cents,
      notCounting: 0 as Cents,
      unclassified: euro(50_000),
      base: euro(1_050_000),
      threshold: euro(10_500),
      assessment: {
        status: "exceedsThreshold" as never,
        ruleId: "bbv.legality.threshold",
        subject: "2024",
        inputs: { counting: 0, unclassified: euro(50_000), base: euro(1_050_000) },
        thresholds: { percentage: "1", base: "expensesIncludingReserves", inclusive: false, threshold: euro(10_500) },
        message: {
          nl: "Begrotingsonrechtmatigheid 2024: meetellend € 0,00, nog in te delen € 50.000,00; verantwoordingsgrens 1 % van € 1.050.000,00 = € 10.500,00 — hangt af van de indeling.",
          en: "Budget illegality 2024: counting € 0.00, still to classify € 50,000.00; reporting threshold 1 % of € 1,050,000.00 = € 10,500.00 — depends on the classification.",
        },
        severity: "warning",
      },
    };
    expect(result).toEqual({ ...expected, assessment: { ...expected.assessment, status: "undetermined" } });
    // classified by its unit
    const classified = budgetLegality(lines, { ...sel, classifications: { overhead: "A" } });
    expect([classified.counting, classified.assessment.status]).toEqual([euro(50_000), "exceedsThreshold"]);
    expect(classified.overruns[0]?.assessment.message.en).toBe("Overhead: overrun € 50,000.00; remaining € 50,000.00 in category A (cost overrun on activities outside existing policy) — counts.");
  });

  it("algemene dekkingsmiddelen, Vpb, onvoorzien and reserve mutations are units of their own, whatever programme code they carry", () => {
    const doc: BudgetDocument = {
      budgetYear: 2024,
      programmes: [{ code: "zorg", name: "Zorg" }, { code: "fin", name: "Financiën" }],
      taakvelden: [],
      onvoorzien: { taakveld: "0.8", costCentre: "onv" },
      phases: [{ id: "nw", kind: "original" }, { id: "real", kind: "actual" }],
      lines: [
        line("nw", "zorg", "6.1", 1_000), line("real", "zorg", "6.1", 700),
        line("nw", "zorg", "0.5", 100), line("real", "fin", "0.5", 110), line("real", "zorg", "0.5", 1),
        line("nw", "fin", "0.9", 10), line("real", "zorg", "0.9", 12),
        line("nw", "fin", "0.8", 50, 0, { costCentre: "onv" }), line("real", "fin", "0.8", 60, 0, { costCentre: "onv" }),
        line("nw", "zorg", "0.10", 20), line("real", "zorg", "0.10", 25),
        line("real", "fin", "0.11", 0, 5_000),
      ],
      amendments: [],
    };
    const result = budgetLegality(doc, { relatedRevenue: { onvoorzien: euro(4) }, classifications: { vpb: "D", "reserves/zorg": "B" } });
    expect(result.overruns.map((o) => [o.programme, o.part, o.amended, o.actual, o.overrun, o.compensated, o.category, o.counting])).toEqual([
      ["generalCover", "generalCover", euro(100), euro(111), euro(11), 0, null, 0],
      ["onvoorzien", "onvoorzien", euro(50), euro(60), euro(10), euro(4), null, 0],
      ["reserves/zorg", "reserves", euro(20), euro(25), euro(5), 0, "B", euro(5)],
      ["vpb", "vpb", euro(10), euro(12), euro(2), 0, "D", 0],
    ]);
    expect(result.overruns.map((o) => o.assessment.message.nl.split(":")[0])).toEqual(["Algemene dekkingsmiddelen", "Onvoorzien", "Reservemutaties programma zorg", "Vennootschapsbelasting"]);
    expect(result.overruns.map((o) => o.assessment.message.en.split(":")[0])).toEqual(["General cover", "Unforeseen", "Reserve mutations of programme zorg", "Corporate income tax"]);
    expect([result.base, result.counting, result.unclassified, result.notCounting]).toEqual([euro(700 + 111 + 12 + 60 + 25), euro(5), euro(11 + 6), euro(4 + 2)]);
    expect(budgetLegality(doc, { threshold: { base: "expensesExcludingReserves" } }).base).toBe(euro(700 + 111 + 12 + 60));
    // with no onvoorzien declared, 0.8 is algemene dekkingsmiddelen
    const plain = budgetLegality({ ...doc, onvoorzien: undefined } as never, {});
    expect(plain.overruns.map((o) => [o.programme, o.overrun])).toEqual([["generalCover", euro(21)], ["reserves/zorg", euro(5)], ["vpb", euro(2)]]);
  });

  it("refuses a programme code that is also a unit's code", () => {
    expectCode(() => budgetLegality([line("nw", "overhead", "6.1", 1), line("real", "overhead", "6.1", 2)], sel), "invalid_option");
    expectCode(() => budgetLegality([line("nw", "reserves/x", "6.1", 1)], sel), "invalid_option");
    expect(budgetLegality([line("nw", "overhead", "0.4", 1), line("real", "overhead", "0.4", 2)], sel).overruns.map((o) => o.programme)).toEqual(["overhead"]);
    expectCode(() => budgetLegality([line("nw", "p", "6.1", 1)], { ...sel, classification: [null] as never }), "invalid_option");
    expectCode(() => budgetLegality([line("nw", "p", "6.1", 1)], { ...sel, reserveTaakveld: 10 as never }), "invalid_option");
  });

  const PART_OF: Readonly<Record<string, string>> = { "0.4": "overhead", "0.5": "generalCover", "0.7": "generalCover", "0.9": "vpb" };
  const arbitraryLines = fc.array(
    fc.record({
      programme: fc.constantFrom("zorg", "wonen"),
      taakveld: fc.constantFrom("6.1", "7.1", "0.4", "0.5", "0.7", "0.9", "0.10", "0.11"),
      year: fc.constant(2024),
      phase: fc.constantFrom("nw", "real"),
      expenses: cents(10 ** 9),
      revenue: cents(10 ** 9),
      nature: fc.constant("structureel" as const),
    }),
    { maxLength: 30 },
  );

  test.prop([arbitraryLines])("the overruns are exactly those of an independent grouping by overview part", (lines) => {
    const units = new Map<string, { part: string; amended: number; actual: number }>();
    for (const l of lines) {
      if (l.taakveld === "0.11") continue;
      const part = l.taakveld === "0.10" ? "reserves" : PART_OF[l.taakveld] ?? "programme";
      const code = part === "programme" ? l.programme : part === "reserves" ? `reserves/${l.programme}` : part;
      const u = units.get(code) ?? { part, amended: 0, actual: 0 };
      if (l.phase === "nw") u.amended += l.expenses;
      else u.actual += l.expenses;
      units.set(code, u);
    }
    const expected = [...units.entries()]
      .filter(([, u]) => u.actual > u.amended)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([code, u]) => [code, u.part, u.amended, u.actual, u.actual - u.amended]);
    const result = budgetLegality(lines, sel);
    expect(result.overruns.map((o) => [o.programme, o.part, o.amended, o.actual, o.overrun])).toEqual(expected);
    expect(result.unclassified).toBe(expected.reduce((s, e) => s + (e[4] as number), 0));
    expect(result.base).toBe(lines.filter((l) => l.phase === "real" && l.taakveld !== "0.11").reduce((s, l) => s + l.expenses, 0));
  });
});
