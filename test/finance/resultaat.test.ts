// Issue 18 §4: the resultaat on 0.11 is no last or baat; reserve mutations are incidental unless from a
// reserve that covers capital charges (GTK 2020 §7.2–7.3).
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { euro, type Cents } from "opkoers/money";
import { amendedPhaseIds, lineClassifier, overviewOfBatenLasten, ReserveSchema, type BudgetDocument, type BudgetLine } from "opkoers/budget";
import { budgetDeviations, budgetLegality, DEVIATION_POLICIES, structuralBalance, supervisionRegime, type BalanceYear } from "opkoers/finance";
import { budgetLines, cents, expectCode } from "./_support.js";

type Nature = "structureel" | "incidenteel";
const line = (year: number, taakveld: string, expenses: number, revenue: number, nature: Nature = "structureel", extra: Partial<BudgetLine> = {}): BudgetLine => ({
  programme: "p",
  taakveld,
  year,
  phase: "primitief",
  expenses: euro(expenses),
  revenue: euro(revenue),
  nature,
  ...extra,
});

/** A begroting as read from an Iv3 delivery: the deficit is booked on 0.11 (as baten), so the saldo is 0. */
const iv3Year = (year: number, deficit: number, nature: Nature = "structureel"): BudgetLine[] => [
  line(year, "0.7", 0, 1_000_000),
  line(year, "6.1", 1_000_000 + deficit, 0),
  line(year, "0.11", 0, deficit, nature),
];

describe("the resultaat on 0.11 is left out", () => {
  it("a structural deficit of € 100.000 balanced on 0.11 is not balanced (structuralBalance)", () => {
    const y = structuralBalance(iv3Year(2025, 100_000)).years[0]!;
    const expected: BalanceYear = {
      year: 2025,
      structural: { expenses: euro(1_100_000), revenue: euro(1_000_000), balance: euro(-100_000) },
      incidental: { expenses: 0 as Cents, revenue: 0 as Cents, balance: 0 as Cents },
      structuralReserves: { additions: 0 as Cents, withdrawals: 0 as Cents, balance: 0 as Cents },
      incidentalReserves: { additions: 0 as Cents, withdrawals: 0 as Cents, balance: 0 as Cents },
      structuralBalance: euro(-100_000),
      incidentalBalance: 0 as Cents,
      totalBalance: euro(-100_000),
      corrections: 0 as Cents,
      judgedBalance: euro(-100_000),
      determined: true,
      balanced: false,
      issues: [],
      assessment: {
        status: "notBalanced",
        ruleId: "gtk2020.structuralBalance",
        subject: "2025",
        inputs: { year: 2025, structuralRevenue: euro(1_000_000), structuralExpenses: euro(1_100_000), structuralReserveBalance: 0, corrections: 0, structuralMarksOnOtherReserves: [] },
        thresholds: { minimumStructuralBalance: 0, reserveMutations: "gtk2020", reserveTaakveld: "0.10" },
        message: {
          nl: "2025: structurele baten € 1.000.000,00 en structurele lasten € 1.100.000,00 (reservemutaties € 0,00): structureel saldo € -100.000,00 — niet structureel in evenwicht.",
          en: "2025: structural revenue € 1,000,000.00 and structural expenses € 1,100,000.00 (reserve mutations € 0.00): structural balance € -100,000.00 — not structurally balanced.",
        },
        severity: "error",
      },
    };
    expect(y).toEqual(expected);
    // also when the balancing line is marked incidenteel
    expect(structuralBalance(iv3Year(2025, 100_000, "incidenteel")).years[0]).toEqual(expected);
  });

  it("the regime is preventive, not repressive, when every year's deficit is booked on 0.11 (supervisionRegime)", () => {
    const balance = structuralBalance([2025, 2026, 2027, 2028].flatMap((year) => iv3Year(year, 100_000)), { years: [2025, 2026, 2027, 2028] });
    const outcome = supervisionRegime({ budgetYear: 2025, balance, begrotingSubmittedOn: "2024-11-01", jaarstukkenSubmittedOn: "2024-07-01" });
    expect([outcome.regime, outcome.balancedIn, outcome.provisional]).toEqual(["preventive", null, false]);
    expect(outcome.reasons.map((r) => r.status)).toEqual(["notMet", "met", "met"]);
    expect(outcome.reasons[0]?.message.nl).toBe("Niet structureel in evenwicht in 2025 (saldo € -100.000,00) en ook niet in de laatste jaarschijf 2028 (saldo € -100.000,00).");
  });

  const accounts = (surplus: number): BudgetLine[] => [
    // begroting na wijziging: saldo 0 without a resultaat
    { ...line(2024, "6.1", 500_000, 0), programme: "zorg", phase: "nw" },
    { ...line(2024, "0.7", 0, 500_000), programme: "financien", phase: "nw" },
    // jaarrekening that underspent: the surplus is booked on 0.11 as lasten
    { ...line(2024, "6.1", 500_000 - surplus, 0), programme: "zorg", phase: "real" },
    { ...line(2024, "0.7", 0, 500_000), programme: "financien", phase: "real" },
    { ...line(2024, "0.11", surplus, 0), programme: "financien", phase: "real" },
  ];
  const selection = { year: 2024, amendedPhases: ["nw"], actualPhases: ["real"] } as const;

  it("an underspent jaarrekening shows no overrun (budgetLegality)", () => {
    const result = budgetLegality(accounts(80_000), selection);
    expect(result.overruns).toEqual([]);
    expect([result.counting, result.notCounting, result.unclassified, result.base, result.threshold]).toEqual([0, 0, 0, euro(420_000), euro(4_200)]);
    expect(result.assessment.status).toBe("withinThreshold");
  });

  it("an underspent jaarrekening shows no deviation on the resultaat (budgetDeviations)", () => {
    const rows = budgetDeviations(accounts(80_000), { ...selection, policy: DEVIATION_POLICIES.nuenen2019 });
    expect(rows.map((r) => [r.subject, r.expenses.deviation, r.revenue.deviation, r.balance, r.expenses.assessment.status])).toEqual([
      ["financien", 0, 0, 0, "withinThreshold"],
      ["zorg", euro(-80_000), 0, euro(80_000), "needsExplanation"],
    ]);
    expect(budgetDeviations(accounts(80_000), { ...selection, policy: DEVIATION_POLICIES.nuenen2019, by: ["taakveld"] }).map((r) => r.subject)).toEqual(["0.7", "6.1"]);
  });

  const withResult = fc.array(fc.record({ year: fc.constantFrom(2025, 2026), phase: fc.constantFrom("primitief", "realisatie"), expenses: cents(10 ** 9), revenue: cents(10 ** 9), nature: fc.constantFrom("structureel" as const, "incidenteel" as const) }), { maxLength: 5 });

  test.prop([budgetLines([2025, 2026]), withResult])("lines on 0.11 never change any rule's outcome", (lines, results) => {
    const extra = results.map((r): BudgetLine => ({ ...r, programme: "algemeen", taakveld: "0.11" }));
    const both = [...lines, ...extra];
    expect(structuralBalance(both, { years: [2025, 2026] })).toEqual(structuralBalance(lines, { years: [2025, 2026] }));
    const sel = { year: 2025, amendedPhases: ["primitief"], actualPhases: ["realisatie"] };
    expect(budgetDeviations(both, { ...sel, policy: DEVIATION_POLICIES.nieuwkoop2017 })).toEqual(budgetDeviations(lines, { ...sel, policy: DEVIATION_POLICIES.nieuwkoop2017 }));
    expect(budgetLegality(both, sel)).toEqual(budgetLegality(lines, sel));
  });

  test.prop([budgetLines([2025]), withResult])("the resultaat of structuralBalance is the overview's resultaat (one classification)", (lines, results) => {
    const doc: BudgetDocument = {
      budgetYear: 2025,
      programmes: [{ code: "zorg", name: "Zorg" }, { code: "wonen", name: "Wonen" }, { code: "algemeen", name: "Algemeen" }],
      taakvelden: [],
      phases: [{ id: "primitief", kind: "original" }, { id: "realisatie", kind: "actual" }],
      lines: [...lines, ...results.map((r): BudgetLine => ({ ...r, year: 2025, programme: "algemeen", taakveld: "0.11" }))],
      amendments: [],
    };
    const overview = overviewOfBatenLasten(doc, { columns: [{ id: "x", label: { nl: "x", en: "x" }, phases: amendedPhaseIds(doc) }] });
    const year = structuralBalance(doc, { years: [2025] }).years[0]!;
    expect(year.totalBalance).toBe(overview.result["x"]);
    const partOf = lineClassifier();
    expect(year.totalBalance).toBe(doc.lines.filter((l) => l.phase === "primitief" && partOf(l) !== "result").reduce((s, l) => s + l.revenue - l.expenses, 0));
  });
});

describe("reserve mutations (GTK 2020 §7.2–7.3)", () => {
  const deficit = (reserve?: string, nature: Nature = "structureel"): BudgetLine[] => [line(2025, "6.1", 1_100, 1_000), line(2025, "0.10", 0, 100, nature, reserve === undefined ? {} : { reserve })];
  const dk = { code: "DK", name: "Dekkingsreserve kapitaallasten", kind: "earmarked" as const, coversCapitalCharges: true };

  it("a structural mark on the algemene reserve does not close a structural deficit, and is reported", () => {
    const y = structuralBalance(deficit("AR")).years[0]!;
    expect([y.structuralBalance, y.incidentalBalance, y.totalBalance, y.balanced]).toEqual([euro(-100), euro(100), 0, false]);
    expect(y.structuralReserves).toEqual({ additions: 0, withdrawals: 0, balance: 0 });
    expect(y.incidentalReserves).toEqual({ additions: 0, withdrawals: euro(100), balance: euro(100) });
    expect(y.issues).toEqual([
      {
        path: [2025, "AR"],
        code: "structural_reserve_mutation",
        message:
          '2025: reserve mutations of € 100.00 on reserve "AR" are marked structureel, but only withdrawals from a reserve that covers capital charges for the whole afschrijvingstermijn count as structural (GTK 2020 §7.2–7.3; declare it with coversCapitalCharges: true); counted as incidental.',
      },
    ]);
    expect(y.assessment.inputs["structuralMarksOnOtherReserves"]).toEqual(["AR"]);
    expect(y.assessment.message).toEqual({
      nl: "2025: structurele baten € 1.000,00 en structurele lasten € 1.100,00 (reservemutaties € 0,00): structureel saldo € -100,00 — niet structureel in evenwicht. Structureel gemarkeerde reservemutaties op reserve AR tellen als incidenteel: alleen een reserve die kapitaallasten dekt telt structureel (GTK 2020).",
      en: "2025: structural revenue € 1,000.00 and structural expenses € 1,100.00 (reserve mutations € 0.00): structural balance € -100.00 — not structurally balanced. Reserve mutations marked structural on reserve AR count as incidental: only a reserve that covers capital charges counts as structural (GTK 2020).",
    });
    expect(y.assessment.severity).toBe("error");
  });

  it("counts a structural withdrawal from a reserve that covers capital charges, declared in the document or the options", () => {
    const viaOption = structuralBalance(deficit("DK"), { reserves: [dk] }).years[0]!;
    expect([viaOption.structuralBalance, viaOption.balanced, viaOption.issues]).toEqual([0, true, []]);
    expect(viaOption.structuralReserves).toEqual({ additions: 0, withdrawals: euro(100), balance: euro(100) });
    const doc: BudgetDocument = {
      budgetYear: 2025,
      programmes: [{ code: "p", name: "P" }],
      taakvelden: [],
      reserves: [{ code: "AR", name: "Algemene reserve", kind: "general" }, dk],
      phases: [{ id: "primitief", kind: "original" }],
      lines: deficit("DK"),
      amendments: [],
    };
    expect(structuralBalance(doc, { years: [2025] }).years[0]?.structuralBalance).toBe(0);
    // the option replaces the document's declaration
    expect(structuralBalance(doc, { years: [2025], reserves: [] }).years[0]?.structuralBalance).toBe(euro(-100));
    // marked incidenteel: incidental, and no issue
    const incidental = structuralBalance(deficit("DK", "incidenteel"), { reserves: [dk] }).years[0]!;
    expect([incidental.structuralBalance, incidental.issues]).toEqual([euro(-100), []]);
    // "incidental" counts none
    expect(structuralBalance(deficit("DK"), { reserves: [dk], reserveMutations: "incidental" }).years[0]?.structuralBalance).toBe(euro(-100));
    // a declaration with coversCapitalCharges: false
    expect(structuralBalance(deficit("DK"), { reserves: [{ ...dk, coversCapitalCharges: false }] }).years[0]?.issues.map((i) => i.path)).toEqual([[2025, "DK"]]);
  });

  it('"asMarked" keeps the old reading and still reports the mark; an unnamed reserve is "-"', () => {
    const y = structuralBalance(deficit(undefined), { reserveMutations: "asMarked" }).years[0]!;
    expect([y.structuralBalance, y.balanced]).toEqual([0, true]);
    expect(y.issues.map((i) => [i.path, i.message.endsWith('counted as structural because reserveMutations is "asMarked".')])).toEqual([[[2025, "-"], true]]);
    expect(y.issues[0]?.message).toContain("on no named reserve");
    expect(y.assessment.severity).toBe("warning");
    expect(y.assessment.message.nl).toContain("Structureel gemarkeerde reservemutaties op een niet genoemde reserve zijn als structureel meegeteld, maar dekken geen kapitaallasten (GTK 2020).");
    expect(y.assessment.message.en).toContain("Reserve mutations marked structural on an unnamed reserve were counted as structural, but do not cover capital charges (GTK 2020).");
    expect(structuralBalance(deficit(undefined), { reserveMutations: "incidental" }).reserveMutations).toBe("incidental");
    expect(structuralBalance(deficit(undefined)).reserveMutations).toBe("gtk2020");
  });

  it("adds the marks of one reserve and sorts the issues by reserve", () => {
    const lines = [line(2025, "0.10", 0, 30, "structureel", { reserve: "B" }), line(2025, "0.10", 10, 0, "structureel", { reserve: "A" }), line(2025, "0.10", 0, 5, "structureel", { reserve: "B" })];
    expect(structuralBalance(lines).years[0]?.issues.map((i) => [i.path, i.message.slice(0, 40)])).toEqual([
      [[2025, "A"], "2025: reserve mutations of € -10.00 on r"],
      [[2025, "B"], "2025: reserve mutations of € 35.00 on re"],
    ]);
  });

  test.prop([budgetLines(), fc.constantFrom("gtk2020" as const, "asMarked" as const, "incidental" as const)])("without a capital-charges reserve only asMarked counts reserve mutations as structural", (lines, reserveMutations) => {
    const result = structuralBalance(lines, { reserveMutations, years: [2025, 2026, 2027, 2028] });
    for (const y of result.years) {
      const reserveLines = lines.filter((l) => l.year === y.year && l.taakveld === "0.10" && l.nature === "structureel");
      const marked = reserveLines.reduce((s, l) => s + l.revenue - l.expenses, 0);
      expect(y.structuralReserves.balance).toBe(reserveMutations === "asMarked" ? marked : 0);
      expect(y.issues.length).toBe(reserveLines.length === 0 ? 0 : 1);
    }
  });

  it("rejects malformed reserves with a code, and the schema knows coversCapitalCharges", () => {
    expectCode(() => structuralBalance([], { reserves: "x" as never }), "invalid_option");
    expectCode(() => structuralBalance([], { reserves: [null] as never }), "invalid_option");
    expectCode(() => structuralBalance([], { reserves: [{ ...dk, coversCapitalCharges: "yes" }] as never }), "invalid_option");
    expectCode(() => structuralBalance([], { corrections: "x" as never }), "invalid_option");
    expectCode(() => structuralBalance([], { classification: "x" as never }), "invalid_option");
    expectCode(() => structuralBalance([{ ...line(2025, "6.1", 0, 0), taakveld: 7 as never }]), "invalid_option");
    expect(ReserveSchema.safeParse(dk).success).toBe(true);
    expect(ReserveSchema.safeParse({ ...dk, coversCapitalCharges: "yes" }).success).toBe(false);
  });
});

describe("lineClassifier", () => {
  it("classifies every part and rejects malformed classifications", () => {
    const partOf = lineClassifier({ onvoorzien: { taakveld: "0.8", programme: "fin", costCentre: "onv" } });
    const parts = [["6.1", "fin", undefined], ["0.4", "zorg", undefined], ["0.5", "zorg", undefined], ["0.9", "fin", undefined], ["0.10", "zorg", undefined], ["0.11", "fin", undefined], ["0.8", "fin", "onv"], ["0.8", "zorg", "onv"], ["0.8", "fin", null]].map(
      ([taakveld, programme, costCentre]) => partOf({ taakveld: taakveld as string, programme: programme as string, costCentre }),
    );
    expect(parts).toEqual(["programme", "overhead", "generalCover", "vpb", "reserves", "result", "onvoorzien", "generalCover", "generalCover"]);
    expect(lineClassifier({ onvoorzien: { taakveld: "0.8" } })({ programme: "x", taakveld: "0.8", costCentre: "y" })).toBe("onvoorzien");
    expect(lineClassifier({ classification: [] })({ programme: "x", taakveld: "0.11" })).toBe("programme");
    expectCode(() => lineClassifier(null as never), "invalid_option");
    expectCode(() => lineClassifier({ classification: {} as never }), "invalid_option");
    expectCode(() => lineClassifier({ classification: [null] as never }), "invalid_option");
    expectCode(() => lineClassifier({ classification: [{ taakveld: "0.4", part: "x" }] as never }), "invalid_option");
    expectCode(() => lineClassifier({ classification: [{ taakveld: "0.4", part: "overhead", label: { nl: "", en: "" } }, { taakveld: "0.4", part: "vpb", label: { nl: "", en: "" } }] }), "invalid_option");
    expectCode(() => lineClassifier({ onvoorzien: { taakveld: 1 } as never }), "invalid_option");
    expectCode(() => lineClassifier({ onvoorzien: { taakveld: "0.8", costCentre: 1 } as never }), "invalid_option");
    expectCode(() => lineClassifier({ onvoorzien: null as never }), "invalid_option");
    expectCode(() => lineClassifier()(null as never), "invalid_option");
    expectCode(() => lineClassifier()({ programme: "p" } as never), "invalid_option");
  });
});
