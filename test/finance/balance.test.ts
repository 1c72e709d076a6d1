import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { euro, type Cents } from "opkoers/money";
import type { BudgetDocument, BudgetLine } from "opkoers/budget";
import { FINANCE_RULES, structuralBalance, supervisionRegime, type StructuralBalance } from "opkoers/finance";
import { budgetLines, expectCode } from "./_support.js";

const line = (year: number, taakveld: string, expenses: number, revenue: number, nature: "structureel" | "incidenteel", phase = "primitief"): BudgetLine => ({
  programme: "p",
  taakveld,
  year,
  phase,
  expenses: euro(expenses),
  revenue: euro(revenue),
  nature,
});
const ruleIds = new Set(FINANCE_RULES.map((r) => r.id));

describe("structuralBalance", () => {
  test.prop([budgetLines(), fc.constantFrom("asMarked" as const, "incidental" as const)])("structural balance + incidental balance = total balance, every year", (lines, reserveMutations) => {
    const result = structuralBalance(lines, { reserveMutations, years: [2025, 2026, 2027, 2028] });
    for (const y of result.years) {
      const independent = lines.filter((l) => l.year === y.year).reduce((s, l) => s + l.revenue - l.expenses, 0);
      expect(y.totalBalance).toBe(independent);
      expect(y.structuralBalance + y.incidentalBalance).toBe(y.totalBalance);
      expect(y.structuralBalance).toBe(y.structural.balance + y.structuralReserves.balance);
      expect(y.balanced).toBe(y.judgedBalance >= 0);
      expect(ruleIds.has(y.assessment.ruleId)).toBe(true);
      if (reserveMutations === "incidental") expect(y.structuralReserves).toEqual({ additions: 0, withdrawals: 0, balance: 0 });
    }
  });

  test.prop([budgetLines(), fc.integer({ min: -1_000_000_000, max: 1_000_000_000 })])("a correction moves the judged balance only, never the totals", (lines, amount) => {
    const plain = structuralBalance(lines, { years: [2025] }).years[0]!;
    const corrected = structuralBalance(lines, { years: [2025], corrections: [{ year: 2025, amount: amount as Cents, description: "x" }] }).years[0]!;
    expect(corrected.totalBalance).toBe(plain.totalBalance);
    expect(corrected.structuralBalance).toBe(plain.structuralBalance);
    expect(corrected.judgedBalance).toBe(plain.structuralBalance + amount);
  });

  it("treats marked structural reserve withdrawals as structural only when allowed", () => {
    const lines = [line(2025, "6.1", 100, 0, "structureel"), { ...line(2025, "0.10", 0, 100, "structureel"), reserve: "DK" }]; // dekkingsreserve kapitaallasten
    const reserves = [{ code: "DK", name: "Dekkingsreserve kapitaallasten", kind: "earmarked" as const, coversCapitalCharges: true }];
    expect(structuralBalance(lines, { reserves }).years[0]?.structuralBalance).toBe(0);
    expect(structuralBalance(lines, { reserves }).years[0]?.balanced).toBe(true);
    expect(structuralBalance(lines, { reserves, reserveMutations: "asMarked" }).years[0]?.structuralBalance).toBe(0);
    expect(structuralBalance(lines).years[0]?.structuralBalance).toBe(euro(-100));
    const strict = structuralBalance(lines, { reserveMutations: "incidental" }).years[0]!;
    expect(strict.structuralBalance).toBe(euro(-100));
    expect(strict.incidentalBalance).toBe(euro(100));
    expect(strict.assessment.status).toBe("notBalanced");
    expect(strict.assessment.message.nl).toContain("niet structureel in evenwicht");
  });

  it("uses t..t+3 and the amended budget of a document", () => {
    const doc: BudgetDocument = {
      budgetYear: 2025,
      programmes: [{ code: "p", name: "P" }],
      taakvelden: ["6.1"],
      phases: [
        { id: "primitief", kind: "original" },
        { id: "realisatie", kind: "actual" },
      ],
      lines: [line(2025, "6.1", 100, 150, "structureel"), line(2025, "6.1", 999, 0, "structureel", "realisatie")],
      amendments: [{ id: "bw1", number: 1, date: "2025-03-01", decision: "x", mutations: [{ programme: "p", taakveld: "6.1", year: 2025, expenses: euro(30), revenue: euro(0), nature: "structureel" }] }],
    };
    const result = structuralBalance(doc);
    expect(result.years.map((y) => y.year)).toEqual([2025, 2026, 2027, 2028]);
    expect(result.years[0]?.structuralBalance).toBe(euro(20));
    expect(structuralBalance(doc, { phases: ["realisatie"] }).years[0]?.structuralBalance).toBe(euro(-999));
    expectCode(() => structuralBalance(doc, { phases: ["nope"] }), "unknown_phase");
  });

  it("rejects bad input with a code", () => {
    expectCode(() => structuralBalance([{ ...line(2025, "6.1", 1, 1, "structureel"), expenses: 0.5 as Cents }]), "invalid_amount");
    expectCode(() => structuralBalance([{ ...line(2025, "6.1", 1, 1, "structureel"), nature: "x" as never }]), "invalid_option");
    expectCode(() => structuralBalance([], { reserveMutations: "x" as never }), "invalid_option");
    expectCode(() => structuralBalance([], { years: [2025.5] }), "invalid_period");
    expectCode(() => structuralBalance("x" as never), "invalid_option");
    expectCode(() => structuralBalance([line(2025, "6.1", 0, 0, "structureel"), { ...line(2025, "6.1", 0, 0, "structureel"), revenue: Number.MAX_SAFE_INTEGER as Cents }, { ...line(2025, "6.1", 0, 0, "structureel"), revenue: Number.MAX_SAFE_INTEGER as Cents }]), "amount_out_of_range");
  });
});

describe("supervisionRegime", () => {
  const balanceOf = (saldi: readonly number[]): StructuralBalance => structuralBalance(saldi.map((_, i) => line(2025 + i, "6.1", 0, 0, "structureel")).map((l, i) => ({ ...l, revenue: euro(saldi[i]!) })), { years: [2025, 2026, 2027, 2028] });
  const date = fc.integer({ min: 0, max: 60 }).map((d) => d);

  test.prop([fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 4, maxLength: 4 }), date, date, fc.boolean()])(
    "repressive exactly when balanced in t or t+3 (and reëel) and both documents were on time",
    (saldi, begrotingDay, jaarstukkenDay, realistic) => {
      const begrotingSubmittedOn = new Date(Date.UTC(2024, 9, 16 + begrotingDay)).toISOString().slice(0, 10); // 16 Oct .. 15 Dec 2024
      const jaarstukkenSubmittedOn = new Date(Date.UTC(2024, 5, 15 + jaarstukkenDay)).toISOString().slice(0, 10); // 15 Jun .. 14 Aug 2024
      const outcome = supervisionRegime({ budgetYear: 2025, balance: balanceOf(saldi), begrotingSubmittedOn, jaarstukkenSubmittedOn, realistic });
      const balanced = realistic && (saldi[0]! >= 0 || saldi[3]! >= 0);
      const onTime = begrotingSubmittedOn <= "2024-11-14" && jaarstukkenSubmittedOn <= "2024-07-14";
      expect(outcome.regime).toBe(balanced && onTime ? "repressive" : "preventive");
      expect(outcome.provisional).toBe(false);
      expect(outcome.balancedIn).toBe(!realistic ? null : saldi[0]! >= 0 ? 2025 : saldi[3]! >= 0 ? 2028 : null);
      for (const reason of [outcome.assessment, ...outcome.reasons]) {
        expect(ruleIds.has(reason.ruleId)).toBe(true);
        expect(reason.message.nl.length).toBeGreaterThan(10);
        expect(reason.message.en.length).toBeGreaterThan(10);
      }
      expect(outcome.reasons.map((r) => r.ruleId)).toEqual(["gtk2020.regime.balance", "gtk2020.regime.begrotingOnTime", "gtk2020.regime.jaarstukkenOnTime"]);
    },
  );

  it("names the failing reasons in the outcome, in Dutch and English", () => {
    const outcome = supervisionRegime({ budgetYear: 2025, balance: balanceOf([-1, -1, -1, -1]), begrotingSubmittedOn: "2024-11-01", jaarstukkenSubmittedOn: "2024-07-20" });
    expect(outcome.regime).toBe("preventive");
    expect(outcome.reasons.map((r) => r.status)).toEqual(["notMet", "met", "notMet"]);
    expect(outcome.assessment.message.nl).toContain("preventief");
    expect(outcome.assessment.message.nl).toContain("De jaarstukken 2023 is op 2024-07-20 ingezonden, na de termijn");
    expect(outcome.assessment.message.en).toContain("Not structurally balanced in 2025");
  });

  it("is provisional, not preventive, when a date is unknown; reads 'vóór' as asked; applies the two-weeks term", () => {
    const balance = balanceOf([0, 0, 0, 0]);
    const unknown = supervisionRegime({ budgetYear: 2025, balance });
    expect([unknown.regime, unknown.provisional]).toEqual(["repressive", true]);
    expect(unknown.reasons[1]?.status).toBe("unknown");
    expect(unknown.assessment.message.en).toContain("provisional");
    expect(supervisionRegime({ budgetYear: 2025, balance, begrotingSubmittedOn: "2024-11-15", jaarstukkenSubmittedOn: "2024-07-01" }).regime).toBe("preventive");
    expect(supervisionRegime({ budgetYear: 2025, balance, begrotingSubmittedOn: "2024-11-15", jaarstukkenSubmittedOn: "2024-07-01", beforeMeans: "onOrBefore" }).regime).toBe("repressive");
    expect(supervisionRegime({ budgetYear: 2025, balance, begrotingSubmittedOn: "2024-11-10", begrotingAdoptedOn: "2024-10-10", jaarstukkenSubmittedOn: "2024-07-01" }).regime).toBe("preventive");
    expect(supervisionRegime({ budgetYear: 2025, balance, realistic: false }).assessment.message.nl).toContain("niet volledig, realistisch en haalbaar");
  });

  it("rejects a balance without t or the last year", () => {
    expectCode(() => supervisionRegime({ budgetYear: 2025, balance: structuralBalance([], { years: [2025] }) }), "invalid_option");
    expectCode(() => supervisionRegime({ budgetYear: 2025, balance: balanceOf([0, 0, 0, 0]), lastForecastYear: 2024 }), "invalid_option");
    expectCode(() => supervisionRegime({ budgetYear: 2025, balance: balanceOf([0, 0, 0, 0]), begrotingSubmittedOn: "2024-13-01" }), "invalid_date");
    expectCode(() => supervisionRegime({ budgetYear: 2025, balance: null as never }), "invalid_option");
  });
});
