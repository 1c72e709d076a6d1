import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { formatNumber } from "../../src/policy/_internal/format.js";

// formatNumber writes whole numbers by hand (the hot path of indicatorStatus's sentences) and leaves the rest to
// Intl.NumberFormat. The oracle is the formatter it replaces: Intl.NumberFormat of Node's full ICU, nl-NL and en-GB.
const intl = { nl: new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 2 }), en: new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 }) };

describe("formatNumber", () => {
  it("groups thousands with a dot in Dutch and a comma in English", () => {
    expect(formatNumber(1234567, "nl")).toBe("1.234.567");
    expect(formatNumber(1234567, "en")).toBe("1,234,567");
    expect(formatNumber(-1000, "nl")).toBe("-1.000");
    expect(formatNumber(999, "en")).toBe("999");
    expect(formatNumber(-0, "nl")).toBe("-0");
    expect(formatNumber(1234.5, "nl")).toBe("1.234,5");
  });

  test.prop([fc.oneof(fc.integer({ min: -100_000, max: 100_000 }), fc.maxSafeInteger()), fc.constantFrom("nl" as const, "en" as const)])(
    "writes every safe integer as Intl.NumberFormat does",
    (value, lang) => {
      expect(formatNumber(value, lang)).toBe(intl[lang].format(value));
    },
  );

  test.prop([fc.double({ noNaN: false }), fc.constantFrom("nl" as const, "en" as const)])("writes every other number as Intl.NumberFormat does", (value, lang) => {
    expect(formatNumber(value, lang)).toBe(intl[lang].format(value));
  });
});
