import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { add, cents, negate, subtract, type Cents } from "opkoers/money";
import { anyCents, BIG_MAX, boundedCents, expectDomainError, MAX } from "./_support.js";

describe("subtract", () => {
  it("subtracts exactly", () => {
    expect(subtract(cents(474200000), cents(4663400000))).toBe(-4189200000);
    expect(subtract(cents(-MAX + 1), cents(1))).toBe(-MAX);
  });

  it("never returns -0", () => {
    expect(Object.is(subtract(-0 as Cents, cents(0)), 0)).toBe(true);
  });

  it("rejects a difference beyond the safe range", () => {
    expectDomainError(() => subtract(cents(-MAX), cents(1)), "amount_out_of_range");
    expectDomainError(() => subtract(cents(MAX), cents(-MAX)), "amount_out_of_range");
  });

  test.prop([anyCents, anyCents])("is the exact difference, or throws amount_out_of_range", (a, b) => {
    const exact = BigInt(a) - BigInt(b);
    if (exact > BIG_MAX || exact < -BIG_MAX) expectDomainError(() => subtract(a, b), "amount_out_of_range");
    else expect(subtract(a, b)).toBe(Number(exact));
  });

  test.prop([boundedCents(2 ** 51), boundedCents(2 ** 51)])("undoes add: subtract(add(a, b), b) = a", (a, b) => {
    expect(subtract(add(a, b), b)).toBe(a);
  });

  test.prop([anyCents, anyCents])("equals adding the negation", (a, b) => {
    fc.pre(Math.abs(a - b) <= MAX); // both sides defined (a − b computed in float is exact enough to decide this)
    expect(subtract(a, b)).toBe(add(a, negate(b)));
  });
});
