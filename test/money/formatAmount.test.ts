import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { cents, formatAmount, parseAmount, ROUNDING_MODES, type Cents, type FormatAmountOptions } from "opkoers/money";
import { anyCents, BIG_MAX, expectDomainError, MAX, roundRef } from "./_support.js";

const UNITS = [
  ["euro", 100n, 2],
  ["thousand", 100_000n, 5],
  ["million", 100_000_000n, 8],
] as const;
const unitCase = fc.constantFrom(...UNITS);
const signStyle = fc.constantFrom("minus" as const, "parentheses" as const, "always" as const);
const mode = fc.constantFrom(...ROUNDING_MODES);
// The oracle for grouping: Node's full ICU. (formatAmount uses it too when Dutch data is present, and groups by hand otherwise: see groupThousands.test.ts.)
const nlGrouping = new Intl.NumberFormat("nl-NL", { useGrouping: true, maximumFractionDigits: 0 });

describe("formatAmount", () => {
  it("writes Dutch amounts", () => {
    expect(formatAmount(cents(123456))).toBe("1.234,56");
    expect(formatAmount(cents(4663400000), { unit: "thousand" })).toBe("46.634");
    expect(formatAmount(cents(-784000000), { unit: "million" })).toBe("-7,84");
    expect(formatAmount(cents(-123400), { decimals: 0, sign: "parentheses" })).toBe("(1.234)");
    expect(formatAmount(cents(-123400), { decimals: 0, sign: "parentheses", symbol: true })).toBe("(€ 1.234)");
    expect(formatAmount(cents(960000), { symbol: true })).toBe("€ 9.600,00");
    expect(formatAmount(cents(-5), { symbol: true })).toBe("€ -0,05");
    expect(formatAmount(cents(5), { sign: "always" })).toBe("+0,05");
    expect(formatAmount(cents(0), { sign: "always" })).toBe("0,00");
    expect(formatAmount(cents(MAX))).toBe("90.071.992.547.409,91");
    expect(formatAmount(cents(-MAX), { unit: "million", decimals: 8 })).toBe("-90.071.992,54740991");
    expect(formatAmount(cents(100), { decimals: 8 })).toBe("1,00000000");
    expect(formatAmount(cents(99_950_000), { unit: "million", decimals: 0 })).toBe("1");
    expect(formatAmount(cents(100_000), { decimals: 0 })).toBe("1.000");
    expect(formatAmount(cents(99_999), { decimals: 0 })).toBe("1.000");
    expect(formatAmount(cents(99_949), { decimals: 0 })).toBe("999");
  });

  it("rounds with the named mode, and a negative amount that rounds to zero is shown as 0", () => {
    expect(formatAmount(cents(150_000), { unit: "thousand", rounding: "halfEven" })).toBe("2");
    expect(formatAmount(cents(250_000), { unit: "thousand", rounding: "halfEven" })).toBe("2");
    expect(formatAmount(cents(-250_000), { unit: "thousand" })).toBe("-3");
    expect(formatAmount(cents(-250_000), { unit: "thousand", rounding: "up" })).toBe("-2");
    expect(formatAmount(cents(-1), { unit: "thousand" })).toBe("0");
    expect(formatAmount(cents(-1), { unit: "thousand", sign: "parentheses" })).toBe("0");
  });

  it("rejects bad options", () => {
    for (const decimals of [-1, 9, 1.5, Number.NaN]) {
      expectDomainError(() => formatAmount(cents(1), { decimals }), "invalid_option");
    }
    expectDomainError(() => formatAmount(cents(1), { sign: "brackets" } as unknown as FormatAmountOptions), "invalid_option");
    expectDomainError(() => formatAmount(cents(1), { unit: "billion" } as unknown as FormatAmountOptions), "invalid_option");
    expectDomainError(() => formatAmount(cents(1), { rounding: "half" } as unknown as FormatAmountOptions), "invalid_rounding_mode");
    expectDomainError(() => formatAmount(Number.NaN as Cents), "invalid_amount");
  });

  test.prop([anyCents, unitCase, signStyle, fc.boolean()])(
    "round-trips through parseAmount with enough decimals, for every unit, sign style and with or without €",
    (amount, [unit, , decimals], sign, symbol) => {
      expect(parseAmount(formatAmount(amount, { unit, decimals, sign, symbol }), { unit })).toBe(amount);
    },
  );

  test.prop([anyCents, unitCase, fc.integer({ min: 0, max: 8 }), mode])(
    "with any decimals 0–8, shows the amount rounded once with the mode",
    (amount, [unit, size, enough], decimals, rounding) => {
      const text = formatAmount(amount, { unit, decimals, rounding });
      const scale = 10n ** BigInt(decimals);
      const shown = roundRef(BigInt(amount) * scale, size, rounding); // in units of 10^-decimals
      const expected = decimals >= enough ? BigInt(amount) : (shown * size) / scale;
      if (expected > BIG_MAX || expected < -BIG_MAX) expectDomainError(() => parseAmount(text, { unit }), "amount_out_of_range"); // e.g. € 90.071.992.547.410
      else expect(parseAmount(text, { unit })).toBe(Number(expected));
      expect(text.split(",")[1]?.length ?? 0).toBe(decimals);
    },
  );

  test.prop([anyCents, unitCase, fc.integer({ min: 0, max: 8 })])("groups the whole part like Intl.NumberFormat('nl-NL') does", (amount, [unit], decimals) => {
    const text = formatAmount(amount, { unit, decimals, rounding: "towardZero" });
    const whole = text.replace(/^-/, "").split(",")[0] as string;
    expect(whole).toMatch(/^(0|[1-9]\d{0,2}(\.\d{3})*)$/);
    const digits = BigInt(whole.replace(/\./g, ""));
    expect(whole).toBe(nlGrouping.format(digits));
  });
});
