import { describe, expect, it } from "vitest";
import { indicatorStatus, type Indicator, type IndicatorUnit, type Measurement, type Target } from "opkoers/policy";

const base: Indicator = {
  id: "i", name: "I", kind: "effect", unit: { kind: "count" }, direction: "higherIsBetter", accumulation: "stock",
  baseline: { period: "2022", value: 0 }, targets: [{ period: "2025", comparator: "atLeast", value: 100 }],
  measurements: [{ period: "2024-Q1", value: { state: "available", value: 45 } }],
};

describe("indicatorStatus: options", () => {
  it("needs an options object with an asOf date", () => {
    expect(() => indicatorStatus(base, null as never)).toThrowError(expect.objectContaining({ code: "invalid_option", message: "[opkoers] indicatorStatus needs options with an asOf date.", details: { value: null } }));
    expect(() => indicatorStatus(base, "2024-06-30" as never)).toThrowError(expect.objectContaining({ code: "invalid_option" }));
    expect(() => indicatorStatus(base, {} as never)).toThrowError(expect.objectContaining({ code: "invalid_date", message: "[opkoers] indicatorStatus needs an asOf date." }));
  });

  it.each([
    ["atRiskGap", -0.1],
    ["offTrackGap", Number.NaN],
    ["bandTolerance", Number.POSITIVE_INFINITY],
    ["bandTolerance", "0.1"],
  ] as const)("refuses %s = %s", (option, value) => {
    expect(() => indicatorStatus(base, { asOf: "2024-06-30", [option]: value } as never)).toThrowError(
      expect.objectContaining({ code: "invalid_option", message: expect.stringContaining(`The threshold ${option} must be a finite number ≥ 0, but it is ${String(value)}.`), details: { option, value } }),
    );
  });

  it("refuses an unknown regression or compareAt", () => {
    expect(() => indicatorStatus(base, { asOf: "2024-06-30", regression: "never" as never })).toThrowError(
      expect.objectContaining({ code: "invalid_option", message: expect.stringContaining('regression must be "atRisk", "offTrack" or "ignore".'), details: { option: "regression", value: "never" } }),
    );
    expect(() => indicatorStatus(base, { asOf: "2024-06-30", compareAt: "later" as never })).toThrowError(
      expect.objectContaining({ code: "invalid_option", message: expect.stringContaining('compareAt must be "asOf" or "measurement".'), details: { option: "compareAt", value: "later" } }),
    );
  });
});

describe("indicatorStatus: judgements", () => {
  const below = { ...base, measurements: [{ period: "2024-Q1", value: { state: "available", value: -5 } }] } satisfies Indicator;

  it("regression: at least atRisk by default, offTrack or ignored when asked", () => {
    // early on (1 % expected) the gap of -5 % progress is small: onTrack, but for the regression
    const early = { ...below, targets: [{ period: "2030", comparator: "atLeast", value: 100 }], measurements: [{ period: "2023-01", value: { state: "available", value: -5 } }] } satisfies Indicator;
    expect(indicatorStatus(early, { asOf: "2023-01-31" })).toMatchObject({ status: "atRisk", regression: true });
    expect(indicatorStatus(early, { asOf: "2023-01-31", regression: "offTrack" })).toMatchObject({ status: "offTrack", regression: true });
    expect(indicatorStatus(early, { asOf: "2023-01-31", regression: "ignore" })).toMatchObject({ status: "onTrack", regression: true });
    // later the gap itself is offTrack, which is worse than the regression's atRisk
    expect(indicatorStatus(below, { asOf: "2024-06-30", regression: "atRisk" }).status).toBe("offTrack");
  });

  it("compareAt measurement compares with the expected progress on the date the value was known, never after asOf", () => {
    const known = indicatorStatus(base, { asOf: "2024-06-30", compareAt: "measurement" });
    expect(known.inputs["expectedOn"]).toBe("2024-03-31");
    const peil: Indicator = { ...base, measurements: [{ period: "2024-Q1", value: { state: "available", value: 45 }, referenceDate: "2024-06-30" }] };
    expect(indicatorStatus(peil, { asOf: "2024-06-30", compareAt: "measurement" }).inputs["expectedOn"]).toBe("2024-06-30");
    expect(indicatorStatus(base, { asOf: "2024-06-30" }).inputs["expectedOn"]).toBe("2024-06-30");
  });

  it("without a baseline, says how far along the time is", () => {
    const { baseline: _baseline, ...noBaseline } = base;
    const assessment = indicatorStatus({ ...noBaseline, targets: [{ period: "2024", comparator: "atLeast", value: 100 }] }, { asOf: "2024-06-30" });
    expect(assessment).toMatchObject({ status: "offTrack", progress: 0, regression: false });
    expect(assessment.expectedProgress).toBe(182 / 366);
    expect(assessment.message).toEqual({
      nl: "I: 45 (2024-Q1) haalt de streefwaarde ten minste 100 voor 2024 nog niet; verwacht op 30 juni 2024: 50 % van de weg: niet op schema.",
      en: "I: 45 (2024-Q1) does not yet meet the target of at least 100 for 2024; expected on 30 June 2024: 50% of the way: off track.",
    });
  });

  it("records in its inputs how many parts were combined", () => {
    const parts: Indicator = { ...base, measurements: [{ period: "2024-Q1", breakdown: "Haven", value: { state: "available", value: 20 } }, { period: "2024-Q1", breakdown: "Poort", value: { state: "available", value: 25 } }] };
    const assessment = indicatorStatus(parts, { asOf: "2024-06-30" });
    expect(assessment.value).toBe(45);
    expect(assessment.inputs["parts"]).toBe(2);
    expect(indicatorStatus(base, { asOf: "2024-06-30" }).inputs).not.toHaveProperty("parts");
  });
});

describe("indicatorStatus: values in their unit", () => {
  const judged = (unit: IndicatorUnit, target: Target, value: number, direction: Indicator["direction"] = "higherIsBetter"): { nl: string; en: string } => {
    const measurements: Measurement[] = [{ period: "2024", value: { state: "available", value } }];
    const { baseline: _baseline, ...rest } = base;
    return indicatorStatus({ ...rest, unit, direction, targets: [target], measurements }, { asOf: "2025-01-31" }).message;
  };

  it("a rate per its base", () => {
    const message = judged({ kind: "rate", per: 1000, of: "inwoners" }, { period: "2024", comparator: "atMost", value: 8 }, 8.4, "lowerIsBetter");
    expect(message.nl).toBe("I: 8,4 per 1.000 inwoners (2024) haalt de streefwaarde ten hoogste 8 per 1.000 inwoners voor 2024 niet; de periode is voorbij: niet behaald.");
    expect(message.en).toBe("I: 8.4 per 1,000 inwoners (2024) does not meet the target of at most 8 per 1,000 inwoners for 2024, and the period is over: not achieved.");
  });

  it("money in euros from cents", () => {
    const message = judged({ kind: "money" }, { period: "2024", comparator: "atLeast", value: 960000 }, 1234550);
    expect(message.nl).toBe("I: € 12.345,5 (2024) haalt de streefwaarde ten minste € 9.600 voor 2024: behaald.");
    expect(message.en).toBe("I: € 12,345.5 (2024) meets the target of at least € 9,600 for 2024: achieved.");
  });

  it("yes and no, and a number that is neither", () => {
    const target: Target = { period: "2024", comparator: "equal", value: 1 };
    expect(judged({ kind: "boolean" }, target, 1).nl).toBe("I: ja (2024) haalt de streefwaarde gelijk aan ja voor 2024: behaald.");
    expect(judged({ kind: "boolean" }, target, 1).en).toContain("yes (2024) meets the target of equal to yes");
    expect(judged({ kind: "boolean" }, target, 0).nl).toContain("I: nee (2024) haalt de streefwaarde gelijk aan ja voor 2024 niet");
    expect(judged({ kind: "boolean" }, target, 0).en).toContain("I: no (2024) does not meet the target of equal to yes");
    expect(judged({ kind: "boolean" }, target, 0.5).nl).toContain("I: 0,5 (2024)");
  });

  it("an ordinal level with and without a label, a count with its label, a quantity", () => {
    expect(judged({ kind: "ordinal", min: 1, max: 4 }, { period: "2024", comparator: "atLeast", value: 3 }, 3).nl).toBe("I: niveau 3 (2024) haalt de streefwaarde ten minste niveau 3 voor 2024: behaald.");
    expect(judged({ kind: "ordinal", min: 1, max: 3, labels: ["slecht", "matig", "goed"] }, { period: "2024", comparator: "atLeast", value: 3 }, 2).en).toContain("level 2 (matig) (2024) does not meet the target of at least level 3 (goed)");
    expect(judged({ kind: "count", label: "peuters" }, { period: "2024", comparator: "atLeast", value: 250 }, 243).nl).toContain("243 peuters (2024) haalt de streefwaarde ten minste 250 peuters");
    expect(judged({ kind: "quantity", label: "kg" }, { period: "2024", comparator: "atMost", value: 150 }, 140.25, "lowerIsBetter").en).toContain("140.25 kg (2024) meets the target of at most 150 kg");
  });

  it("a band of percentages", () => {
    expect(judged({ kind: "percentage" }, { period: "2024", comparator: "between", min: 90, max: 95 }, 96, "withinBand")).toEqual({
      nl: "I: 96 % (2024) ligt buiten de band tussen 90 % en 95 % voor 2024; de periode is voorbij: niet behaald.",
      en: "I: 96% (2024) lies outside the band between 90% and 95% for 2024; the period is over: not achieved.",
    });
  });
});

describe("indicatorStatus: bands", () => {
  const band = (target: Target, value: number): Indicator => ({
    ...base, direction: "withinBand", unit: { kind: "percentage" }, targets: [target], measurements: [{ period: "2024-06", value: { state: "available", value } }],
  });

  it("far outside a running band is offTrack, just outside is atRisk (tolerance: 10 % of the width)", () => {
    const between: Target = { period: "2024", comparator: "between", min: 90, max: 95 };
    expect(indicatorStatus(band(between, 99), { asOf: "2024-07-01" })).toMatchObject({ status: "offTrack", inputs: { low: 90, high: 95, distance: 4 } });
    expect(indicatorStatus(band(between, 95.5), { asOf: "2024-07-01" }).status).toBe("atRisk");
    expect(indicatorStatus(band(between, 99), { asOf: "2024-07-01", bandTolerance: 1 }).status).toBe("atRisk");
  });

  it("an 'equal' target of a band indicator is a band of width 0, judged against the size of the value", () => {
    const equal: Target = { period: "2024", comparator: "equal", value: 50 };
    expect(indicatorStatus(band(equal, 50), { asOf: "2024-07-01" })).toMatchObject({ status: "achieved", ruleId: "indicator.status.band", inputs: { low: 50, high: 50, distance: 0 } });
    // tolerance 10 % of 50 = 5
    expect(indicatorStatus(band(equal, 54), { asOf: "2024-07-01" }).status).toBe("atRisk");
    expect(indicatorStatus(band(equal, 56), { asOf: "2024-07-01" }).status).toBe("offTrack");
    expect(indicatorStatus(band(equal, 56), { asOf: "2025-01-01" }).status).toBe("notAchieved");
    // around 0 the width is taken as 1
    const zero: Target = { period: "2024", comparator: "equal", value: 0 };
    expect(indicatorStatus(band(zero, 0.1), { asOf: "2024-07-01" }).status).toBe("atRisk");
    expect(indicatorStatus(band(zero, 0.2), { asOf: "2024-07-01" }).status).toBe("offTrack");
  });
});

describe("indicatorStatus: the thresholds in the assessment", () => {
  const defaults = { atRiskGap: 0.1, offTrackGap: 0.25, bandTolerance: 0.1, regression: "atRisk", compareAt: "asOf" };

  it("records the defaults when no option sets a threshold, in a frozen object that assessments share", () => {
    const a = indicatorStatus(base, { asOf: "2024-06-30" });
    const b = indicatorStatus({ ...base, targets: [] }, { asOf: "2024-06-30", period: "2025" });
    expect(a.thresholds).toEqual(defaults);
    expect(b.thresholds).toEqual(defaults);
    expect(Object.isFrozen(a.thresholds)).toBe(true);
    expect(() => {
      (a.thresholds as Record<string, unknown>)["atRiskGap"] = 0.5;
    }).toThrowError(TypeError);
    expect(indicatorStatus(base, { asOf: "2024-06-30" }).thresholds).toEqual(defaults);
  });

  it("records each threshold that is set, with the defaults of the rest", () => {
    expect(indicatorStatus(base, { asOf: "2024-06-30", atRiskGap: 0.05 }).thresholds).toEqual({ ...defaults, atRiskGap: 0.05 });
    expect(indicatorStatus(base, { asOf: "2024-06-30", offTrackGap: 0.5 }).thresholds).toEqual({ ...defaults, offTrackGap: 0.5 });
    expect(indicatorStatus(base, { asOf: "2024-06-30", bandTolerance: 0 }).thresholds).toEqual({ ...defaults, bandTolerance: 0 });
    expect(indicatorStatus(base, { asOf: "2024-06-30", regression: "ignore" }).thresholds).toEqual({ ...defaults, regression: "ignore" });
    expect(indicatorStatus(base, { asOf: "2024-06-30", compareAt: "measurement" }).thresholds).toEqual({ ...defaults, compareAt: "measurement" });
  });

  it("checks a threshold that is set even when the others are left out", () => {
    expect(() => indicatorStatus(base, { asOf: "2024-06-30", regression: "never" as never })).toThrowError(expect.objectContaining({ code: "invalid_option", details: { option: "regression", value: "never" } }));
    expect(() => indicatorStatus(base, { asOf: "2024-06-30", compareAt: "today" as never })).toThrowError(expect.objectContaining({ code: "invalid_option", details: { option: "compareAt", value: "today" } }));
  });
});
