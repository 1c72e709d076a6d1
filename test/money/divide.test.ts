import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { cents, divide, multiply, ROUNDING_MODES, type Cents } from "opkoers/money";
import { anyCents, BIG_MAX, boundedCents, exactFactor, expectDomainError, MAX, modestFactor, roundRef, unlessOutOfRange } from "./_support.js";

const mode = fc.constantFrom(...ROUNDING_MODES);

describe("divide", () => {
  it("rounds the exact quotient once", () => {
    expect(divide(cents(10000), 3, "halfUp")).toBe(3333);
    expect(divide(cents(10000), "0.8", "halfUp")).toBe(12500);
    expect(divide(cents(10000), -3, "halfUp")).toBe(-3333);
    expect(divide(cents(-1), 2, "halfUp")).toBe(-1);
    expect(divide(cents(-1), 2, "halfEven")).toBe(0);
    expect(divide(cents(-1), -2, "halfDown")).toBe(0);
    expect(divide(cents(-1), -2, "up")).toBe(1);
    expect(divide(cents(100), { numerator: 2, denominator: 3 }, "halfUp")).toBe(150);
    expect(divide(cents(100), { numerator: -2, denominator: 3 }, "halfUp")).toBe(-150);
  });

  it("never returns -0", () => {
    expect(Object.is(divide(cents(0), -7, "halfUp"), 0)).toBe(true);
    expect(Object.is(divide(cents(-1), 3, "towardZero"), 0)).toBe(true);
  });

  it("rejects a zero divisor in every spelling", () => {
    for (const zero of [0, 0n, "0", "-0.00", "0e5", { numerator: 0, denominator: 5 }]) {
      expectDomainError(() => divide(cents(100), zero, "halfUp"), "division_by_zero");
    }
    expectDomainError(() => divide(cents(100), { numerator: 5, denominator: 0 }, "halfUp"), "division_by_zero");
    expectDomainError(() => divide(cents(100), 0.5, "halfUp"), "invalid_factor");
    expectDomainError(() => divide(cents(100), 2, "nearest" as never), "invalid_rounding_mode");
  });

  it("rejects a quotient beyond the safe range", () => {
    expectDomainError(() => divide(cents(MAX), "0.5", "halfUp"), "amount_out_of_range");
    expectDomainError(() => divide(cents(-MAX), { numerator: 1, denominator: 2 }, "halfUp"), "amount_out_of_range");
    expect(divide(cents(MAX), 1, "halfUp")).toBe(MAX);
  });

  test.prop([anyCents, exactFactor, mode])("equals the exact quotient rounded with the mode (or throws when that is unsafe)", (amount, { factor, n, d }, rounding) => {
    fc.pre(n !== 0n);
    const expected = roundRef(BigInt(amount) * d, n, rounding);
    if (expected > BIG_MAX || expected < -BIG_MAX) expectDomainError(() => divide(amount, factor, rounding), "amount_out_of_range");
    else expect(divide(amount, factor, rounding)).toBe(Number(expected));
  });

  test.prop([boundedCents(2 ** 30), modestFactor, mode])("is within one cent of the exact quotient, and exact quotients are untouched", (amount, { factor, n, d }, rounding) => {
    fc.pre(n !== 0n);
    const [top, bottom] = n < 0n ? [-BigInt(amount) * d, -n] : [BigInt(amount) * d, n];
    const quotient = unlessOutOfRange(() => divide(amount, factor, rounding));
    fc.pre(quotient !== undefined); // a divisor of 10^-12 can push the quotient out of range (checked above)
    const result = BigInt(quotient);
    const distance = result * bottom - top;
    expect(distance < bottom && distance > -bottom).toBe(true);
    if (top % bottom === 0n) expect(result).toBe(top / bottom);
  });

  test.prop([boundedCents(2 ** 30), boundedCents(2 ** 30), modestFactor, mode])("is monotone in the amount for a positive divisor", (a, b, { factor, n }, rounding) => {
    fc.pre(n > 0n);
    const [low, high] = a <= b ? [a, b] : [b, a];
    const lowResult = unlessOutOfRange(() => divide(low, factor, rounding));
    const highResult = unlessOutOfRange(() => divide(high, factor, rounding));
    fc.pre(lowResult !== undefined && highResult !== undefined);
    expect(lowResult).toBeLessThanOrEqual(highResult);
  });

  test.prop([boundedCents(2 ** 40), fc.integer({ min: 1, max: 10_000 })])("halfEven is symmetric under negation", (amount, divisor) => {
    expect(divide(-amount as Cents, divisor, "halfEven")).toBe(-divide(amount, divisor, "halfEven") || 0);
  });

  test.prop([boundedCents(2 ** 40), fc.integer({ min: 1, max: 10_000 }), mode])("dividing by k is multiplying by 1/k", (amount, k, rounding) => {
    expect(divide(amount, k, rounding)).toBe(multiply(amount, { numerator: 1, denominator: k }, rounding));
  });
});
