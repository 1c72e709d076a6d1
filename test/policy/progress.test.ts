import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  aggregateMeasurements,
  expectedProgress,
  indicatorProgress,
  indicatorStatus,
  indicatorValue,
  IndicatorSchema,
  MAX_INDICATOR_VALUE,
  progressBetween,
  type Indicator,
  type IndicatorUnit,
} from "opkoers/policy";
import { statusRank } from "opkoers/status";

const value = fc.oneof(
  fc.double({ min: -MAX_INDICATOR_VALUE, max: MAX_INDICATOR_VALUE, noNaN: true }),
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ min: -1e-6, max: 1e-6, noNaN: true }),
);
const direction = fc.constantFrom("higherIsBetter" as const, "lowerIsBetter" as const);

describe("progressBetween", () => {
  test.prop([value, value, direction])("is exactly 0 at the baseline and exactly 1 at the target (target beyond the baseline)", (baseline, target, dir) => {
    const sign = dir === "higherIsBetter" ? 1 : -1;
    fc.pre(sign * (target - baseline) > 0);
    expect(progressBetween(baseline, baseline, target, dir)).toBe(0);
    expect(progressBetween(target, baseline, target, dir)).toBe(1);
  });

  test.prop([value, value, direction])("is 1 at the target when the target is not beyond the baseline (baseline = target included)", (baseline, target, dir) => {
    const sign = dir === "higherIsBetter" ? 1 : -1;
    fc.pre(!(sign * (target - baseline) > 0));
    expect(progressBetween(target, baseline, target, dir)).toBe(1);
    expect(progressBetween(baseline, baseline, target, dir)).toBe(1);
  });

  test.prop([value, value, value, value, direction])("is monotone in the value in the indicator's direction", (a, b, baseline, target, dir) => {
    const [worse, better] = dir === "higherIsBetter" ? [Math.min(a, b), Math.max(a, b)] : [Math.max(a, b), Math.min(a, b)];
    expect(progressBetween(worse, baseline, target, dir)).toBeLessThanOrEqual(progressBetween(better, baseline, target, dir));
  });

  test.prop([value, value, value])("flipping the direction mirrors it", (v, baseline, target) => {
    expect(progressBetween(-v, -baseline, -target, "lowerIsBetter")).toBe(progressBetween(v, baseline, target, "higherIsBetter"));
  });

  test.prop([value, value, value, direction])("is never NaN or Infinity", (v, baseline, target, dir) => {
    expect(Number.isFinite(progressBetween(v, baseline, target, dir))).toBe(true);
  });

  it("is right for lower-is-better and flags regression as negative progress", () => {
    // Leantime #3247: start 200, current 100, end 0 → 50 %, not 0 %
    expect(progressBetween(100, 200, 0, "lowerIsBetter")).toBe(0.5);
    expect(progressBetween(250, 200, 0, "lowerIsBetter")).toBe(-0.25);
  });
});

// ---- indicators accepted by the schema ----------------------------------------------------------

const year = fc.integer({ min: 2019, max: 2026 });
const code = fc.oneof(
  year.map(String),
  fc.tuple(year, fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y}-Q${q}`),
  fc.tuple(year, fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, "0")}`),
);
const date = fc.date({ min: new Date("2018-01-01T00:00:00Z"), max: new Date("2028-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const rawIndicator = fc.record({
  id: fc.constant("i"),
  name: fc.constant("Indicator"),
  kind: fc.constant("effect"),
  unit: fc.constantFrom<IndicatorUnit>({ kind: "count" }, { kind: "percentage" }, { kind: "quantity", label: "kg" }),
  direction: fc.constantFrom("higherIsBetter", "lowerIsBetter", "withinBand"),
  accumulation: fc.constantFrom("periodic", "cumulative", "stock"),
  baseline: fc.option(fc.record({ period: code, value }), { nil: undefined }),
  targets: fc.array(
    fc.oneof(
      fc.record({ period: code, comparator: fc.constantFrom("atLeast", "atMost", "equal"), value }),
      fc.tuple(code, value, value).map(([period, a, b]) => ({ period, comparator: "between", min: Math.min(a, b), max: Math.max(a, b) })),
    ),
    { maxLength: 3 },
  ),
  measurements: fc.array(fc.record({ period: code, value: fc.oneof(fc.record({ state: fc.constant("available"), value }), fc.constant({ state: "notAvailable" })) }), { maxLength: 5 }),
});

/** Every number in a value (deeply) that is NaN or ±Infinity. */
function nonFiniteNumbers(value: unknown): number[] {
  if (typeof value === "number") return Number.isFinite(value) ? [] : [value];
  if (typeof value === "object" && value !== null) return Object.values(value).flatMap(nonFiniteNumbers);
  return [];
}

describe("evaluation of any indicator the schema accepts", () => {
  test.prop([rawIndicator, date, fc.option(code, { nil: undefined })])("never gives NaN or Infinity", (raw, asOf, period) => {
    const parsed = IndicatorSchema.safeParse(JSON.parse(JSON.stringify(raw)));
    fc.pre(parsed.success);
    const indicator = parsed.data as Indicator;
    const options = { asOf, ...(period === undefined ? {} : { period }) };
    const progress = indicatorProgress(indicator, options);
    if (progress !== undefined) expect(Number.isFinite(progress.progress)).toBe(true);
    const expected = expectedProgress(indicator, options);
    if (expected !== undefined) expect(expected >= 0 && expected <= 1).toBe(true);
    const status = indicatorStatus(indicator, options);
    for (const n of [status.progress, status.expectedProgress, status.value]) if (n !== undefined) expect(Number.isFinite(n)).toBe(true);
    expect(nonFiniteNumbers(status)).toEqual([]);
  });
});

// ---- status monotonicity ------------------------------------------------------------------------

function directional(dir: "higherIsBetter" | "lowerIsBetter", baseline: number, target: number, measured: number, withTrajectory: boolean): Indicator {
  return {
    id: "i",
    name: "I",
    kind: "effect",
    unit: { kind: "count" },
    direction: dir,
    accumulation: "cumulative",
    baseline: { period: "2022", value: baseline },
    targets: [{ period: "2025", comparator: dir === "higherIsBetter" ? "atLeast" : "atMost", value: target }],
    ...(withTrajectory ? { trajectory: [{ period: "2023", value: baseline + (target - baseline) * 0.2 }, { period: "2024", value: baseline + (target - baseline) * 0.7 }] } : {}),
    measurements: [{ period: "2023-03", value: { state: "available", value: measured } }],
  };
}

const rank = (status: string): number => statusRank(status as never) ?? -1;

describe("indicator status", () => {
  test.prop([direction, value, value, value, value, date.filter((d) => d >= "2023-03-31"), fc.boolean()])(
    "never gets better when the value gets worse",
    (dir, baseline, target, a, b, asOf, withTrajectory) => {
      const [worse, better] = dir === "higherIsBetter" ? [Math.min(a, b), Math.max(a, b)] : [Math.max(a, b), Math.min(a, b)];
      const options = { asOf, period: "2025" };
      const good = indicatorStatus(directional(dir, baseline, target, better, withTrajectory), options).status;
      const bad = indicatorStatus(directional(dir, baseline, target, worse, withTrajectory), options).status;
      expect(rank(bad)).toBeGreaterThanOrEqual(rank(good));
    },
  );

  test.prop([direction, value, value, value, date.filter((d) => d >= "2023-03-31"), date.filter((d) => d >= "2023-03-31"), fc.boolean(), fc.constantFrom("asOf" as const, "measurement" as const)])(
    "never gets better when time passes without new data",
    (dir, baseline, target, measured, d1, d2, withTrajectory, compareAt) => {
      const [early, late] = d1 <= d2 ? [d1, d2] : [d2, d1];
      const indicator = directional(dir, baseline, target, measured, withTrajectory);
      const before = indicatorStatus(indicator, { asOf: early, period: "2025", compareAt }).status;
      const after = indicatorStatus(indicator, { asOf: late, period: "2025", compareAt }).status;
      expect(rank(after)).toBeGreaterThanOrEqual(rank(before));
    },
  );

  it("uses the documented thresholds", () => {
    // baseline 0 (end 2022) → target 100 (end 2025): on 2024-06-30 about 49.9 % expected
    const at = (measured: number): string => indicatorStatus(directional("higherIsBetter", 0, 100, measured, false), { asOf: "2024-06-30", period: "2025" }).status;
    expect(at(45)).toBe("onTrack");
    expect(at(35)).toBe("atRisk");
    expect(at(20)).toBe("offTrack");
    expect(at(-1)).toBe("offTrack");
    expect(at(100)).toBe("achieved");
    expect(indicatorStatus(directional("higherIsBetter", 0, 100, 45, false), { asOf: "2024-06-30", period: "2025", atRiskGap: 0.01 }).status).toBe("atRisk");
  });

  it("flags a value below the baseline as regression and at least at risk, even early on", () => {
    const status = indicatorStatus(directional("higherIsBetter", 50, 100, 49, false), { asOf: "2023-03-31", period: "2025" });
    expect(status).toMatchObject({ status: "atRisk", regression: true });
    expect(status.message.en).toContain("worse than the baseline");
  });

  it("defines baseline = target: met is achieved, never NaN", () => {
    const same = directional("higherIsBetter", 80, 80, 80, false);
    expect(indicatorProgress(same, { period: "2025" })?.progress).toBe(1);
    expect(indicatorStatus(same, { asOf: "2024-01-01", period: "2025" }).status).toBe("achieved");
  });

  it("judges a band", () => {
    const band: Indicator = {
      id: "b", name: "Bezetting", kind: "context", unit: { kind: "percentage" }, direction: "withinBand", accumulation: "stock",
      targets: [{ period: "2024", comparator: "between", min: 90, max: 95 }],
      measurements: [{ period: "2024-06", value: { state: "available", value: 89.6 } }],
    };
    expect(indicatorStatus(band, { asOf: "2024-07-01" }).status).toBe("atRisk");
    expect(indicatorStatus(band, { asOf: "2025-01-01" }).status).toBe("notAchieved");
    expect(indicatorStatus({ ...band, measurements: [{ period: "2024-06", value: { state: "available", value: 92 } }] }, { asOf: "2024-07-01" }).status).toBe("achieved");
  });

  it("treats n.n.b. as no data, not zero", () => {
    const nnb: Indicator = { ...directional("higherIsBetter", 0, 100, 0, false), measurements: [{ period: "2023-03", value: { state: "notAvailable", reason: "n.n.b." } }] };
    const status = indicatorStatus(nnb, { asOf: "2024-01-01", period: "2025" });
    expect(status.status).toBe("noData");
    expect(status.message.nl).toContain("n.n.b.");
  });
});

// ---- rates over parts ---------------------------------------------------------------------------

const part = fc.tuple(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 1, max: 10_000 }));

describe("aggregation of rates", () => {
  test.prop([fc.array(part, { minLength: 1, maxLength: 8 }), fc.constantFrom(100, 1000)])("equals the rate of the summed numerators and denominators", (parts, per) => {
    const unit: IndicatorUnit = per === 100 ? { kind: "percentage" } : { kind: "rate", per, of: "inwoners" };
    const values = parts.map(([n, d]) => ({ state: "available" as const, value: (n * per) / d, numerator: n, denominator: d }));
    const numerator = parts.reduce((s, [n]) => s + n, 0);
    const denominator = parts.reduce((s, [, d]) => s + d, 0);
    expect(aggregateMeasurements(values, unit)).toEqual({ state: "available", value: (numerator * per) / denominator, numerator, denominator });
    // and an indicator with parts (stadsdelen) but no total reads that same rate
    const indicator: Indicator = {
      id: "r", name: "R", kind: "context", unit, direction: "lowerIsBetter", accumulation: "periodic", targets: [],
      measurements: values.map((v, i) => ({ period: "2024", value: v, breakdown: `stadsdeel ${i}` })),
    };
    expect(indicatorValue(indicator, { period: "2024" })).toMatchObject({ state: "available", value: (numerator * per) / denominator, parts: parts.length });
  });

  it("is not the average of the percentages", () => {
    const result = aggregateMeasurements(
      [
        { state: "available", value: 50, numerator: 1, denominator: 2 },
        { state: "available", value: 10, numerator: 10, denominator: 100 },
      ],
      { kind: "percentage" },
    );
    expect(result).toMatchObject({ value: (11 / 102) * 100 });
    expect(aggregateMeasurements([{ state: "available", value: 50 }], { kind: "percentage" }).state).toBe("notAvailable");
  });

  it("cumulative indicators take the latest running total, never a sum", () => {
    const cumulative: Indicator = {
      id: "c", name: "C", kind: "performance", unit: { kind: "count" }, direction: "higherIsBetter", accumulation: "cumulative",
      targets: [{ period: "2024", comparator: "atLeast", value: 100 }],
      measurements: [
        { period: "2024-Q1", value: { state: "available", value: 20 } },
        { period: "2024-Q3", value: { state: "available", value: 70 } },
        { period: "2024-Q2", value: { state: "available", value: 45 } },
      ],
    };
    expect(indicatorValue(cumulative, { asOf: "2024-10-15" })).toMatchObject({ value: 70, period: "2024-Q3" });
    expect(indicatorValue(cumulative, { asOf: "2024-08-15" })).toMatchObject({ value: 45, period: "2024-Q2" });
  });

  it("periodic counts use only the measurement of the target period; percentages accept an interim reading", () => {
    const count: Indicator = {
      id: "p", name: "P", kind: "performance", unit: { kind: "count" }, direction: "higherIsBetter", accumulation: "periodic",
      targets: [{ period: "2024", comparator: "atLeast", value: 100 }],
      measurements: [{ period: "2024-Q2", value: { state: "available", value: 60 } }],
    };
    expect(indicatorValue(count, { asOf: "2024-08-01" })).toBeUndefined();
    expect(indicatorValue({ ...count, unit: { kind: "percentage" } }, { asOf: "2024-08-01" })).toMatchObject({ value: 60, interim: true });
  });
});
