import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { cents, percentageOf, ROUNDING_MODES, type Cents, type PercentageOptions } from "opkoers/money";
import { anyCents, BIG_MAX, decimalText, expectDomainError, MAX, roundRef } from "./_support.js";

const mode = fc.constantFrom(...ROUNDING_MODES);
const decimals = fc.integer({ min: 0, max: 10 });

describe("percentageOf", () => {
  it("computes a percentage rounded once from the exact quotient", () => {
    expect(percentageOf(cents(4663400000), cents(113700000000))).toEqual({ defined: true, value: 4.1, scaled: 41, decimals: 1 });
    expect(percentageOf(cents(1), cents(3), { decimals: 2 })).toEqual({ defined: true, value: 33.33, scaled: 3333, decimals: 2 });
    expect(percentageOf(cents(2), cents(3), { decimals: 0, rounding: "down" })).toEqual({ defined: true, value: 66, scaled: 66, decimals: 0 });
    expect(percentageOf(cents(-1), cents(8), { decimals: 1, rounding: "halfEven" })).toEqual({ defined: true, value: -12.5, scaled: -125, decimals: 1 });
    expect(percentageOf(cents(-1), cents(16), { decimals: 1, rounding: "halfEven" }).defined && percentageOf(cents(-1), cents(16), { decimals: 1, rounding: "halfEven" })).toMatchObject({ scaled: -62 });
    expect(percentageOf(cents(1), cents(-16), { decimals: 1, rounding: "halfUp" })).toMatchObject({ scaled: -63 });
    expect(percentageOf(cents(10 ** 12), cents(1), { decimals: 1 })).toEqual({ defined: true, value: 10 ** 14, scaled: 10 ** 15, decimals: 1 });
  });

  it("returns { defined: false } for a zero whole, never NaN or Infinity", () => {
    expect(percentageOf(cents(1), cents(0))).toEqual({ defined: false, reason: "whole_is_zero" });
    expect(percentageOf(cents(0), cents(0))).toEqual({ defined: false, reason: "whole_is_zero" });
    expect(percentageOf(cents(-5), -0 as Cents)).toEqual({ defined: false, reason: "whole_is_zero" });
  });

  it("never returns -0", () => {
    const result = percentageOf(cents(-1), cents(1_000_000), { decimals: 1 });
    expect(result.defined && Object.is(result.scaled, 0) && Object.is(result.value, 0)).toBe(true);
  });

  it("rejects a percentage too large to be exact, and bad options", () => {
    expect(expectDomainError(() => percentageOf(cents(MAX), cents(1), { decimals: 0 }), "amount_out_of_range").message).toMatchInlineSnapshot(`"[opkoers] The percentage of 9007199254740991 in 1 cents is too large to be represented exactly: its scaled value 900719925474099100 is beyond ±9007199254740991."`);
    expect(expectDomainError(() => percentageOf(cents(10 ** 12), cents(-1), { decimals: 2 }), "amount_out_of_range").message).toMatchInlineSnapshot(`"[opkoers] The percentage of 1000000000000 in -1 cents is too large to be represented exactly with 2 decimals: its scaled value -10000000000000000 is beyond ±9007199254740991."`);
    for (const bad of [-1, 11, 1.5, Number.NaN, "2"]) {
      expectDomainError(() => percentageOf(cents(1), cents(2), { decimals: bad } as unknown as PercentageOptions), "invalid_option");
    }
    expectDomainError(() => percentageOf(cents(1), cents(2), { rounding: "HALF_UP" } as unknown as PercentageOptions), "invalid_rounding_mode");
    expectDomainError(() => percentageOf(1.5 as Cents, cents(2)), "invalid_amount");
    expectDomainError(() => percentageOf(cents(1), Number.NaN as Cents), "invalid_amount");
  });

  test.prop([anyCents, anyCents, decimals, mode])("is exact: scaled is the BigInt quotient rounded once, value its nearest double", (part, whole, places, rounding) => {
    if (whole === 0) {
      expect(percentageOf(part, whole, { decimals: places, rounding })).toEqual({ defined: false, reason: "whole_is_zero" });
      return;
    }
    const expected = roundRef(BigInt(part) * 100n * 10n ** BigInt(places), BigInt(whole), rounding);
    if (expected > BIG_MAX || expected < -BIG_MAX) {
      expectDomainError(() => percentageOf(part, whole, { decimals: places, rounding }), "amount_out_of_range");
      return;
    }
    const result = percentageOf(part, whole, { decimals: places, rounding });
    expect(result).toEqual({ defined: true, value: Number(decimalText(expected, places, "dot")), scaled: Number(expected), decimals: places });
    if (result.defined) {
      expect(Number.isFinite(result.value)).toBe(true);
      expect(Object.is(result.scaled, -0) || Object.is(result.value, -0)).toBe(false);
    }
  });

  test.prop([fc.integer({ min: -(2 ** 30), max: 2 ** 30 }), fc.integer({ min: -(2 ** 30), max: 2 ** 30 }), fc.integer({ min: 1, max: 2 ** 40 }), mode])(
    "is monotone in the part for a positive whole",
    (a, b, whole, rounding) => {
      const low = percentageOf(Math.min(a, b) as Cents, whole as Cents, { decimals: 2, rounding });
      const high = percentageOf(Math.max(a, b) as Cents, whole as Cents, { decimals: 2, rounding });
      expect(low.defined && high.defined && low.scaled <= high.scaled).toBe(true);
    },
  );
});
