import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { euro, parseAmount, type ParseAmountOptions, type PresentationUnit } from "opkoers/money";
import { expectDomainError, MAX } from "./_support.js";

describe("parseAmount: the Dutch text rules", () => {
  it.each([
    ["46.634", "thousand", 4663400000],
    ["9,64", "million", 964000000],
    ["-1,80", "million", -180000000],
    ["€ 9.600,-", "euro", 960000],
    ["€ 9.600,--", "euro", 960000],
    ["€ 9.600,–", "euro", 960000], // en dash, as word processors write it
    ["(1.234)", "euro", -123400],
    ["( € 1.234 )", "euro", -123400],
    ["1.234,56", "euro", 123456],
    ["1234,56", "euro", 123456],
    ["\u22125", "euro", -500], // U+2212 minus sign
    ["\u20135", "euro", -500], // U+2013 en dash as minus
    ["€ -5", "euro", -500],
    ["€-5", "euro", -500],
    ["-€ 5", "euro", -500],
    ["+5", "euro", 500],
    ["€ +5", "euro", 500],
    ["€\u00a09.600,00", "euro", 960000], // no-break space, as Intl writes currency
    ["\u00a0-\u202f1.234,5\u2009", "euro", -123450],
    ["1 234 567,89", "euro", 123456789], // space-grouped, as CBS writes it
    ["1\u00a0234", "thousand", 123400000],
    ["0,05", "euro", 5],
    ["0", "euro", 0],
    ["007", "euro", 700],
    ["1,234", "thousand", 123400],
    ["1,23456", "thousand", 123456],
    ["0,00000001", "million", 1],
    ["90.071.992.547.409,91", "euro", MAX],
    ["-90.071.992.547.409,91", "euro", -MAX],
  ] as const)("reads %j in %s as %d cents", (text, unit, expected) => {
    expect(parseAmount(text, { unit })).toBe(expected);
  });

  it("reads the euro unit by default and never returns -0", () => {
    expect(parseAmount("12,50")).toBe(1250);
    expect(Object.is(parseAmount("-0"), 0)).toBe(true);
    expect(Object.is(parseAmount("(0,00)"), 0)).toBe(true);
  });

  it.each([
    "",
    "   ",
    "1.5",
    "1.50",
    "1.2345",
    "1,234.56",
    "1,234,567",
    "12a",
    "--5",
    "-−5",
    "+-5",
    "1.23.456",
    "1.234.56",
    "12.34,5.6",
    "(−(5))",
    "(-5)",
    "(+5)",
    "-€+5",
    "+€-5",
    "-(5)",
    "(5",
    "5)",
    "()",
    "€",
    "-",
    "€€5",
    ",50",
    "1,",
    "1,-5",
    "1,---",
    "0.123",
    "12 34",
    "1 234.567",
    "1 234,5 6",
    "1e3",
    "0x10",
    "١٢٣", // Arabic-Indic digits are not read as digits
    "5 -",
    "NaN",
    "Infinity",
  ])("rejects %j with invalid_amount_text", (text) => {
    expectDomainError(() => parseAmount(text), "invalid_amount_text");
  });

  it("rejects a fraction of a cent, out-of-range amounts and bad units", () => {
    expectDomainError(() => parseAmount("1,234"), "fraction_of_cent");
    expectDomainError(() => parseAmount("1,000001", { unit: "thousand" }), "fraction_of_cent");
    expect(parseAmount("1,230")).toBe(123);
    expectDomainError(() => parseAmount("90.071.992.547.409,92"), "amount_out_of_range");
    expectDomainError(() => parseAmount("9".repeat(400)), "amount_out_of_range");
    expectDomainError(() => parseAmount("1", { unit: "billion" as PresentationUnit }), "invalid_option");
    expectDomainError(() => parseAmount(12 as unknown as string), "invalid_amount_text");
    expectDomainError(() => parseAmount(null as unknown as string), "invalid_amount_text");
  });

  it("says why in the message", () => {
    expect(() => parseAmount("1.5")).toThrowErrorMatchingInlineSnapshot(`[DomainError: [opkoers] "1.5" is not an amount: a dot is the Dutch thousands separator and must be followed by three digits; write a decimal comma (1,5).]`);
    expect(() => parseAmount("1,234.56")).toThrowErrorMatchingInlineSnapshot(`[DomainError: [opkoers] "1,234.56" is not an amount: this looks like English notation; Dutch amounts use a dot for thousands and a comma for decimals (1.234,56).]`);
    expect(() => parseAmount("0.123")).toThrowErrorMatchingInlineSnapshot(`[DomainError: [opkoers] "0.123" is not an amount: a number with a thousands dot cannot start with 0; for a fraction write a decimal comma (0,123).]`);
    expect(() => parseAmount("(−(5))")).toThrowErrorMatchingInlineSnapshot(`[DomainError: [opkoers] "(−(5))" is not an amount: it has two signs (a minus, a plus or parentheses).]`);
    expect(() => parseAmount("12 34")).toThrowErrorMatchingInlineSnapshot(`[DomainError: [opkoers] "12 34" is not an amount: a space inside a number may only separate groups of three digits, as in 1 234 567.]`);
    expect(() => parseAmount("12a")).toThrowErrorMatchingInlineSnapshot(`[DomainError: [opkoers] "12a" is not an amount: expected digits with a dot between groups of three and an optional decimal comma, like 1.234,56.]`);
    expect(() => parseAmount("")).toThrowErrorMatchingInlineSnapshot(`[DomainError: [opkoers] "" is not an amount: it is empty.]`);
    expect(() => parseAmount("1,234")).toThrowErrorMatchingInlineSnapshot(`[DomainError: [opkoers] "1,234" has a fraction of a cent (the comma is the decimal separator; write 1.234 for a number with thousands).]`);
    expect(() => parseAmount("1,000001", { unit: "thousand" })).toThrowErrorMatchingInlineSnapshot(`[DomainError: [opkoers] "1,000001" has a fraction of a cent in thousands of euros.]`);
    const error = expectDomainError(() => parseAmount("12a"), "invalid_amount_text");
    expect(error.details).toMatchObject({ text: "12a" });
  });

  test.prop([fc.string()])("either returns a safe amount or throws a DomainError, for any text", (text) => {
    for (const unit of ["euro", "thousand", "million"] as const) {
      let result: number | undefined;
      try {
        result = parseAmount(text, { unit } satisfies ParseAmountOptions);
      } catch (error) {
        expect(error).toMatchObject({ name: "DomainError" });
      }
      if (result !== undefined) expect(Number.isSafeInteger(result) && !Object.is(result, -0)).toBe(true);
    }
  });

  test.prop([fc.stringMatching(/^-?[0-9]{1,12}(,[0-9]{1,2})?$/)])("agrees with euro() on plain decimals (comma for dot)", (text) => {
    expect(parseAmount(text)).toBe(euro(text.replace(",", ".")));
  });
});
