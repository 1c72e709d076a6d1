import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import type { BudgetDocument } from "opkoers/budget";
import type { PlanningDocument } from "opkoers/policy";
import { buildReport, parseReportInput, renderReport, type ReportInput } from "opkoers/report";
import { statusLabel } from "opkoers/status";
import { csvOptions } from "../../src/cli/_internal/csv.js";
import { lineColumn } from "../../src/cli/_internal/input.js";
import { decodeText } from "../../src/io/index.js";
import { ALMERE_GEZONDHEID_2024_BUDGET } from "../../src/cli/_internal/seedBudget.js";
import { targetText, unitText } from "../../src/report/_internal/blocks.js";
import { niceTicks } from "../../src/report/_internal/svg.js";

const code = (run: () => unknown): string | undefined => {
  try {
    run();
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
};

describe("helpers", () => {
  test.prop([fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.double({ min: -1e9, max: 1e9, noNaN: true })])("niceTicks ascend by one step and cover the range", (a, b) => {
    const [min, max] = a <= b ? [a, b] : [b, a];
    const ticks = niceTicks(min, max, 5);
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    expect(ticks[0]).toBeLessThanOrEqual(min);
    expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(max);
    const steps = ticks.slice(1).map((t, i) => t - (ticks[i] as number));
    for (const step of steps) expect(step).toBeGreaterThan(0);
  });

  // The command line reads files with opkoers/io's decodeText: strict UTF-8 (and a NUL byte is a binary file).
  const utf8 = (bytes: Uint8Array): string | null => {
    const result = decodeText(bytes);
    return result.ok ? result.text : null;
  };

  test.prop([fc.uint8Array({ maxLength: 64 })])("decodeText agrees with a fatal TextDecoder on any bytes without NUL or a UTF-16 mark", (bytes) => {
    fc.pre(!bytes.includes(0) && !(bytes[0] === 0xff && bytes[1] === 0xfe) && !(bytes[0] === 0xfe && bytes[1] === 0xff));
    let expected: string | null;
    try {
      expected = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      expected = null;
    }
    expect(utf8(bytes)).toBe(expected);
  });

  test.prop([fc.string({ unit: "binary", maxLength: 50 })])("decodeText reads back what UTF-8 encoding wrote", (text) => {
    expect(utf8(new TextEncoder().encode(text))).toBe(text.includes("\u0000") ? null : text.startsWith("\uFEFF") ? text.slice(1) : text);
  });

  it("gives line and column of an offset", () => {
    expect(lineColumn("ab\ncd", 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumn("", 5)).toEqual({ line: 1, column: 1 });
  });

  it("writes every indicator unit and target kind", () => {
    expect(unitText(231, { kind: "count", label: "peuters" }, "nl")).toBe("231 peuters");
    expect(unitText(1234.5, { kind: "count" }, "en")).toBe("1,234.5");
    expect(unitText(8.4, { kind: "rate", per: 1000, of: "inwoners" }, "nl")).toBe("8,4 per 1.000 inwoners");
    expect(unitText(960000, { kind: "money" }, "nl")).toBe("€ 9.600,00");
    expect(unitText(960000, { kind: "money" }, "en")).toBe("€ 9,600.00");
    expect(unitText(3, { kind: "ordinal", min: 1, max: 4, labels: ["a", "b", "c", "d"] }, "nl")).toBe("3 (c)");
    expect(unitText(5, { kind: "ordinal", min: 1, max: 4 }, "nl")).toBe("5");
    expect(unitText(1, { kind: "boolean" }, "nl")).toBe("ja");
    expect(unitText(0, { kind: "boolean" }, "en")).toBe("no");
    expect(unitText(-180.25, { kind: "quantity", label: "kg per inwoner" }, "nl")).toBe("-180,25 kg per inwoner");
    expect(targetText({ period: "2024", comparator: "between", min: 45, max: 55 }, { kind: "percentage" }, "nl")).toBe("45 % – 55 % (2024)");
    expect(targetText({ period: "2024", comparator: "atMost", value: 3 }, { kind: "percentage" }, "en")).toBe("≤ 3 % (2024)");
  });
});

describe("the CLI's CSV layout", () => {
  const header = "Taakveld;Lasten;Baten\n";
  it("finds columns by Dutch or English header and refuses guesses that change amounts", () => {
    const ok = csvOptions("taakveld\tamount\tside\tyear\n", { delimiter: "tab" }, "en");
    expect(ok.ok && ok.options.columns).toEqual({ taakveld: "taakveld", amount: "amount", side: "side", year: "year" });
    expect(ok.ok && ok.options.delimiter).toBe("\t");
    const noSide = csvOptions("Taakveld,Bedrag\n", { year: "2024" }, "nl");
    expect(noSide.ok ? "" : noSide.message).toContain("--signs");
    const asWritten = csvOptions("Taakveld,Bedrag\n", { year: "2024", signs: "asWritten" }, "en");
    expect(asWritten.ok).toBe(false);
    const negative = csvOptions("Taakveld,Bedrag\n", { year: "2024", signs: "revenueNegative" }, "en");
    expect(negative.ok && negative.options.signs).toBe("revenueNegative");
    for (const flags of [{ year: "24" }, { year: "2024", unit: "cent" }, { year: "2024", numberFormat: "us" }, { year: "2024", delimiter: "|" }]) {
      const result = csvOptions(header, flags, "nl");
      expect(result.ok || result.usage, JSON.stringify(flags)).toBe(true);
      expect(result.ok, JSON.stringify(flags)).toBe(false);
    }
    const noTaakveld = csvOptions("Code;Lasten\n", { year: "2024" }, "en");
    expect(noTaakveld.ok || noTaakveld.usage).toBe(false);
    const full = csvOptions(header, { year: "2024", unit: "thousand", numberFormat: "dot", phase: "realisatie" }, "en");
    expect(full.ok && full.options).toMatchObject({ year: 2024, unit: "thousand", numberFormat: "dot", phase: "realisatie", delimiter: ";" });
  });
});

const programme = {
  code: "zorg",
  name: "Zorg",
  portfolioHolders: [],
  taakvelden: [],
  partners: [],
  activities: [],
  goals: [{ id: "g", statement: "Doel", indicatorIds: ["band", "geld"], activityIds: [] }],
  indicators: [
    {
      id: "band",
      name: "Bezetting",
      kind: "effect",
      unit: { kind: "percentage" },
      direction: "withinBand",
      accumulation: "stock",
      baseline: { period: "2023", value: 40 },
      trajectory: [{ period: "2024-H1", value: 45 }],
      targets: [{ period: "2024", comparator: "between", min: 45, max: 55 }],
      measurements: [
        { period: "2024-Q1", value: { state: "available", value: 47 } },
        { period: "2024-Q2", value: { state: "notAvailable", reason: "n.n.b." } },
        { period: "2024-Q1", breakdown: "Haven", value: { state: "available", value: 12 } },
      ],
    },
    { id: "geld", name: "Subsidie", kind: "performance", unit: { kind: "money" }, direction: "higherIsBetter", accumulation: "periodic", targets: [], measurements: [{ period: "2024", value: { state: "available", value: 960000 } }] },
  ],
  finances: { expenses: 100_000_00, revenue: 25_000_00 },
  subProgrammes: [{ code: "jeugd", name: "Jeugd", portfolioHolders: [], taakvelden: [], partners: [], goals: [], indicators: [], activities: [] }],
};
const berap = { type: "bestuursrapportage", period: "2024-H1", municipality: { code: "GM0141" }, year: 2024, programmes: [programme] };

function input(extra: Record<string, unknown> = {}): ReportInput {
  const parsed = parseReportInput({ planning: berap, ...extra });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value[0] as ReportInput;
}

describe("buildReport", () => {
  it("reports sub-programmes, band targets, money indicators and the programme's own finances", () => {
    const report = buildReport(input(), { asOf: "2024-07-15" });
    expect(report.document.municipality.name).toBeUndefined();
    const zorg = report.programmes[0];
    expect(zorg?.indicators.map((i) => i.indicator.id)).toEqual(["band", "geld"]);
    expect(zorg?.finances?.source).toBe("planning");
    expect(zorg?.finances?.values["original"]).toEqual({ expenses: 100_000_00, revenue: 25_000_00, balance: -75_000_00 });
    const html = renderReport([report], { format: "html", lang: "en" });
    expect(html).toContain("45 % – 55 % (2024)");
    expect(html).toContain("€ 9,600.00");
    expect((html.match(/<svg /g) ?? []).length).toBe(3); // band + money indicator + finances
    const text = renderReport([report], { lang: "en" });
    expect(text).toContain("Status report GM0141 — Interim report 2024");
    for (const { assessment } of zorg?.indicators ?? []) expect(text).toContain(`[${statusLabel(assessment.status).en}`);
  });

  it("lists deadlines delivered, overdue and due around the date", () => {
    const report = buildReport(input({ submissions: { "iv3.2024-Q2": "2024-07-29" } }), { asOf: "2024-08-10", windowDays: 20 });
    expect(report.deadlines.map((d) => [d.deadline.id, d.state])).toEqual([["iv3.2024-Q2", "delivered"]]);
    const late = buildReport(input(), { asOf: "2024-08-10", windowDays: 20 });
    expect(late.deadlines.map((d) => [d.deadline.id, d.state, d.days])).toEqual([["iv3.2024-Q2", "overdue", -11]]);
    expect(buildReport(input(), { asOf: "2024-08-10", windowDays: 0 }).deadlines).toEqual([]);
    expect(renderReport([buildReport(input(), { asOf: "2024-08-10", windowDays: 0 })], { format: "markdown" })).toContain("Geen P&C-termijnen binnen het venster.");
  });

  it("refuses a bad date, window, scale or policy with a DomainError", () => {
    expect(code(() => buildReport(input(), { asOf: "2024-02-30" }))).toBe("invalid_date");
    expect(code(() => buildReport(input(), { windowDays: 400 }))).toBe("invalid_option");
    expect(code(() => buildReport(input(), { scale: "regenboog" }))).toBe("invalid_option");
    expect(code(() => buildReport(input(), { deviationPolicy: "streng" }))).toBe("invalid_option");
    expect(code(() => renderReport([], { lang: "de" as never }))).toBe("invalid_option");
    expect(buildReport(input()).asOf).toBe("2024-12-31");
  });

  const budget = (changes: Partial<BudgetDocument>): BudgetDocument => ({ ...ALMERE_GEZONDHEID_2024_BUDGET, ...changes });
  const almere = (b: BudgetDocument): ReportInput => ({
    planning: { type: "begroting", municipality: { code: "GM0034", name: "Almere" }, year: 2024, programmes: [{ ...programme, code: "gezondheid", finances: undefined } as never] } as PlanningDocument,
    budget: b,
  });

  it("compares with the whole-year actuals when there are any, and says when t..t+3 lack figures", () => {
    const actual = budget({
      phases: [...ALMERE_GEZONDHEID_2024_BUDGET.phases, { id: "realisatie", kind: "actual" }],
      lines: [...ALMERE_GEZONDHEID_2024_BUDGET.lines, { programme: "gezondheid", taakveld: "7.1", year: 2024, phase: "realisatie", expenses: 60_000_000_00 as never, revenue: 0 as never, nature: "structureel" }],
    });
    const report = buildReport(almere(actual), { asOf: "2025-04-01" });
    expect(report.budget?.columns.map((c) => c.id)).toEqual(["original", "amended", "actual"]);
    expect(report.programmes[0]?.finances?.deviations[0]?.expenses.assessment.status).toBe("needsExplanation");

    const short = budget({ lines: ALMERE_GEZONDHEID_2024_BUDGET.lines.filter((l) => l.year < 2027 && l.phase === "primitief") });
    const noForecast = buildReport(almere(short), { asOf: "2024-10-20" });
    expect(noForecast.budget?.structuralBalance).toBeNull();
    expect(noForecast.budget?.supervision).toBeNull();
    expect(noForecast.budget?.deviationPolicy).toBeNull();
    expect(noForecast.notes.map((n) => n.en)).toEqual([
      "The budget has no actual or forecast figures for 2024: deviations were not determined.",
      "The budget has no figures for 2027: the structural balance and the supervision regime were not determined.",
    ]);
    expect(renderReport([noForecast], { format: "markdown", lang: "en" })).toContain("- The budget has no figures for 2027");
  });
});

describe("parseReportInput", () => {
  it("reports problems with their paths and never throws", () => {
    const result = (json: unknown): string[] => {
      const parsed = parseReportInput(json);
      return parsed.ok ? [] : parsed.issues.map((i) => `${i.path.join(".")} ${i.code}`);
    };
    expect(result([])).toEqual([" empty"]);
    expect(result(42)[0]).toMatch(/ invalid_type$/);
    expect(result({ planning: berap, deviationPolicy: "streng" })).toEqual(["deviationPolicy unknown_policy"]);
    expect(result({ planning: berap, budget: { ...ALMERE_GEZONDHEID_2024_BUDGET, budgetYear: 2023 } })).toContain("budget.budgetYear year_mismatch");
    expect(result({ planning: berap, iv3: { overheidsnummer: "34" } })).toEqual(["iv3.overheidsnummer invalid_format"]);
    const deep: unknown[] = [];
    let node = deep;
    for (let i = 0; i < 20000; i++) node = (node[0] = []) as unknown[];
    expect(parseReportInput({ planning: deep }).ok).toBe(false);
  });
});
