import { test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { add, cents, type Cents } from "opkoers/money";
import { anyCents, BIG_MAX, boundedCents, expectDomainError, MAX } from "./_support.js";

describe("add", () => {
  it("adds exactly", () => {
    expect(add(cents(10), cents(20))).toBe(30);
    expect(add(cents(-5), cents(5))).toBe(0);
    expect(add(cents(MAX - 1), cents(1))).toBe(MAX);
    expect(add(cents(-MAX), cents(MAX))).toBe(0);
  });

  it("never returns -0", () => {
    expect(Object.is(add(-0 as Cents, -0 as Cents), 0)).toBe(true);
  });

  it("rejects a sum beyond the safe range instead of rounding it", () => {
    expectDomainError(() => add(cents(MAX), cents(1)), "amount_out_of_range");
    expectDomainError(() => add(cents(-MAX), cents(-1)), "amount_out_of_range");
    // 2^52 + 2^52 + ... : the float sum of two large amounts is exactly representable but unsafe
    expectDomainError(() => add(cents(2 ** 52), cents(2 ** 52)), "amount_out_of_range");
  });

  test.prop([anyCents, anyCents])("is the exact sum, or throws amount_out_of_range exactly when that sum is unsafe", (a, b) => {
    const exact = BigInt(a) + BigInt(b);
    if (exact > BIG_MAX || exact < -BIG_MAX) expectDomainError(() => add(a, b), "amount_out_of_range");
    else expect(add(a, b)).toBe(Number(exact));
  });

  test.prop([anyCents, anyCents])("is commutative (including which calls throw)", (a, b) => {
    const attempt = (x: Cents, y: Cents): number | string => {
      try {
        return add(x, y);
      } catch {
        return "threw";
      }
    };
    expect(attempt(a, b)).toBe(attempt(b, a));
  });

  test.prop([boundedCents(), boundedCents(), boundedCents()])("is associative", (a, b, c) => {
    expect(add(add(a, b), c)).toBe(add(a, add(b, c)));
  });

  test.prop([anyCents])("has 0 as identity", (a) => {
    expect(add(a, cents(0))).toBe(a);
  });
});
