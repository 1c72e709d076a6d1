import { describe, expect, it } from "vitest";
import { indicatorProgress, indicatorValue, type Indicator, type Measurement } from "opkoers/policy";

/** A count indicator (stock unless said otherwise) without targets, with the given measurements. */
function stock(measurements: readonly Measurement[], extra: Partial<Indicator> = {}): Indicator {
  return { id: "s", name: "S", kind: "context", unit: { kind: "count" }, direction: "higherIsBetter", accumulation: "stock", targets: [], measurements, ...extra };
}
const available = (value: number): Measurement["value"] => ({ state: "available", value });
const nnb = (reason?: string): Measurement["value"] => (reason === undefined ? { state: "notAvailable" } : { state: "notAvailable", reason });

describe("indicatorValue: windows", () => {
  it("without a target and without a period, reads the latest measurement and never calls it interim", () => {
    const indicator = stock([
      { period: "2023", value: available(5) },
      { period: "2024-06", value: available(7) },
    ]);
    expect(indicatorValue(indicator)).toEqual({ state: "available", value: 7, period: "2024-06", knownFrom: "2024-06-30", final: true, interim: false });
  });

  it("a period without a target still limits the reading to that period, and a shorter period in it is interim", () => {
    const indicator = stock([
      { period: "2023-06", value: available(3) },
      { period: "2023", value: available(5) },
      { period: "2024", value: available(7) },
    ]);
    expect(indicatorValue(indicator, { period: "2023" })).toMatchObject({ value: 5, period: "2023", interim: false });
    expect(indicatorValue(stock([{ period: "2023-06", value: available(3) }]), { period: "2023" })).toMatchObject({ value: 3, period: "2023-06", interim: true });
    expect(indicatorValue(stock([{ period: "2024", value: available(7) }]), { period: "2023" })).toBeUndefined();
  });

  it("the last day of February is the 29th in a leap year", () => {
    expect(indicatorValue(stock([{ period: "2024-02", value: available(1) }]))).toMatchObject({ knownFrom: "2024-02-29" });
    expect(indicatorValue(stock([{ period: "2023-02", value: available(1) }]))).toMatchObject({ knownFrom: "2023-02-28" });
  });
});

describe("indicatorValue: periodic windows", () => {
  it("a periodic reading must lie within the target period: a longer period around it does not count", () => {
    const indicator: Indicator = {
      ...stock([{ period: "2024", value: available(40) }]),
      unit: { kind: "percentage" },
      accumulation: "periodic",
      targets: [{ period: "2024-Q2", comparator: "atLeast", value: 50 }],
    };
    expect(indicatorValue(indicator, { asOf: "2025-01-31" })).toBeUndefined();
    expect(indicatorValue({ ...indicator, measurements: [...indicator.measurements, { period: "2024-04", value: available(45) }] }, { asOf: "2025-01-31" })).toMatchObject({
      value: 45,
      period: "2024-04",
      interim: true,
    });
  });
});

describe("indicatorValue: only n.n.b. readings", () => {
  it("reports the latest one, with its reason when it has one", () => {
    expect(indicatorValue(stock([{ period: "2024-Q1", value: nnb("n.n.b.") }]))).toEqual({ state: "notAvailable", period: "2024-Q1", reason: "n.n.b." });
    // the later one comes first: the earlier one does not replace it
    expect(indicatorValue(stock([{ period: "2024-Q2", value: nnb() }, { period: "2024-Q1", value: nnb("n.n.b.") }]))).toEqual({ state: "notAvailable", period: "2024-Q2" });
  });

  it("a value wins over a later n.n.b.", () => {
    expect(indicatorValue(stock([{ period: "2024-Q2", value: nnb("n.n.b.") }, { period: "2024-Q1", value: available(4) }]))).toMatchObject({ state: "available", value: 4, period: "2024-Q1" });
  });
});

describe("indicatorValue: the peildatum", () => {
  it("a measurement counts from its referenceDate, not from its period's end", () => {
    const indicator = stock([
      { period: "2023", value: available(5) },
      { period: "2024-Q1", value: available(10), referenceDate: "2024-05-15" },
    ]);
    expect(indicatorValue(indicator, { asOf: "2024-04-30" })).toMatchObject({ value: 5, period: "2023" });
    expect(indicatorValue(indicator, { asOf: "2024-05-15" })).toMatchObject({ value: 10, period: "2024-Q1", knownFrom: "2024-05-15" });
  });

  it("for a periodic reading too", () => {
    const indicator: Indicator = {
      ...stock([{ period: "2024", value: available(40), referenceDate: "2025-02-01" }]),
      unit: { kind: "percentage" },
      accumulation: "periodic",
      targets: [{ period: "2024", comparator: "atLeast", value: 50 }],
    };
    expect(indicatorValue(indicator, { asOf: "2025-01-15" })).toBeUndefined();
    expect(indicatorValue(indicator, { asOf: "2025-02-01" })).toMatchObject({ value: 40, knownFrom: "2025-02-01", interim: false });
  });
});

describe("indicatorValue: measurements ending in the same month", () => {
  it("the longest period wins, whatever the order", () => {
    const q4 = { period: "2024-Q4", value: available(1) };
    const year = { period: "2024", value: available(2) };
    const december = { period: "2024-12", value: available(3) };
    expect(indicatorValue(stock([q4, year]))).toMatchObject({ value: 2, period: "2024" });
    expect(indicatorValue(stock([year, q4]))).toMatchObject({ value: 2, period: "2024" });
    expect(indicatorValue(stock([december, q4, year]))).toMatchObject({ value: 2, period: "2024" });
    expect(indicatorValue(stock([december, q4]))).toMatchObject({ value: 1, period: "2024-Q4" });
  });

  it("of two readings of the same period, the one with the later peildatum wins (no peildatum is earliest)", () => {
    const early = { period: "2024-Q4", value: available(1), referenceDate: "2025-01-10" };
    const late = { period: "2024-Q4", value: available(2), referenceDate: "2025-01-20" };
    const none = { period: "2024-Q4", value: available(3) };
    expect(indicatorValue(stock([early, late]))).toMatchObject({ value: 2, knownFrom: "2025-01-20" });
    expect(indicatorValue(stock([late, early]))).toMatchObject({ value: 2 });
    expect(indicatorValue(stock([none, early]))).toMatchObject({ value: 1 });
    expect(indicatorValue(stock([early, none]))).toMatchObject({ value: 1 });
    expect(indicatorValue(stock([none, { ...none, value: available(4) }]))).toMatchObject({ value: 3 });
  });
});

describe("indicatorValue: parts (stadsdelen)", () => {
  const part = (period: string, breakdown: string, value: number, more: Partial<Measurement> = {}): Measurement => ({ period, breakdown, value: available(value), ...more });

  it("a measured total wins over its parts", () => {
    const indicator = stock([{ period: "2024", value: available(100) }, part("2024", "Haven", 40), part("2024", "Poort", 50)]);
    expect(indicatorValue(indicator)).toEqual({ state: "available", value: 100, period: "2024", knownFrom: "2024-12-31", final: true, interim: false });
  });

  it("parts count only once known on asOf", () => {
    const indicator = stock([{ period: "2024-Q1", value: available(5) }, part("2024-Q2", "Haven", 3), part("2024-Q2", "Poort", 4)]);
    expect(indicatorValue(indicator, { asOf: "2024-05-01" })).toMatchObject({ value: 5, period: "2024-Q1" });
    expect(indicatorValue(indicator, { asOf: "2024-07-01" })).toMatchObject({ value: 7, period: "2024-Q2", parts: 2 });
  });

  it("parts after the target period do not count", () => {
    const indicator = stock([part("2025", "Haven", 3)], { targets: [{ period: "2024", comparator: "atLeast", value: 1 }] });
    expect(indicatorValue(indicator, { period: "2024" })).toBeUndefined();
    expect(indicatorValue(indicator, { period: "2025" })).toMatchObject({ value: 3, parts: 1 });
  });

  it("combined parts of a longer period ending in the same month win over a shorter total, not over a longer one", () => {
    expect(indicatorValue(stock([{ period: "2024-Q4", value: available(5) }, part("2024", "Haven", 3), part("2024", "Poort", 4)]))).toMatchObject({ value: 7, period: "2024", parts: 2 });
    expect(indicatorValue(stock([part("2024-Q4", "Haven", 1), part("2024", "Haven", 3), part("2024", "Poort", 4)]))).toMatchObject({ value: 7, period: "2024", parts: 2 });
    expect(indicatorValue(stock([part("2024", "Haven", 3), part("2024-Q4", "Haven", 1)]))).toMatchObject({ value: 3, period: "2024", parts: 1 });
    const total = indicatorValue(stock([{ period: "2024", value: available(9) }, part("2024-12", "Haven", 1), part("2024-12", "Poort", 2)]));
    expect(total).toMatchObject({ value: 9, period: "2024" });
    expect(total).not.toHaveProperty("parts");
  });

  it("the combined reading is known from the latest peildatum of its parts, and final only when every part is", () => {
    const indicator = stock([
      part("2024", "Haven", 3, { referenceDate: "2025-01-10" }),
      part("2024", "Poort", 4, { referenceDate: "2025-01-20", final: false }),
      part("2024", "Stad", 5),
      part("2024", "Buiten", 6, { referenceDate: "2025-01-15" }),
    ]);
    expect(indicatorValue(indicator)).toEqual({ state: "available", value: 18, period: "2024", knownFrom: "2025-01-20", final: false, interim: false, parts: 4 });
    expect(indicatorValue(stock([part("2024", "Haven", 3), part("2024", "Poort", 4)]))).toMatchObject({ knownFrom: "2024-12-31", final: true });
  });

  it("parts that cannot be combined give not available, with the reason, for the latest such period", () => {
    const percentage: Partial<Indicator> = { unit: { kind: "percentage" } };
    expect(indicatorValue(stock([part("2024", "Haven", 50), part("2024", "Poort", 10)], percentage))).toEqual({
      state: "notAvailable",
      period: "2024",
      reason: "a part has no numerator and denominator, and percentages cannot be averaged",
    });
    const missing = stock([
      { period: "2024-Q2", breakdown: "Haven", value: nnb("n.n.b.") },
      { period: "2024-Q1", breakdown: "Haven", value: nnb() },
    ]);
    expect(indicatorValue(missing)).toEqual({ state: "notAvailable", period: "2024-Q2", reason: "part 1 is not available (n.n.b.)" });
  });
});

describe("indicatorProgress", () => {
  const base: Indicator = {
    id: "p", name: "P", kind: "effect", unit: { kind: "count" }, direction: "lowerIsBetter", accumulation: "stock",
    baseline: { period: "2022", value: 200 }, targets: [{ period: "2025", comparator: "atMost", value: 100 }], measurements: [],
  };
  const at = (indicator: Indicator, value: number): ReturnType<typeof indicatorProgress> =>
    indicatorProgress({ ...indicator, measurements: [{ period: "2024", value: available(value) }] }, { asOf: "2025-01-15" });

  it("lower is better: progress towards a lower target, and regression above the baseline", () => {
    expect(at(base, 150)).toEqual({ value: 150, period: "2024", targetPeriod: "2025", progress: 0.5, regression: false, met: false });
    expect(at(base, 250)).toEqual({ value: 250, period: "2024", targetPeriod: "2025", progress: -0.5, regression: true, met: false });
    expect(at(base, 90)).toMatchObject({ progress: 1.1, met: true });
  });

  it("without a baseline: 1 when met, else 0, and never regression", () => {
    const { baseline: _baseline, ...noBaseline } = base;
    expect(at(noBaseline, 100)).toMatchObject({ progress: 1, met: true, regression: false });
    expect(at(noBaseline, 101)).toMatchObject({ progress: 0, met: false, regression: false });
  });

  it("is undefined for a band target on a directional indicator, and without a value", () => {
    expect(at({ ...base, targets: [{ period: "2025", comparator: "between", min: 90, max: 110 }] }, 100)).toBeUndefined();
    expect(indicatorProgress({ ...base, measurements: [{ period: "2024", value: nnb("n.n.b.") }] }, { asOf: "2025-01-15" })).toBeUndefined();
  });
});
