import { describe, expect, it } from "vitest";
import { expectedProgress, targetFor, type Indicator, type Target } from "opkoers/policy";

function withTargets(targets: readonly Target[], extra: Partial<Indicator> = {}): Indicator {
  return { id: "t", name: "T", kind: "effect", unit: { kind: "count" }, direction: "higherIsBetter", accumulation: "stock", targets, measurements: [], ...extra };
}
const atLeast = (period: string, value: number): Target => ({ period, comparator: "atLeast", value });

describe("targetFor: targets ending in the same month", () => {
  const q4 = atLeast("2024-Q4", 10);
  const year = atLeast("2024", 40);

  it("takes the longer one while both are running, whatever their order", () => {
    expect(targetFor(withTargets([q4, year]), { asOf: "2024-06-01" })).toBe(year);
    expect(targetFor(withTargets([year, q4]), { asOf: "2024-06-01" })).toBe(year);
  });

  it("and also once both have ended (the fallback to the last target)", () => {
    expect(targetFor(withTargets([q4, year]), { asOf: "2025-06-01" })).toBe(year);
    expect(targetFor(withTargets([year, q4]), { asOf: "2025-06-01" })).toBe(year);
    expect(targetFor(withTargets([q4, year]))).toBe(year);
  });

  it("takes the one ending first while it runs", () => {
    const h1 = atLeast("2024-H1", 5);
    const t2 = atLeast("2024-T2", 7);
    expect(targetFor(withTargets([t2, h1]), { asOf: "2024-05-15" })).toBe(h1);
    expect(targetFor(withTargets([t2, h1]), { asOf: "2024-06-30" })).toBe(t2);
  });

  it("a month has ended on its last day, the 29th of February in a leap year", () => {
    const february = atLeast("2024-02", 1);
    const march = atLeast("2024-03", 2);
    expect(targetFor(withTargets([february, march]), { asOf: "2024-02-28" })).toBe(february);
    expect(targetFor(withTargets([february, march]), { asOf: "2024-02-29" })).toBe(march);
  });
});

describe("period codes", () => {
  it("reads halves (H) and tertials (T) as 6 and 4 months", () => {
    // no baseline: expected progress runs from the start to the end of the target period
    expect(expectedProgress(withTargets([atLeast("2024-H2", 1)]), { asOf: "2024-09-30" })).toBe(92 / 184);
    expect(expectedProgress(withTargets([atLeast("2024-T3", 1)]), { asOf: "2024-10-31" })).toBe(61 / 122);
    expect(expectedProgress(withTargets([atLeast("2024-H1", 1)]), { asOf: "2024-06-30" })).toBe(1);
  });

  it.each(["2024-H3", "2024-H0", "2024-T4", "2024-Q0", "2024-13", "2024-00", "0000", "abcd", "2024Q1", "2024_Q1", "2024-Q12", "24", ""])("throws invalid_period for %j", (code) => {
    expect(() => targetFor(withTargets([atLeast(code, 1)]))).toThrowError(
      expect.objectContaining({ code: "invalid_period", message: expect.stringContaining(`The period code is ${JSON.stringify(code)};`), details: { value: code } }),
    );
  });

  it("throws invalid_period for a period that is not a string", () => {
    expect(() => targetFor(withTargets([atLeast(undefined as never, 1)]))).toThrowError(
      expect.objectContaining({ code: "invalid_period", message: expect.stringContaining("The period code is undefined;") }),
    );
    expect(() => targetFor(withTargets([atLeast(2024 as never, 1)]))).toThrowError(expect.objectContaining({ code: "invalid_period", message: expect.stringContaining("The period code is 2024;") }));
  });
});

describe("expectedProgress", () => {
  it("needs an asOf date", () => {
    expect(() => expectedProgress(withTargets([atLeast("2024", 1)]), {} as never)).toThrowError(expect.objectContaining({ code: "invalid_date", message: "[opkoers] expectedProgress needs an asOf date." }));
    expect(() => expectedProgress(withTargets([atLeast("2024", 1)]), undefined as never)).toThrowError(expect.objectContaining({ code: "invalid_date" }));
  });

  it("is undefined for a band, a between target, or no target", () => {
    expect(expectedProgress(withTargets([{ period: "2024", comparator: "between", min: 1, max: 2 }], { direction: "withinBand" }), { asOf: "2024-06-30" })).toBeUndefined();
    expect(expectedProgress(withTargets([{ period: "2024", comparator: "between", min: 1, max: 2 }]), { asOf: "2024-06-30" })).toBeUndefined();
    expect(expectedProgress(withTargets([]), { asOf: "2024-06-30" })).toBeUndefined();
  });

  it("is a step from 0 to 1 at the target's end when the baseline does not end before it", () => {
    const late = withTargets([atLeast("2024", 10)], { baseline: { period: "2025", value: 0 } });
    expect(expectedProgress(late, { asOf: "2024-06-01" })).toBe(0);
    expect(expectedProgress(late, { asOf: "2024-12-30" })).toBe(0);
    expect(expectedProgress(late, { asOf: "2024-12-31" })).toBe(1);
    expect(expectedProgress(withTargets([atLeast("2024", 10)], { baseline: { period: "2024", value: 0 } }), { asOf: "2024-06-01" })).toBe(0);
  });

  it("lower is better: follows the trajectory down", () => {
    const down = withTargets([{ period: "2025", comparator: "atMost", value: 0 }], {
      direction: "lowerIsBetter",
      baseline: { period: "2023", value: 100 },
      trajectory: [{ period: "2024", value: 20 }],
    });
    expect(expectedProgress(down, { asOf: "2024-12-31" })).toBeCloseTo(0.8, 12);
    expect(expectedProgress(down, { asOf: "2025-12-31" })).toBe(1);
  });
});

describe("the asOf date", () => {
  it("is checked, and named in the error also when it cannot be written as JSON", () => {
    expect(() => targetFor(withTargets([atLeast("2024", 1)]), { asOf: "2024-13-01" })).toThrowError(
      expect.objectContaining({ code: "invalid_date", message: expect.stringContaining('The as-of date must be an ISO date YYYY-MM-DD, but it is "2024-13-01".'), details: { value: "2024-13-01" } }),
    );
    expect(() => targetFor(withTargets([atLeast("2024", 1)]), { asOf: Symbol("vandaag") as never })).toThrowError(
      expect.objectContaining({ code: "invalid_date", message: expect.stringContaining("but it is Symbol(vandaag).") }),
    );
  });
});
