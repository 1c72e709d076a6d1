import { describe, expect, it } from "vitest";
import { parseReportInput } from "opkoers/report";
import { ALMERE_GEZONDHEID_2024_BUDGET } from "../../src/cli/_internal/seedBudget.js";
import { ALMERE_GEZONDHEID_2024 } from "../../src/cli/_internal/seedPlanning.js";

const ownScale = { id: "eigen", name: { nl: "Eigen", en: "Own" }, source: "test", levels: [{ code: "goed", label: { nl: "goed", en: "good" }, description: { nl: "Goed.", en: "Good." }, statuses: ["onTrack"] }] };
const paths = (json: unknown): string[] => {
  const parsed = parseReportInput(json);
  return parsed.ok ? [] : parsed.issues.map((issue) => `${issue.path.join(".")} ${issue.code}`);
};

describe("parseReportInput", () => {
  it("refuses a scale that is neither a preset nor the document's own, naming the ones that exist", () => {
    const parsed = parseReportInput({ planning: ALMERE_GEZONDHEID_2024, scale: "regenboog" });
    expect(parsed.ok).toBe(false);
    const issue = parsed.ok ? undefined : parsed.issues[0];
    expect(issue).toMatchObject({ path: ["scale"], code: "unknown_scale" });
    expect(issue?.message).toBe('The status scale "regenboog" is neither a preset nor one of the document\'s statusScales (threeColour, fourColour, jaarverslag or almereKpi).');
    // With scales of its own, they are listed too.
    const own = parseReportInput({ planning: { ...ALMERE_GEZONDHEID_2024, statusScales: [ownScale] }, scale: "regenboog" });
    expect(own.ok ? "" : own.issues[0]?.message).toContain("(threeColour, fourColour, jaarverslag, almereKpi or eigen)");
    // Under an array, the path starts with the index.
    expect(paths([{ planning: ALMERE_GEZONDHEID_2024 }, { planning: ALMERE_GEZONDHEID_2024, scale: "regenboog" }])).toEqual(["1.scale unknown_scale"]);
  });

  it("accepts the document's own scale and keeps every setting", () => {
    const parsed = parseReportInput({
      planning: { ...ALMERE_GEZONDHEID_2024, statusScales: [ownScale] },
      budget: ALMERE_GEZONDHEID_2024_BUDGET,
      asOf: "2024-10-20",
      scale: "eigen",
      deviationPolicy: "nuenen2019",
      windowDays: 12,
      submissions: { "begroting.2024": "2023-11-09" },
      iv3: { overheidsnummer: "0034" },
    });
    expect(parsed.ok).toBe(true);
    const input = parsed.ok ? parsed.value[0] : undefined;
    expect(input).toMatchObject({ asOf: "2024-10-20", scale: "eigen", deviationPolicy: "nuenen2019", windowDays: 12, submissions: { "begroting.2024": "2023-11-09" }, iv3: { overheidsnummer: "0034" } });
    expect(input?.budget?.budgetYear).toBe(2024);
    // Settings left out stay out (no keys with undefined).
    const bare = parseReportInput({ planning: ALMERE_GEZONDHEID_2024 });
    expect(bare.ok && Object.keys(bare.value[0] ?? {})).toEqual(["planning"]);
  });

  it("refuses a window outside 0–366 days", () => {
    expect(paths({ planning: ALMERE_GEZONDHEID_2024, windowDays: 367 })).toEqual(["windowDays too_big"]);
    expect(paths({ planning: ALMERE_GEZONDHEID_2024, windowDays: 1.5 })[0]).toMatch(/^windowDays /);
  });

  it("reports both documents' problems at once, and the settings' too", () => {
    const result = paths({ planning: { ...ALMERE_GEZONDHEID_2024, year: "2024" }, budget: { ...ALMERE_GEZONDHEID_2024_BUDGET, lines: 3 }, asof: "2024-01-01" });
    expect(result).toContain("planning.year invalid_type");
    expect(result).toContain("budget.lines invalid_type");
    expect(result.some((line) => line.startsWith(" "))).toBe(true); // the misspelt key, at the root
  });

  it("turns a failure of validation itself into one parse_failed issue", () => {
    const throwing = (thrown: unknown): unknown => ({
      get planning(): unknown {
        throw thrown;
      },
    });
    expect(parseReportInput(throwing(new Error("boom")))).toEqual({ ok: false, issues: [{ path: [], code: "parse_failed", message: "The input could not be validated: boom" }] });
    expect(parseReportInput(throwing("kapot"))).toEqual({ ok: false, issues: [{ path: [], code: "parse_failed", message: "The input could not be validated: kapot" }] });
  });
});
