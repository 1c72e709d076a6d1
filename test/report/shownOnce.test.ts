// Issue 19: no statement shown twice. A report of one programme showed its deviations twice (in the programme's
// section and again in the summary below the overzicht, with the same table and the same sentence); each deviation
// that needs an explanation is now said once, in its programme's section, and the summary table is shown only when
// it adds something: two or more programme sections, or a programme of the budget without a section.
import { describe, expect, it } from "vitest";
import type { BudgetDocument } from "opkoers/budget";
import type { PlanningDocument } from "opkoers/policy";
import { buildReport, renderReport } from "opkoers/report";

const empty = { portfolioHolders: [], taakvelden: [], partners: [], goals: [], indicators: [], activities: [] };
const planning = (codes: readonly string[]): PlanningDocument =>
  ({
    type: "jaarverslag",
    municipality: { code: "GM0034", name: "Almere" },
    year: 2024,
    programmes: codes.map((code) => ({ code, name: code === "zorg" ? "Zorg en welzijn" : "Wonen", ...empty })),
  }) as unknown as PlanningDocument;

const line = (phase: string, programme: string, taakveld: string, expenses: number, revenue: number) =>
  ({ programme, taakveld, year: 2024, phase, expenses: expenses * 100_000, revenue: revenue * 100_000, nature: "structureel" });

/** Zorg overspends by 20 % and Wonen receives 30 % more: both need an explanation under every policy. */
function budget(codes: readonly string[]): BudgetDocument {
  const lines = (phase: string, actual: boolean) => [
    ...(codes.includes("zorg") ? [line(phase, "zorg", "6.1", actual ? 6_000 : 5_000, 1_000)] : []),
    ...(codes.includes("wonen") ? [line(phase, "wonen", "8.3", 2_000, actual ? 650 : 500)] : []),
    line(phase, "algemeen", "0.7", 0, 7_000),
  ];
  return {
    municipality: "Almere",
    budgetYear: 2024,
    programmes: [
      ...(codes.includes("zorg") ? [{ code: "zorg", name: "Zorg en welzijn" }] : []),
      ...(codes.includes("wonen") ? [{ code: "wonen", name: "Wonen" }] : []),
      { code: "algemeen", name: "Algemene dekkingsmiddelen" },
    ],
    taakvelden: ["0.7", "6.1", "8.3"],
    reserves: [],
    phases: [{ id: "begroting", kind: "original" }, { id: "realisatie", kind: "actual" }],
    lines: [...lines("begroting", false), ...lines("realisatie", true)],
    amendments: [],
  } as unknown as BudgetDocument;
}

const count = (text: string, part: string): number => text.split(part).length - 1;

describe.each(["nl", "en"] as const)("each deviation is said once (%s)", (lang) => {
  const heading = lang === "nl" ? "### Afwijkingen" : "### Deviations";
  const render = (sections: readonly string[], budgeted: readonly string[]): string =>
    renderReport([buildReport({ planning: planning(sections), budget: budget(budgeted) }, { asOf: "2025-03-01" })], { format: "markdown", lang });
  const zorgSentence = lang === "nl" ? "Zorg en welzijn, lasten:" : "Zorg en welzijn, expenses:";
  const wonenSentence = lang === "nl" ? "Wonen, baten:" : "Wonen, revenue:";

  it("a report of one programme shows its deviations table and its sentence once, in the programme's section", () => {
    const md = render(["zorg"], ["zorg"]);
    expect(count(md, heading)).toBe(1);
    expect(count(md, zorgSentence)).toBe(1);
    // In the programme's section: before the overzicht.
    expect(md.indexOf(zorgSentence)).toBeLessThan(md.indexOf(lang === "nl" ? "## Overzicht van baten en lasten" : "## Overview"));
  });

  it("a report of two programmes keeps the summary table and says each sentence once", () => {
    const md = render(["zorg", "wonen"], ["zorg", "wonen"]);
    expect(count(md, heading)).toBe(3);
    expect(count(md, zorgSentence)).toBe(1);
    expect(count(md, wonenSentence)).toBe(1);
  });

  it("a programme of the budget without a section is in the summary, with its sentence there only", () => {
    const md = render(["zorg"], ["zorg", "wonen"]);
    expect(count(md, heading)).toBe(2);
    expect(count(md, zorgSentence)).toBe(1);
    expect(count(md, wonenSentence)).toBe(1);
    expect(md.indexOf(wonenSentence)).toBeGreaterThan(md.indexOf(lang === "nl" ? "## Overzicht van baten en lasten" : "## Overview"));
  });
});
