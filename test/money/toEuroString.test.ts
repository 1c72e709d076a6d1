import { test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { cents, euro, toEuroString, type Cents } from "opkoers/money";
import { anyCents, MAX } from "./_support.js";

describe("toEuroString", () => {
  it("writes euros with a dot and two decimals", () => {
    expect(toEuroString(cents(-123456))).toBe("-1234.56");
    expect(toEuroString(cents(5))).toBe("0.05");
    expect(toEuroString(cents(-5))).toBe("-0.05");
    expect(toEuroString(cents(0))).toBe("0.00");
    expect(toEuroString(-0 as Cents)).toBe("0.00");
    expect(toEuroString(cents(MAX))).toBe("90071992547409.91");
  });

  test.prop([anyCents])("is the inverse of euro: euro(toEuroString(x)) === x", (amount) => {
    expect(euro(toEuroString(amount))).toBe(amount);
    expect(toEuroString(amount)).toMatch(/^-?(0|[1-9]\d*)\.\d{2}$/);
  });
});
