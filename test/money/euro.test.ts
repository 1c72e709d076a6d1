import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { euro } from "opkoers/money";
import { anyCents, expectDomainError, MAX } from "./_support.js";

describe("euro", () => {
  it("reads euros from numbers and decimal strings", () => {
    expect(euro(46634000)).toBe(4663400000);
    expect(euro("1234.56")).toBe(123456);
    expect(euro(12.34)).toBe(1234);
    expect(euro(-0.5)).toBe(-50);
    expect(euro(" 7.10 ")).toBe(710);
    expect(euro("1.2300")).toBe(123);
    expect(euro("+3")).toBe(300);
    expect(euro("1e2")).toBe(10000);
    expect(euro("123e-2")).toBe(123);
    expect(euro(1e-2)).toBe(1);
    expect(euro("90071992547409.91")).toBe(MAX);
    expect(euro(2 ** 46 - 0.5)).toBe((2 ** 46) * 100 - 50);
    expect(euro(2 ** 46)).toBe((2 ** 46) * 100);
  });

  it("never returns -0", () => {
    expect(Object.is(euro(-0), 0)).toBe(true);
    expect(Object.is(euro("-0.00"), 0)).toBe(true);
  });

  it("rejects fractions of a cent instead of rounding them", () => {
    expectDomainError(() => euro(0.1 + 0.2), "fraction_of_cent");
    expectDomainError(() => euro("12.345"), "fraction_of_cent");
    expectDomainError(() => euro(1e-7), "fraction_of_cent");
    expectDomainError(() => euro(5e-324), "fraction_of_cent");
    expectDomainError(() => euro("1e-3"), "fraction_of_cent");
  });

  it("rejects what is not a decimal number, and amounts beyond the safe range", () => {
    for (const bad of [Number.NaN, Infinity, -Infinity, "", "abc", "1,50", "1.234,56", "€5", "1.", ".5", "0x10", "1e99999", null, undefined, true, 5n, {}]) {
      expectDomainError(() => euro(bad as number), "invalid_amount");
    }
    expectDomainError(() => euro("90071992547409.92"), "amount_out_of_range");
    // this literal is the same double as 90071992547409.9: reading it would silently lose a cent
    expect(90071992547409.91).toBe(90071992547409.9);
    expectDomainError(() => euro(90071992547409.91), "invalid_amount");
    expectDomainError(() => euro(2 ** 46 + 0.5), "invalid_amount");
    expectDomainError(() => euro(1e21), "amount_out_of_range");
    const error = expectDomainError(() => euro("1e9999"), "amount_out_of_range");
    expect(error.message.length).toBeLessThan(300);
  });

  test.prop([fc.integer({ min: -(2 ** 40), max: 2 ** 40 }), fc.integer({ min: 0, max: 99 })])("reads a float written with at most two decimals exactly", (whole, fraction) => {
    const text = `${whole < 0 ? "-" : ""}${Math.abs(whole)}.${String(fraction).padStart(2, "0")}`;
    const expected = (Math.abs(whole) * 100 + fraction) * (whole < 0 ? -1 : 1);
    expect(euro(Number(text))).toBe(expected);
    expect(euro(text)).toBe(expected);
  });

  test.prop([anyCents])("reads integer euros as 100 cents each (or throws out of range)", (amount) => {
    if (Math.abs(amount) <= MAX / 100) expect(euro(amount)).toBe(amount * 100 || 0);
    else expectDomainError(() => euro(amount), "amount_out_of_range");
  });
});
