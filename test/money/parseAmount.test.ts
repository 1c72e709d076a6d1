import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { euro, formatAmount, parseAmount, type Cents, type ParseAmountOptions, type PresentationUnit } from "opkoers/money";
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
    ["\u00a0-\u202f1.234,5\u00a0", "euro", -123450],
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
    "1\u20091.234", // a thin space is not one of the three spaces (issue 18)
    "(2023)", // an ungrouped number in parentheses is a year or a note (issue 18)
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
    expect(() => parseAmount("12a")).toThrowErrorMatchingInlineSnapshot(`[DomainError: [opkoers] "12a" is not an amount: it has unexpected text "a" after "12"; an amount holds only digits, thousands dots, a decimal comma, a sign and €.]`);
    expect(() => parseAmount("12,5.6")).toThrowErrorMatchingInlineSnapshot(`[DomainError: [opkoers] "12,5.6" is not an amount: expected digits with a dot between groups of three and an optional decimal comma, like 1.234,56.]`);
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

// Issue 18: only the three spaces the docs promise; annotations named; parentheses only where they read as an amount.
const ALLOWED_SPACES = [" ", "\u00a0", "\u202f"] as const;
/** Every other whitespace, control or format character (one code point each), computed once. */
const OTHER_SPACES: readonly string[] = (() => {
  const found: string[] = [];
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const char = String.fromCodePoint(cp);
    if (/[\s\p{Cc}\p{Cf}]/u.test(char) && !(ALLOWED_SPACES as readonly string[]).includes(char)) found.push(char);
  }
  return found;
})();
const hex = (char: string): string => `U+${(char.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, "0")}`;

describe("parseAmount: spaces, annotations and parentheses (issue 18)", () => {
  it("knows the characters it rejects", () => {
    for (const char of ["\t", "\n", "\r", "\u000b", "\u2009", "\u3000", "\u2028", "\u2029", "\ufeff", "\u200b", "\u202e", "\u00ad"]) expect(OTHER_SPACES).toContain(char);
  });

  it.each([
    ["1\n234", "a line feed (U+000A)"],
    ["1\t234", "a tab (U+0009)"],
    ["1\u3000234", "an ideographic space (U+3000)"],
    ["1\u2028234", "a line separator (U+2028)"],
    ["\ufeff1.234", "a byte order mark (U+FEFF)"],
    ["1.234\r", "a carriage return (U+000D)"],
    ["1\u2009234", "a thin space (U+2009)"],
    ["1\u200e234", "an invisible or control character (U+200E)"],
  ])("rejects %j and names %s", (text, name) => {
    const error = expectDomainError(() => parseAmount(text), "invalid_amount_text");
    expect(error.message).toContain(name);
  });

  test.prop([fc.integer({ min: 1000, max: 10 ** 12 }), fc.constantFrom(...OTHER_SPACES), fc.constantFrom("euro", "thousand", "million")])(
    "any other whitespace or invisible character between digit groups, or around the number, is an error naming it",
    (whole, char, unit) => {
      const groups = formatAmount(euro(whole), { decimals: 0 }).split(".");
      for (const text of [groups.join(char), `${char}${groups.join(".")}`, `${groups.join(".")}${char}`, `€${char}${groups.join(".")}`]) {
        const error = expectDomainError(() => parseAmount(text, { unit }), "invalid_amount_text");
        expect(error.message).toContain(hex(char));
      }
    },
  );

  test.prop([fc.integer({ min: -(10 ** 12), max: 10 ** 12 }), fc.constantFrom(...ALLOWED_SPACES), fc.constantFrom(...ALLOWED_SPACES)])(
    "the three spaces separate digit groups and may stand around the number and the euro sign",
    (whole, separator, around) => {
      const dotted = formatAmount(euro(whole), { decimals: 0, symbol: true });
      const spaced = `${around}${dotted.replace(/\./g, separator).replace("€ ", `€${around}`)}${around}`;
      expect(parseAmount(spaced)).toBe(euro(whole));
    },
  );

  it("names the unexpected text of a trailing annotation instead of blaming the space", () => {
    expect(() => parseAmount("8,4 (2023)")).toThrowErrorMatchingInlineSnapshot(`[DomainError: [opkoers] "8,4 (2023)" is not an amount: it has unexpected text "(2023)" after "8,4"; an amount holds only digits, thousands dots, a decimal comma, a sign and €.]`);
    expect(() => parseAmount("1.234 mln")).toThrow(/unexpected text "mln" after "1\.234"/);
    expect(() => parseAmount("abc")).toThrow(/unexpected text "abc";/);
    expect(() => parseAmount("(8,4) (2023)")).toThrow(/unexpected text "\) \(2023" after "8,4"/);
    expect(() => parseAmount("1,5 %")).toThrow(/unexpected text "%" after "1,5"/);
    expect(() => parseAmount("5 €")).toThrow(/unexpected text "€" after "5"/);
  });

  it('reads "(2023)" as negative only when asked: an ungrouped number of four or more digits reads as a year', () => {
    expect(() => parseAmount("(2023)")).toThrowErrorMatchingInlineSnapshot(`[DomainError: [opkoers] "(2023)" is not an amount: "(2023)" reads as a year or a note, not as a negative amount; write a negative amount in parentheses with its thousands grouped ("(2.023)"), or pass { parentheses: "always" } to read every number in parentheses as negative.]`);
    expectDomainError(() => parseAmount("(12345)", { unit: "thousand" }), "invalid_amount_text");
    expect(parseAmount("(2023)", { parentheses: "always" })).toBe(-202300);
    expect(parseAmount("(12345)", { unit: "thousand", parentheses: "always" })).toBe(-1234500000);
    // looks like an amount: grouped, at most three whole digits, a decimal comma or ",-", a euro sign
    expect(parseAmount("(2.023)")).toBe(-202300);
    expect(parseAmount("(2 023)")).toBe(-202300);
    expect(parseAmount("(500)", { unit: "thousand" })).toBe(-50000000);
    expect(parseAmount("(2023,00)")).toBe(-202300);
    expect(parseAmount("(2023,-)")).toBe(-202300);
    expect(parseAmount("(€ 2023)")).toBe(-202300);
    expect(parseAmount("€ (2.023)".replace("€ ", ""))).toBe(-202300);
    // "never": parentheses are an error; a minus still works
    expect(() => parseAmount("(1.234)", { parentheses: "never" })).toThrow(/parentheses is "never"/);
    expect(parseAmount("-1.234", { parentheses: "never" })).toBe(-123400);
    expect(parseAmount("2023", { parentheses: "never" })).toBe(202300);
  });

  test.prop([fc.integer({ min: -(10 ** 13), max: 10 ** 13 }), fc.constantFrom("euro", "thousand", "million"), fc.boolean()])(
    "whatever formatAmount writes with parentheses, parseAmount reads back by default",
    (value, unit, symbol) => {
      const decimals = unit === "euro" ? 2 : unit === "thousand" ? 5 : 8;
      const text = formatAmount(value as Cents, { unit, decimals, sign: "parentheses", symbol });
      expect(parseAmount(text, { unit })).toBe(value);
      expect(parseAmount(text, { unit, parentheses: "always" })).toBe(value);
    },
  );

  it.each([null, [], "euro", 5, true])("rejects the options %j with invalid_option, not a TypeError", (options) => {
    expectDomainError(() => parseAmount("1", options as unknown as ParseAmountOptions), "invalid_option");
  });

  it("rejects an unknown parentheses option", () => {
    expectDomainError(() => parseAmount("1", { parentheses: "sometimes" as never }), "invalid_option");
  });
});
