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
      expect(y.determined).toBe(lines.some((l) => l.year === y.year));
      expect(y.balanced).toBe(y.determined && y.judgedBalance >= 0);
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

describe("a year without lines is not determined (issue 19)", () => {
  it("structuralBalance: a year without any line is undetermined, never structureel in evenwicht", () => {
    const result = structuralBalance([line(2025, "6.1", 100, 150, "structureel")], { years: [2025, 2026] });
    const empty = result.years[1]!;
    expect([empty.year, empty.determined, empty.balanced, empty.assessment.status, empty.assessment.severity]).toEqual([2026, false, false, "undetermined", "warning"]);
    expect(empty.assessment.message).toEqual({
      nl: "2026: geen begrotingsregels voor dit jaar — structureel evenwicht niet bepaald.",
      en: "2026: no budget lines for this year — structural balance not determined.",
    });
    expect(empty.assessment.message.nl).not.toContain("in evenwicht —");
    expect([result.years[0]!.determined, result.years[0]!.balanced, result.years[0]!.assessment.status]).toEqual([true, true, "balanced"]);
    // the default years of a document (t..t+3) with lines for t only; a positive correction does not determine a year either
    const doc: BudgetDocument = {
      budgetYear: 2025,
      programmes: [{ code: "p", name: "P" }],
      taakvelden: ["6.1"],
      phases: [{ id: "primitief", kind: "original" }],
      lines: [line(2025, "6.1", 100, 150, "structureel")],
      amendments: [],
    };
    const byDoc = structuralBalance(doc, { corrections: [{ year: 2027, amount: euro(10), description: "x" }] });
    expect(byDoc.years.map((y) => [y.year, y.determined, y.balanced, y.assessment.status])).toEqual([
      [2025, true, true, "balanced"],
      [2026, false, false, "undetermined"],
      [2027, false, false, "undetermined"],
      [2028, false, false, "undetermined"],
    ]);
  });

  it("structuralBalance: only the resultaat on 0.11 is not a line that determines a year; a line of zeros or a reserve mutation is", () => {
    const result = structuralBalance([line(2025, "0.11", 0, 100, "structureel"), line(2026, "6.1", 0, 0, "structureel"), line(2027, "0.10", 0, 5, "incidenteel")], { years: [2025, 2026, 2027] });
    expect(result.years.map((y) => [y.year, y.determined, y.assessment.status])).toEqual([
      [2025, false, "undetermined"],
      [2026, true, "balanced"],
      [2027, true, "balanced"],
    ]);
  });

  it("supervisionRegime: an undetermined begrotingsjaar or last jaarschijf never makes the regime repressive, and the reason says why", () => {
    const onTime = { begrotingSubmittedOn: "2024-11-01", jaarstukkenSubmittedOn: "2024-07-01" } as const;
    const years = { years: [2025, 2026, 2027, 2028] };
    // nothing at all
    const none = supervisionRegime({ budgetYear: 2025, balance: structuralBalance([], years), ...onTime });
    expect([none.regime, none.balancedIn, none.provisional, none.reasons[0]?.status]).toEqual(["preventive", null, false, "notMet"]);
    expect(none.reasons[0]?.message.nl).toBe(
      "Structureel evenwicht niet bepaald: de begroting heeft geen regels voor 2025 en 2028; zonder cijfers voor het begrotingsjaar 2025 is niet aangetoond dat de begroting in 2025 of uiterlijk in 2028 in evenwicht is. Aan de voorwaarde is daarom niet voldaan.",
    );
    expect(none.reasons[0]?.message.en).toBe(
      "Structural balance not determined: the budget has no lines for 2025 and 2028; without figures for the budget year 2025 it is not shown that the budget is balanced in 2025 or at the latest in 2028. The condition is therefore not met.",
    );
    expect(none.reasons[0]?.inputs).toMatchObject({ undeterminedYears: [2025, 2028] });
    expect(none.assessment.message.en).toContain("Reason: Structural balance not determined");
    // t without lines, the last jaarschijf balanced: still not met (the begroting t has no figures)
    const noT = supervisionRegime({ budgetYear: 2025, balance: structuralBalance([line(2028, "6.1", 0, 10, "structureel")], years), ...onTime });
    expect([noT.regime, noT.balancedIn, noT.reasons[0]?.inputs["undeterminedYears"]]).toEqual(["preventive", null, [2025]]);
    // t not balanced, the last jaarschijf without lines: not met, and said so
    const noLast = supervisionRegime({ budgetYear: 2025, balance: structuralBalance([line(2025, "6.1", 10, 0, "structureel")], years), ...onTime });
    expect([noLast.regime, noLast.balancedIn]).toEqual(["preventive", null]);
    expect(noLast.reasons[0]?.message.nl).toBe("Structureel evenwicht niet bepaald: de begroting heeft geen regels voor 2028 en is in 2025 niet in evenwicht (saldo € -10,00). Aan de voorwaarde is daarom niet voldaan.");
    // t balanced: the regime does not depend on an empty last jaarschijf
    const tBalanced = supervisionRegime({ budgetYear: 2025, balance: structuralBalance([line(2025, "6.1", 0, 10, "structureel")], years), ...onTime });
    expect([tBalanced.regime, tBalanced.balancedIn]).toEqual(["repressive", 2025]);
    // without submission dates it is preventive, not "provisionally repressive"
    expect(supervisionRegime({ budgetYear: 2025, balance: structuralBalance([], years) }).regime).toBe("preventive");
  });

  it("supervisionRegime refuses a balance year without the determined flag", () => {
    const year = structuralBalance([line(2025, "6.1", 0, 10, "structureel")], { years: [2025] }).years[0]!;
    const { determined: _omit, ...old } = year;
    expectCode(() => supervisionRegime({ budgetYear: 2025, lastForecastYear: 2025, balance: { years: [old], reserveTaakveld: "0.10", reserveMutations: "gtk2020" } as never }), "invalid_option");
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
    expect(outcome.assessment.message.nl).toContain("De jaarstukken 2023 zijn op 20 juli 2024 ingezonden, na de termijn (uiterlijk 14 juli 2024).");
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
