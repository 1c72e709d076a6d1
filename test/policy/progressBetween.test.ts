import { describe, expect, it } from "vitest";
import { progressBetween } from "opkoers/policy";

describe("progressBetween: arguments", () => {
  it.each([
    [Number.NaN, 0, 1, "value NaN, baseline 0, target 1"],
    [0, Number.POSITIVE_INFINITY, 1, "value 0, baseline Infinity, target 1"],
    [0, 0, Number.NEGATIVE_INFINITY, "value 0, baseline 0, target -Infinity"],
    ["1" as unknown as number, 0, 1, "value 1, baseline 0, target 1"],
  ])("refuses a number that is not finite: %s, %s, %s", (value, baseline, target, named) => {
    expect(() => progressBetween(value, baseline, target, "higherIsBetter")).toThrowError(
      expect.objectContaining({ code: "invalid_option", message: `[opkoers] progressBetween needs finite numbers, but got ${named}.`, details: { value, baseline, target } }),
    );
  });

  it("refuses a direction that is not one of the two, naming it", () => {
    expect(() => progressBetween(1, 0, 2, "withinBand" as never)).toThrowError(
      expect.objectContaining({ code: "invalid_option", message: '[opkoers] The direction must be "higherIsBetter" or "lowerIsBetter", but it is "withinBand".', details: { direction: "withinBand" } }),
    );
    expect(() => progressBetween(1, 0, 2, undefined as never)).toThrowError(expect.objectContaining({ code: "invalid_option", message: expect.stringContaining("but it is undefined.") }));
  });
});
