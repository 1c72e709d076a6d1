import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { cents, multiply, ROUNDING_MODES, type Cents, type RoundingMode } from "opkoers/money";
import { anyCents, BIG_MAX, boundedCents, exactFactor, expectDomainError, MAX, modestFactor, roundRef } from "./_support.js";

const mode = fc.constantFrom(...ROUNDING_MODES);

describe("multiply", () => {
  it("rounds the exact product once, with the named mode", () => {
    expect(multiply(cents(145400000), "0.75", "halfUp")).toBe(109050000);
    expect(multiply(cents(100001), "1.021", "halfUp")).toBe(102101);
    expect(multiply(cents(5), "0.5", "halfEven")).toBe(2);
    expect(multiply(cents(7), "0.5", "halfEven")).toBe(4);
    expect(multiply(cents(-5), "0.5", "halfEven")).toBe(-2);
    expect(multiply(cents(-5), "0.5", "halfUp")).toBe(-3);
    expect(multiply(cents(-5), "0.5", "halfDown")).toBe(-2);
    expect(multiply(cents(-5), "0.5", "up")).toBe(-2);
    expect(multiply(cents(-5), "0.5", "down")).toBe(-3);
    expect(multiply(cents(-5), "0.5", "towardZero")).toBe(-2);
    expect(multiply(cents(-5), "0.5", "awayFromZero")).toBe(-3);
    expect(multiply(cents(1000), { numerator: 1, denominator: 3 }, "down")).toBe(333);
    expect(multiply(cents(1000), { numerator: "9.64", denominator: "-1614" }, "halfUp")).toBe(-6);
    expect(multiply(cents(3), 10n ** 10n, "halfUp")).toBe(30_000_000_000);
    expect(multiply(cents(1000), " 2.5e-1 ", "halfUp")).toBe(250);
  });

  it("never returns -0", () => {
    expect(Object.is(multiply(cents(-1), "0.1", "towardZero"), 0)).toBe(true);
    expect(Object.is(multiply(cents(0), -3, "halfUp"), 0)).toBe(true);
  });

  it("rejects a product beyond the safe range, even by one cent", () => {
    expectDomainError(() => multiply(cents(MAX), 2, "halfUp"), "amount_out_of_range");
    // MAX × (1 + 10^-16) is MAX + 0.90…: rounding down stays in range, rounding up does not
    expect(multiply(cents(MAX), "1.0000000000000001", "down")).toBe(MAX);
    expectDomainError(() => multiply(cents(MAX), "1.0000000000000001", "up"), "amount_out_of_range");
    const huge = expectDomainError(() => multiply(cents(1), "1e9999", "halfUp"), "amount_out_of_range");
    expect(huge.message.length).toBeLessThan(300); // a 10,000-digit product is not pasted into the message
  });

  it("rejects factors that are not exact, and bad rounding modes", () => {
    for (const factor of [0.1, Number.NaN, Infinity, 2 ** 53, "abc", "1.", ".5", "1e", "1e99999", "0x10", "1_000", "", null, undefined, true, [], { numerator: 1 }]) {
      expectDomainError(() => multiply(cents(100), factor as never, "halfUp"), "invalid_factor");
    }
    expectDomainError(() => multiply(cents(100), { numerator: 1, denominator: 0 }, "halfUp"), "division_by_zero");
    expectDomainError(() => multiply(cents(100), { numerator: 1, denominator: "0.000" }, "halfUp"), "division_by_zero");
    expectDomainError(() => multiply(cents(100), 2, "HALF_UP" as RoundingMode), "invalid_rounding_mode");
    expectDomainError(() => multiply(cents(100), 2, undefined as unknown as RoundingMode), "invalid_rounding_mode");
  });

  test.prop([anyCents, exactFactor, mode])("equals the exact product rounded with the mode (or throws when that is unsafe)", (amount, { factor, n, d }, rounding) => {
    const expected = roundRef(BigInt(amount) * n, d, rounding);
    if (expected > BIG_MAX || expected < -BIG_MAX) expectDomainError(() => multiply(amount, factor, rounding), "amount_out_of_range");
    else expect(multiply(amount, factor, rounding)).toBe(Number(expected));
  });

  test.prop([boundedCents(2 ** 30), modestFactor, mode])("is within one cent of the exact product, and exact products are untouched", (amount, { factor, n, d }, rounding) => {
    const exact = BigInt(amount) * n; // the exact product is exact / d
    const result = BigInt(multiply(amount, factor, rounding));
    const distance = result * d - exact;
    expect(distance < d && distance > -d).toBe(true);
    if (exact % d === 0n) expect(result).toBe(exact / d);
  });

  test.prop([boundedCents(2 ** 30), boundedCents(2 ** 30), modestFactor, mode])("is monotone in the amount for a non-negative factor", (a, b, { factor, n }, rounding) => {
    fc.pre(n >= 0n);
    const [low, high] = a <= b ? [a, b] : [b, a];
    expect(multiply(low, factor, rounding)).toBeLessThanOrEqual(multiply(high, factor, rounding));
  });

  test.prop([boundedCents(2 ** 30), modestFactor])("is symmetric under negation for the symmetric modes, and up/down mirror each other", (amount, { factor }) => {
    const minus = -amount as Cents;
    for (const symmetric of ["halfEven", "halfUp", "halfDown", "towardZero", "awayFromZero"] as const) {
      expect(multiply(minus, factor, symmetric)).toBe(-multiply(amount, factor, symmetric) || 0);
    }
    expect(multiply(minus, factor, "up")).toBe(-multiply(amount, factor, "down") || 0);
  });
});
