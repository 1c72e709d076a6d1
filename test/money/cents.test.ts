import { test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { cents } from "opkoers/money";
import { anyCents, expectDomainError, MAX, notCents, unsafeIntegers } from "./_support.js";

describe("cents", () => {
  it("accepts safe integers and turns -0 into 0", () => {
    expect(cents(123456)).toBe(123456);
    expect(cents(MAX)).toBe(MAX);
    expect(cents(-MAX)).toBe(-MAX);
    expect(Object.is(cents(-0), 0)).toBe(true);
  });

  it("rejects unsafe integers as out of range", () => {
    for (const value of unsafeIntegers) expectDomainError(() => cents(value), "amount_out_of_range");
  });

  test.prop([anyCents])("is the identity on safe integers", (n) => {
    expect(cents(n)).toBe(n);
  });

  test.prop([notCents])("rejects everything that is not a whole number with invalid_amount", (value) => {
    expectDomainError(() => cents(value as number), "invalid_amount");
  });

  it("names the value in the message", () => {
    expect(() => cents(12.5)).toThrowErrorMatchingInlineSnapshot(`[DomainError: [opkoers] The amount must be a whole number of cents, but it is 12.5.]`);
    expect(() => cents("12" as unknown as number)).toThrowErrorMatchingInlineSnapshot(`[DomainError: [opkoers] The amount must be a whole number of cents, but it is "12".]`);
    expect(() => cents(2 ** 53)).toThrowErrorMatchingInlineSnapshot(`[DomainError: [opkoers] The amount is 9007199254740992 cents, beyond the safe range of ±9007199254740991 cents.]`);
  });
});
