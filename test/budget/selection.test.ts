// Issue 19: programmeShare added every year and every phase by default, and the budget functions named their
// selection options differently (programmeShare and crossTable `year`, rollup `years`), so that an option meant for
// one function was silently ignored by another. One vocabulary now: year | years, phase | phases.
import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { euro } from "opkoers/money";
import { crossTable, programmeShare, rollup, type BudgetDocument } from "opkoers/budget";
import { ALMERE_TOTALS_2019, duurzaamLeefbaarBereikbaar2019 } from "../../examples/almere-2019-programme-share.js";
import { documentArb, line } from "./arbitraries.js";

const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
};

// Almere's begroting 2019 programme "Duurzaam, leefbaar en bereikbaar" (published: lasten 131.139 = 14,5 %,
// baten 89.871 = 9,9 %), with — for illustration — a meerjarenraming year 2020 and a realisatie 2019 beside it, as a
// whole begroting document has them. Only the begroting 2019 primitief is the figure printed beside the programme.
const almere: BudgetDocument = {
  ...duurzaamLeefbaarBereikbaar2019,
  phases: [...duurzaamLeefbaarBereikbaar2019.phases, { id: "realisatie", kind: "actual" }],
  lines: [
    ...duurzaamLeefbaarBereikbaar2019.lines,
    { ...duurzaamLeefbaarBereikbaar2019.lines[0]!, year: 2020, expenses: euro(128_000_000), revenue: euro(88_000_000) },
    { ...duurzaamLeefbaarBereikbaar2019.lines[0]!, phase: "realisatie", expenses: euro(140_000_000), revenue: euro(95_000_000) },
  ],
};
const pct = (p: { defined: boolean; value?: number }): number | null => (p.defined ? (p.value ?? null) : null);

describe("programmeShare: one year and one kind of figures by default (issue 19)", () => {
  it("Almere 2019: without options the share is that of the begroting 2019 primitief (14,5 % / 9,9 %), not of every year and phase", () => {
    const share = programmeShare(almere, "duurzaam-leefbaar-bereikbaar", { totals: ALMERE_TOTALS_2019 });
    expect([share.years, share.phases]).toEqual([[2019], ["primitief"]]);
    expect([share.expenses, share.revenue]).toEqual([euro(131_138_933), euro(89_870_682)]);
    expect([pct(share.expensesShare), pct(share.revenueShare)]).toEqual([14.5, 9.9]);
  });

  it("a document's default is its budgetYear and its original phases; the share of the totals of that selection", () => {
    const doc: BudgetDocument = {
      budgetYear: 2024,
      programmes: [{ code: "zorg", name: "Zorg" }, { code: "wonen", name: "Wonen" }],
      taakvelden: ["6.1", "8.3"],
      phases: [{ id: "primitief", kind: "original" }, { id: "realisatie", kind: "actual" }],
      // begroting 2024: zorg 334 of 1.000 = 33,4 %; with 2025 and the realisatie added it would be 1.044 of 2.760 = 37,8 %.
      lines: [
        line("zorg", "6.1", 334),
        line("wonen", "8.3", 666),
        line("zorg", "6.1", 400, 0, { year: 2025 }),
        line("wonen", "8.3", 600, 0, { year: 2025 }),
        line("zorg", "6.1", 310, 0, { phase: "realisatie" }),
        line("wonen", "8.3", 450, 0, { phase: "realisatie" }),
      ],
      amendments: [],
    };
    const share = programmeShare(doc, "zorg");
    expect([share.years, share.phases, share.expenses, share.totalExpenses, pct(share.expensesShare)]).toEqual([[2024], ["primitief"], euro(334), euro(1000), 33.4]);
    // every year and phase only when asked for
    expect(pct(programmeShare(doc, "zorg", { years: [2024, 2025], phases: ["primitief", "realisatie"] }).expensesShare)).toBe(37.8);
    // a document without an original phase must be told which phase
    expect(codeOf(() => programmeShare({ ...doc, phases: doc.phases.filter((p) => p.kind !== "original") }, "zorg"))).toBe("invalid_option");
    expect(programmeShare({ ...doc, phases: doc.phases.filter((p) => p.kind !== "original") }, "zorg", { phase: "realisatie" }).expenses).toBe(euro(310));
  });

  it("plain lines of several years or phases need a year or phase; lines of one year and phase need none", () => {
    const lines = [line("zorg", "6.1", 334), line("wonen", "8.3", 666), line("zorg", "6.1", 400, 0, { year: 2025 })];
    expect(codeOf(() => programmeShare(lines, "zorg"))).toBe("invalid_option");
    expect(programmeShare(lines, "zorg", { year: 2024 }).expenses).toBe(euro(334));
    const phases = [line("zorg", "6.1", 334), line("zorg", "6.1", 300, 0, { phase: "realisatie" })];
    expect(codeOf(() => programmeShare(phases, "zorg"))).toBe("invalid_option");
    expect(programmeShare(phases, "zorg", { phase: "realisatie" }).expenses).toBe(euro(300));
    expect(programmeShare(lines.slice(0, 2), "zorg")).toMatchObject({ years: [2024], phases: ["primitief"], expenses: euro(334) });
    expect(programmeShare([], "zorg")).toMatchObject({ years: [], phases: [], expenses: 0 });
    expect(codeOf(() => programmeShare([{ ...line("zorg", "6.1", 1), year: "2024" as never }], "zorg"))).toBe("invalid_option");
    expect(codeOf(() => programmeShare([null as never], "zorg"))).toBe("invalid_option");
    expect(codeOf(() => programmeShare(lines, 7 as never, { year: 2024 }))).toBe("invalid_option");
  });
});

describe("one option vocabulary: year | years, phase | phases (issue 19)", () => {
  const lines = [line("zorg", "6.1", 1), line("zorg", "6.1", 10, 0, { year: 2025 }), line("wonen", "8.3", 100, 0, { phase: "realisatie" })];

  it("rollup takes year and phase as well as years and phases (on main `year` was ignored and every year added)", () => {
    expect(rollup(lines, { by: [], year: 2024 }).total.expenses).toBe(euro(101));
    expect(rollup(lines, { by: [], year: 2024, phase: "primitief" }).total.expenses).toBe(euro(1));
    expect(rollup(lines, { by: [], phase: "realisatie" })).toEqual(rollup(lines, { by: [], phases: ["realisatie"] }));
  });

  it("crossTable and programmeShare take years and phase as well as year and phases (on main `years` was ignored)", () => {
    expect(crossTable(lines, { years: [2025] }).total.expenses).toBe(euro(10));
    expect(crossTable(lines, { phase: "realisatie" }).total.expenses).toBe(euro(100));
    expect(programmeShare(lines, "zorg", { years: [2025], phase: "primitief" }).expenses).toBe(euro(10));
  });

  it("an unknown option name, both forms at once, or a malformed year or phase is invalid_option in every function", () => {
    const calls: readonly (() => unknown)[] = [
      () => rollup(lines, { by: [], jaar: 2024 } as never),
      () => rollup(lines, { by: [], year: 2024, years: [2024] }),
      () => rollup(lines, { by: [], phase: "primitief", phases: ["primitief"] }),
      () => rollup(lines, { by: [], years: ["2024"] } as never),
      () => rollup(lines, { by: [], year: 2024.5 }),
      () => rollup(lines, { by: [], phase: 1 } as never),
      () => rollup(lines, { by: [], phases: [null] } as never),
      () => crossTable(lines, { jaren: [2024] } as never),
      () => crossTable(lines, { year: 2024, years: [2024] }),
      () => programmeShare(lines, "zorg", { yaer: 2024 } as never),
      () => programmeShare(lines, "zorg", { year: 2024, years: [2024] }),
      () => programmeShare(lines, "zorg", { year: 2024, phase: "primitief", totals: 5 } as never),
    ];
    expect(calls.map(codeOf)).toEqual(calls.map(() => "invalid_option"));
    expect(() => rollup(lines, { by: [], jaar: 2024 } as never)).toThrowError(/rollup has no option "jaar" \(use year or years\)/);
  });

  test.prop([documentArb, fc.constantFrom(2024, 2025, 2026, 2027), fc.constantFrom("primitief", "realisatie")])(
    "the singular is the one-element plural, in rollup, crossTable and programmeShare; programmeShare's default is the explicit budgetYear + original phases",
    (doc, year, phase) => {
      expect(rollup(doc, { by: ["programme"], year, phase })).toEqual(rollup(doc, { by: ["programme"], years: [year], phases: [phase] }));
      expect(crossTable(doc, { year, phase })).toEqual(crossTable(doc, { years: [year], phases: [phase] }));
      expect(programmeShare(doc, "zorg", { year, phase })).toEqual(programmeShare(doc, "zorg", { years: [year], phases: [phase] }));
      const originals = doc.phases.filter((p) => p.kind === "original").map((p) => p.id);
      expect(programmeShare(doc, "zorg")).toEqual(programmeShare(doc, "zorg", { year: doc.budgetYear, phases: originals }));
    },
  );
});
