// abs, negate, compare, equals, max, min, isZero, isNegative, isPositive: small functions, tested together.
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { abs, cents, compare, equals, isNegative, isPositive, isZero, max, min, negate, type Cents } from "opkoers/money";
import { anyCents, deepFreeze } from "./_support.js";

describe("abs and negate", () => {
  it("never return -0", () => {
    expect(Object.is(abs(-0 as Cents), 0)).toBe(true);
    expect(Object.is(negate(cents(0)), 0)).toBe(true);
    expect(Object.is(negate(-0 as Cents), 0)).toBe(true);
    expect(abs(cents(-180))).toBe(180);
    expect(abs(cents(180))).toBe(180);
  });

  test.prop([anyCents])("negate is an involution and abs is non-negative and idempotent", (a) => {
    expect(negate(negate(a))).toBe(a);
    expect(abs(a)).toBeGreaterThanOrEqual(0);
    expect(abs(abs(a))).toBe(abs(a));
    expect(abs(negate(a))).toBe(abs(a));
    expect(abs(a)).toBe(Math.abs(a));
  });
});

describe("compare and equals", () => {
  it("sorts amounts", () => {
    expect([cents(3), cents(-1), cents(2)].sort(compare)).toEqual([-1, 2, 3]);
    expect(compare(-0 as Cents, cents(0))).toBe(0);
    expect(equals(-0 as Cents, cents(0))).toBe(true);
  });

  test.prop([anyCents, anyCents])("compare is antisymmetric and agrees with < and equals", (a, b) => {
    expect(compare(a, b)).toBe(-compare(b, a) || 0);
    expect(compare(a, b)).toBe(a < b ? -1 : a > b ? 1 : 0);
    expect(equals(a, b)).toBe(compare(a, b) === 0);
  });
});

describe("max and min", () => {
  it("pick the extreme amount, never -0", () => {
    expect(max(cents(5), cents(-2), cents(9))).toBe(9);
    expect(min(cents(5), cents(-2), cents(9))).toBe(-2);
    expect(max(cents(7))).toBe(7);
    expect(Object.is(max(-0 as Cents, -0 as Cents), 0)).toBe(true);
    expect(Object.is(min(-0 as Cents), 0)).toBe(true);
  });

  it("does not mutate a spread input", () => {
    const amounts = deepFreeze([cents(4), cents(1), cents(3)]);
    expect(max(cents(0), ...amounts)).toBe(4);
    expect(min(cents(9), ...amounts)).toBe(1);
  });

  test.prop([anyCents, fc.array(anyCents, { maxLength: 10 })])("agree with Math.max and Math.min", (first, rest) => {
    expect(max(first, ...rest)).toBe(Math.max(first, ...rest));
    expect(min(first, ...rest)).toBe(Math.min(first, ...rest));
  });
});

describe("isZero, isNegative, isPositive", () => {
  test.prop([anyCents])("exactly one of them holds", (a) => {
    expect([isZero(a), isNegative(a), isPositive(a)].filter(Boolean)).toHaveLength(1);
    expect(isNegative(a)).toBe(a < 0);
    expect(isPositive(a)).toBe(a > 0);
  });

  it("treat -0 as zero", () => {
    expect([isZero(-0 as Cents), isNegative(-0 as Cents), isPositive(-0 as Cents)]).toEqual([true, false, false]);
  });
});
