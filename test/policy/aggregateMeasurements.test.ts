import { describe, expect, it } from "vitest";
import { aggregateMeasurements, type MeasurementValue } from "opkoers/policy";

describe("aggregateMeasurements", () => {
  it("sums counts and money", () => {
    expect(aggregateMeasurements([{ state: "available", value: 3 }, { state: "available", value: 4 }], { kind: "count" })).toEqual({ state: "available", value: 7 });
    expect(aggregateMeasurements([{ state: "available", value: 150 }, { state: "available", value: 250 }, { state: "available", value: -50 }], { kind: "money" })).toEqual({ state: "available", value: 350 });
  });

  it("names the first part that is not available, with or without a reason", () => {
    expect(aggregateMeasurements([{ state: "available", value: 3 }, { state: "notAvailable" }, { state: "notAvailable", reason: "n.n.b." }], { kind: "count" })).toEqual({
      state: "notAvailable",
      reason: "part 2 is not available",
    });
    // a part in an unknown state (untyped input) is not available either, and has no reason to give
    expect(aggregateMeasurements([{ state: "pending", reason: "x" } as unknown as MeasurementValue], { kind: "count" })).toEqual({ state: "notAvailable", reason: "part 1 is not available" });
  });

  it("does not divide by a summed denominator that is not positive", () => {
    expect(aggregateMeasurements([{ state: "available", value: 0, numerator: 0, denominator: 0 }], { kind: "percentage" })).toEqual({ state: "notAvailable", reason: "the summed denominator is not positive" });
  });

  it("recomputes a rate per its own base", () => {
    expect(aggregateMeasurements([{ state: "available", value: 2, numerator: 2, denominator: 1000 }, { state: "available", value: 6, numerator: 3, denominator: 500 }], { kind: "rate", per: 1000, of: "inwoners" })).toEqual({
      state: "available",
      value: 10 / 3,
      numerator: 5,
      denominator: 1500,
    });
  });

  it("does not combine quantities or yes/no values", () => {
    expect(aggregateMeasurements([{ state: "available", value: 1 }], { kind: "quantity", label: "kg" })).toEqual({ state: "notAvailable", reason: "values of a quantity indicator cannot be combined over parts" });
    expect(aggregateMeasurements([{ state: "available", value: 1 }], { kind: "boolean" })).toEqual({ state: "notAvailable", reason: "values of a boolean indicator cannot be combined over parts" });
  });

  it("throws invalid_option for no parts or parts that are not an array", () => {
    expect(() => aggregateMeasurements("parts" as never, { kind: "count" })).toThrowError(
      expect.objectContaining({ code: "invalid_option", message: expect.stringContaining("needs a non-empty array of part values"), details: { value: "parts" } }),
    );
    expect(() => aggregateMeasurements([], { kind: "count" })).toThrowError(expect.objectContaining({ code: "invalid_option", details: { value: [] } }));
  });
});
