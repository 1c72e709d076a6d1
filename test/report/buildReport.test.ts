import { describe, expect, it } from "vitest";
import type { BudgetDocument } from "opkoers/budget";
import type { PlanningDocument } from "opkoers/policy";
import { buildReport, renderReport, type ReportInput } from "opkoers/report";
import { ALMERE_GEZONDHEID_2024_BUDGET } from "../../src/cli/_internal/seedBudget.js";

const empty = { portfolioHolders: [], taakvelden: [], partners: [], goals: [], indicators: [], activities: [] };
const planning = (programmes: readonly unknown[] = [{ code: "zorg", name: "Zorg", ...empty }]): PlanningDocument =>
  ({ type: "begroting", municipality: { code: "GM0034", name: "Almere" }, year: 2024, programmes }) as unknown as PlanningDocument;

describe("buildReport: deadlines", () => {
  it("orders the deadlines of a whole year by due date, then id, whatever order the calendar gives them in", () => {
    // A year-wide window around 31 December takes deadlines of the begrotingsjaren 2024 and 2025: begroting.2025
    // (due November 2024) comes from pcDeadlines(2025), after the 2024 deadlines due in 2025.
    const report = buildReport({ planning: planning() }, { asOf: "2024-12-31", windowDays: 366 });
    const keys = report.deadlines.map((item) => [item.deadline.due, item.deadline.id] as const);
    expect(keys.length).toBeGreaterThan(5);
    const sorted = [...keys].sort((a, b) => (a[0] === b[0] ? (a[1] < b[1] ? -1 : 1) : a[0] < b[0] ? -1 : 1));
    expect(keys).toEqual(sorted);
    expect(new Set(keys.map(([, id]) => id)).size).toBe(keys.length);
    // Two deadlines on the same day are ordered by id.
    const ids = report.deadlines.map((item) => item.deadline.id);
    expect(ids.indexOf("begroting.2025")).toBeLessThan(ids.indexOf("iv3.begroting.2025"));
    expect(report.deadlines.find((item) => item.deadline.id === "begroting.2025")?.deadline.due).toBe(report.deadlines.find((item) => item.deadline.id === "iv3.begroting.2025")?.deadline.due);
    // Every deadline is within the window, and its state follows its days.
    for (const item of report.deadlines) {
      expect(Math.abs(item.days)).toBeLessThanOrEqual(366);
      expect(item.state).toBe(item.days < 0 ? "overdue" : "due");
    }
  });

  it("counts a submission made after the report date as not yet delivered", () => {
    const input: ReportInput = { planning: planning(), submissions: { "iv3.2024-Q2": "2024-08-20" } };
    const before = buildReport(input, { asOf: "2024-08-10", windowDays: 20 });
    expect(before.deadlines.map((d) => [d.deadline.id, d.state, d.deliveredOn])).toEqual([["iv3.2024-Q2", "overdue", undefined]]);
    const after = buildReport(input, { asOf: "2024-08-20", windowDays: 30 });
    expect(after.deadlines.find((d) => d.deadline.id === "iv3.2024-Q2")).toMatchObject({ state: "delivered", deliveredOn: "2024-08-20" });
  });

  it("takes the settings of the input when no options override them", () => {
    const report = buildReport({ planning: planning(), asOf: "2024-08-10", windowDays: 0, scale: "fourColour", deviationPolicy: "nuenen2019" });
    expect(report.asOf).toBe("2024-08-10");
    expect(report.windowDays).toBe(0);
    expect(report.scale.id).toBe("fourColour");
    expect(report.deadlines).toEqual([]);
    // Options win over the input.
    const overridden = buildReport({ planning: planning(), asOf: "2024-08-10", windowDays: 0, scale: "fourColour" }, { asOf: "2024-09-01", windowDays: 5, scale: "threeColour" });
    expect([overridden.asOf, overridden.windowDays, overridden.scale.id]).toEqual(["2024-09-01", 5, "threeColour"]);
  });

  it("refuses a window that is not a whole number of days", () => {
    for (const windowDays of [-1, 1.5, Number.NaN, 367]) {
      expect(() => buildReport({ planning: planning() }, { windowDays })).toThrow(expect.objectContaining({ code: "invalid_option", details: expect.objectContaining({ option: "windowDays" }) }));
    }
  });

  it("uses a scale the document defines itself", () => {
    const doc = { ...planning(), statusScales: [{ id: "eigen", name: { nl: "Eigen", en: "Own" }, source: "test", levels: [{ code: "goed", label: { nl: "goed", en: "good" }, description: { nl: "Goed.", en: "Good." }, statuses: ["onTrack"] }] }] } as PlanningDocument;
    expect(buildReport({ planning: doc }, { scale: "eigen" }).scale.id).toBe("eigen");
    expect(() => buildReport({ planning: planning() }, { scale: "eigen" })).toThrow(/threeColour, fourColour/);
  });
});

describe("buildReport: the budget", () => {
  const withActuals = (): BudgetDocument => {
    // Actual figures equal to the original budget: every deviation is zero, so none needs an explanation.
    const original = ALMERE_GEZONDHEID_2024_BUDGET.lines.filter((line) => line.phase === "primitief");
    return {
      ...ALMERE_GEZONDHEID_2024_BUDGET,
      phases: [{ id: "primitief", kind: "original" }, { id: "realisatie", kind: "actual" }],
      lines: [...original, ...original.filter((line) => line.year === 2024).map((line) => ({ ...line, phase: "realisatie" }))],
      amendments: [],
    };
  };
  const gezondheid = planning([{ code: "gezondheid", name: "Gezondheid", ...empty }, { code: "zonder", name: "Zonder geld", ...empty }]);

  it("compares with actuals equal to the budget: deviations within the threshold, no explanation asked", () => {
    const report = buildReport({ planning: gezondheid, budget: withActuals() }, { asOf: "2025-03-01" });
    expect(report.budget?.columns.map((c) => c.id)).toEqual(["original", "amended", "actual"]);
    expect(report.budget?.deviationPolicy?.id).toBe("nieuwkoop2017");
    const rows = report.budget?.deviations ?? [];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) for (const side of [row.expenses, row.revenue]) expect(side.assessment.status).toBe("withinThreshold");
    // The programme that is not in the budget keeps no figures; the one that is gets all three columns.
    expect(report.programmes[1]?.finances).toBeNull();
    const figures = report.programmes[0]?.finances;
    expect(figures?.source).toBe("budget");
    expect(Object.keys(figures?.values ?? {})).toEqual(["original", "amended", "actual"]);
    expect(figures?.values["actual"]).toEqual(figures?.values["original"]);
    expect(figures?.values["actual"]?.expenses).toBe(46_634_000_00);

    const text = renderReport([report], { lang: "en" });
    expect(text).toContain("Deviations:");
    expect(text).toContain("[within threshold");
    expect(text).not.toContain("needs explanation");
  });

  it("takes the supervision dates from the submissions", () => {
    const budget = withActuals();
    const late = buildReport({ planning: gezondheid, budget, submissions: { "begroting.2024": "2023-12-20", "jaarstukken.2022": "2023-07-01" } }, { asOf: "2025-03-01" });
    const onTime = buildReport({ planning: gezondheid, budget, submissions: { "begroting.2024": "2023-11-01", "jaarstukken.2022": "2023-07-01" } }, { asOf: "2025-03-01" });
    const none = buildReport({ planning: gezondheid, budget }, { asOf: "2025-03-01" });
    expect(onTime.budget?.supervision?.regime).toBe("repressive");
    expect(late.budget?.supervision?.regime).toBe("preventive");
    expect(late.budget?.supervision?.reasons.some((reason) => reason.status === "notMet")).toBe(true);
    expect(none.budget?.supervision).not.toBeNull();
  });
});

describe("buildReport: more than one forecast (issue 18)", () => {
  // A voorjaarsnota and a najaarsnota prognose, each a whole-year estimate equal to the original budget.
  const twoForecasts = (): BudgetDocument => {
    const original = ALMERE_GEZONDHEID_2024_BUDGET.lines.filter((line) => line.phase === "primitief");
    const year = original.filter((line) => line.year === 2024);
    return {
      ...ALMERE_GEZONDHEID_2024_BUDGET,
      phases: [
        { id: "primitief", kind: "original" },
        { id: "voorjaarsnota", kind: "forecast", label: "Voorjaarsnota" },
        { id: "najaarsnota", kind: "forecast" },
      ],
      lines: [...original, ...year.map((line) => ({ ...line, phase: "voorjaarsnota" })), ...year.map((line) => ({ ...line, phase: "najaarsnota", expenses: (line.expenses + 100_000_00) as typeof line.expenses }))],
      amendments: [],
    };
  };
  const gezondheid = planning([{ code: "gezondheid", name: "Gezondheid", ...empty }]);

  it("shows one column per forecast phase instead of adding them up (which doubled the figures), and compares with the last", () => {
    const report = buildReport({ planning: gezondheid, budget: twoForecasts() }, { asOf: "2024-10-01" });
    expect(report.budget?.columns.map((c) => [c.id, c.label.nl, c.phases])).toEqual([
      ["original", "Begroting primitief", ["primitief"]],
      ["amended", "Begroting na wijziging", ["primitief"]],
      ["forecast:voorjaarsnota", "Prognose Voorjaarsnota", ["voorjaarsnota"]],
      ["forecast", "Prognose najaarsnota", ["najaarsnota"]],
    ]);
    const figures = report.programmes[0]?.finances;
    const lines = ALMERE_GEZONDHEID_2024_BUDGET.lines.filter((line) => line.phase === "primitief" && line.year === 2024 && line.programme === "gezondheid" && line.taakveld !== "0.10");
    const expenses = lines.reduce((sum, line) => sum + line.expenses, 0);
    expect(figures?.values["forecast:voorjaarsnota"]?.expenses).toBe(figures?.values["original"]?.expenses);
    expect(figures?.values["forecast"]?.expenses).toBeGreaterThan(figures?.values["original"]?.expenses ?? 0);
    expect(figures?.values["forecast"]?.expenses).toBeLessThan(2 * expenses);
    // The deviations compare the amended budget with the last forecast only.
    const row = report.budget?.deviations.find((r) => r.key["programme"] === "gezondheid");
    expect(row?.expenses.actual).toBe(figures?.values["forecast"]?.expenses);
    expect(report.budget?.overview.columns).toEqual(["original", "amended", "forecast:voorjaarsnota", "forecast", "difference"]);
    const text = renderReport([report]);
    expect(text).toMatch(/Prognose Voorjaarsnota\s+Prognose najaarsnota\s+Verschil/);
  });

  it("keeps the single forecast column as it was", () => {
    const budget = twoForecasts();
    const one = { ...budget, phases: budget.phases.filter((p) => p.id !== "voorjaarsnota"), lines: budget.lines.filter((l) => l.phase !== "voorjaarsnota") };
    const report = buildReport({ planning: gezondheid, budget: one }, { asOf: "2024-10-01" });
    expect(report.budget?.columns.map((c) => [c.id, c.label.en])).toEqual([
      ["original", "Original budget"],
      ["amended", "Amended budget"],
      ["forecast", "Forecast"],
    ]);
  });
});

describe("buildReport: more than one realisatie (issue 18)", () => {
  // A voorlopige and a definitieve realisatie 2024: the definitieve is the original budget plus € 100.000 lasten.
  const original = ALMERE_GEZONDHEID_2024_BUDGET.lines.filter((line) => line.phase === "primitief");
  const year = original.filter((line) => line.year === 2024);
  const twoActuals = (): BudgetDocument => ({
    ...ALMERE_GEZONDHEID_2024_BUDGET,
    phases: [
      { id: "primitief", kind: "original" },
      { id: "voorlopig", kind: "actual", label: "voorlopig" },
      { id: "realisatie", kind: "actual", label: "definitief" },
      { id: "prognose", kind: "forecast" },
    ],
    lines: [
      ...original,
      ...year.map((line) => ({ ...line, phase: "voorlopig" })),
      ...year.map((line, i) => ({ ...line, phase: "realisatie", expenses: (line.expenses + (i === 0 ? 100_000_00 : 0)) as typeof line.expenses })),
      ...year.map((line) => ({ ...line, phase: "prognose", expenses: (line.expenses * 3) as typeof line.expenses })),
    ],
    amendments: [],
  });
  const gezondheid = planning([{ code: "gezondheid", name: "Gezondheid", ...empty }]);

  it("shows each realisatie in its own column instead of adding them up (which doubled the figures), and compares with the last", () => {
    const report = buildReport({ planning: gezondheid, budget: twoActuals() }, { asOf: "2025-04-01" });
    expect(report.budget?.columns.map((c) => [c.id, c.label.nl, c.phases])).toEqual([
      ["original", "Begroting primitief", ["primitief"]],
      ["amended", "Begroting na wijziging", ["primitief"]],
      ["actual:voorlopig", "Realisatie voorlopig", ["voorlopig"]],
      ["actual", "Realisatie definitief", ["realisatie"]],
    ]);
    const figures = report.programmes[0]?.finances;
    expect([year[0]?.programme, year[0]?.taakveld]).toEqual(["gezondheid", "7.1"]);
    expect(figures?.values["actual:voorlopig"]).toEqual(figures?.values["original"]);
    expect(figures?.values["actual"]?.expenses).toBe((figures?.values["original"]?.expenses ?? 0) + 100_000_00);
    // The deviations compare the amended budget with the definitieve realisatie only, not the sum and not the forecast.
    const row = report.budget?.deviations.find((r) => r.key["programme"] === "gezondheid");
    expect(row?.expenses.actual).toBe(figures?.values["actual"]?.expenses);
    expect(row?.expenses.amended).toBe(figures?.values["amended"]?.expenses);
    // The overzicht in the report: the same columns, the difference with the last realisatie, the saldo not doubled.
    const overview = report.budget?.overview;
    expect(overview?.columns).toEqual(["original", "amended", "actual:voorlopig", "actual", "difference"]);
    expect(overview?.saldo["actual:voorlopig"]).toEqual(overview?.saldo["original"]);
    expect(overview?.saldo["difference"]?.balance).toBe((overview?.saldo["actual"]?.balance ?? 0) - (overview?.saldo["amended"]?.balance ?? 0));
    const text = renderReport([report]);
    expect(text).toMatch(/Realisatie voorlopig\s+Realisatie definitief\s+Verschil/);
  });

  it("with one realisatie keeps the column as it was, and compares with the realisatie, not the forecast", () => {
    const budget = twoActuals();
    const one = { ...budget, phases: budget.phases.filter((p) => p.id !== "voorlopig"), lines: budget.lines.filter((l) => l.phase !== "voorlopig") };
    const report = buildReport({ planning: gezondheid, budget: one }, { asOf: "2025-04-01" });
    expect(report.budget?.columns.map((c) => [c.id, c.label.en, c.phases])).toEqual([
      ["original", "Original budget", ["primitief"]],
      ["amended", "Amended budget", ["primitief"]],
      ["actual", "Actual", ["realisatie"]],
    ]);
    const row = report.budget?.deviations.find((r) => r.key["programme"] === "gezondheid");
    expect(row?.expenses.actual).toBe(report.programmes[0]?.finances?.values["actual"]?.expenses);
  });

  it("a declared realisatie without lines in the year is not compared as zero: the forecast is", () => {
    const budget = twoActuals();
    const early = { ...budget, lines: budget.lines.filter((l) => l.phase !== "voorlopig" && l.phase !== "realisatie") };
    const report = buildReport({ planning: gezondheid, budget: early }, { asOf: "2024-10-01" });
    expect(report.budget?.columns.map((c) => [c.id, c.phases])).toEqual([
      ["original", ["primitief"]],
      ["amended", ["primitief"]],
      ["forecast", ["prognose"]],
    ]);
    const row = report.budget?.deviations.find((r) => r.key["programme"] === "gezondheid");
    expect(row?.expenses.actual).toBe(report.programmes[0]?.finances?.values["forecast"]?.expenses);
    expect(row?.expenses.actual).toBeGreaterThan(0);
    // Without a forecast either: no comparison at all, and the report says so.
    const none = buildReport({ planning: gezondheid, budget: { ...early, lines: early.lines.filter((l) => l.phase !== "prognose") } }, { asOf: "2024-10-01" });
    expect(none.budget?.columns.map((c) => c.id)).toEqual(["original", "amended"]);
    expect(none.budget?.deviations).toEqual([]);
    expect(none.notes.map((n) => n.en)).toContain("The budget has no actual or forecast figures for 2024: deviations were not determined.");
  });
});
