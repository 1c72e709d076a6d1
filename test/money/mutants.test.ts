// Tests written against the survivors of the mutation run (npm run mutation, StrykerJS on src/money): the error
// messages and details that say what is wrong and where (the house rule: "a clear error naming what and
// where"), the rounding modes at and around every tie, and the tie-breaks of allocate and roundForPresentation.
import { describe, expect, it } from "vitest";
import {
  abs,
  add,
  allocate,
  compare,
  DomainError,
  divide,
  equals,
  euro,
  formatAmount,
  isNegative,
  isPositive,
  isRoundingMode,
  isZero,
  max,
  min,
  multiply,
  negate,
  parseAmount,
  percentageOf,
  roundForPresentation,
  ROUNDING_MODES,
  subtract,
  sum,
  toEuroString,
  type Cents,
  type RoundingMode,
} from "opkoers/money";
import { roundRef } from "./_support.js";

const c = (n: number): Cents => n as Cents;
const SAFE = "beyond the safe range of ±9007199254740991 cents";

/** The DomainError a call throws: its code, its message without the "[opkoers] " prefix, its details. */
function failure(run: () => unknown): { code: string; message: string; details: unknown } {
  try {
    run();
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { code: error.code, message: error.message.replace(/^\[opkoers\] /, ""), details: error.details };
  }
  throw new Error("expected a DomainError, but nothing was thrown");
}

describe("error messages name the argument, the value and the rule", () => {
  const cases: [string, () => unknown, string, string, unknown][] = [
    // assertCents, through every function that checks its arguments (the argument's name is in the message)
    ["abs", () => abs(0.5 as Cents), "invalid_amount", "The amount must be a whole number of cents, but it is 0.5.", { argument: "The amount", value: 0.5 }],
    ["add a", () => add("1" as never, c(1)), "invalid_amount", 'The first amount must be a whole number of cents, but it is "1".', { argument: "The first amount", value: "1" }],
    ["add b", () => add(c(1), 2 ** 53 as Cents), "amount_out_of_range", `The second amount is 9007199254740992 cents, ${SAFE}.`, { argument: "The second amount", value: 2 ** 53 }],
    ["add result", () => add(c(Number.MAX_SAFE_INTEGER), c(1)), "amount_out_of_range", "The result of add is beyond the safe range of ±9007199254740991 cents (€ 90 trillion).", { operation: "add" }],
    ["subtract a", () => subtract(null as never, c(1)), "invalid_amount", "The first amount must be a whole number of cents, but it is null.", { argument: "The first amount", value: null }],
    ["subtract b", () => subtract(c(1), undefined as never), "invalid_amount", "The second amount must be a whole number of cents, but it is undefined.", { argument: "The second amount", value: undefined }],
    ["subtract result", () => subtract(c(-Number.MAX_SAFE_INTEGER), c(1)), "amount_out_of_range", "The result of subtract is beyond the safe range of ±9007199254740991 cents (€ 90 trillion).", { operation: "subtract" }],
    ["compare a", () => compare(true as never, c(1)), "invalid_amount", "The first amount must be a whole number of cents, but it is true.", { argument: "The first amount", value: true }],
    ["compare b", () => compare(c(1), [] as never), "invalid_amount", "The second amount must be a whole number of cents, but it is an array.", { argument: "The second amount", value: [] }],
    ["equals a", () => equals({} as never, c(1)), "invalid_amount", "The first amount must be a whole number of cents, but it is an object.", { argument: "The first amount", value: {} }],
    ["equals b", () => equals(c(1), 5n as never), "invalid_amount", "The second amount must be a whole number of cents, but it is 5n.", { argument: "The second amount", value: 5n }],
    ["isNegative", () => isNegative(-0.5 as Cents), "invalid_amount", "The amount must be a whole number of cents, but it is -0.5.", { argument: "The amount", value: -0.5 }],
    ["isPositive", () => isPositive(Number.NaN as Cents), "invalid_amount", "The amount must be a whole number of cents, but it is NaN.", { argument: "The amount", value: Number.NaN }],
    ["isZero", () => isZero(false as never), "invalid_amount", "The amount must be a whole number of cents, but it is false.", { argument: "The amount", value: false }],
    ["negate", () => negate((() => 1) as never), "invalid_amount", "The amount must be a whole number of cents, but it is function.", { argument: "The amount", value: expect.any(Function) }],
    ["toEuroString", () => toEuroString(Symbol.iterator as never), "invalid_amount", "The amount must be a whole number of cents, but it is symbol.", { argument: "The amount", value: Symbol.iterator }],
    ["formatAmount", () => formatAmount(-(2 ** 60) as Cents), "amount_out_of_range", `The amount is -1152921504606847000 cents, ${SAFE}.`, { argument: "The amount", value: -(2 ** 60) }],
    ["max first", () => max("x".repeat(70) as never), "invalid_amount", `The first amount must be a whole number of cents, but it is "${"x".repeat(57)}...".`, { argument: "The first amount", value: "x".repeat(70) }],
    ["min third", () => min(c(1), c(2), "x".repeat(60) as never), "invalid_amount", `The amount at position 3 must be a whole number of cents, but it is "${"x".repeat(60)}".`, { argument: "The amount at position 3", value: "x".repeat(60) }],
    ["multiply amount", () => multiply(-0.25 as Cents, 2, "halfUp"), "invalid_amount", "The amount must be a whole number of cents, but it is -0.25.", { argument: "The amount", value: -0.25 }],
    ["multiply factor", () => multiply(c(1), 0.5, "halfUp"), "invalid_factor", 'The factor is the number 0.5; pass a safe integer, a bigint or a decimal string such as "0.75" (a fractional JavaScript number may already be rounded).', { argument: "The factor", value: 0.5 }],
    ["multiply factor text", () => multiply(c(1), "1,5", "halfUp"), "invalid_factor", 'The factor is "1,5", which is not a decimal number such as "0.75" or "-12.5".', { argument: "The factor", value: "1,5" }],
    ["multiply factor type", () => multiply(c(1), null as never, "halfUp"), "invalid_factor", "The factor must be a number, bigint or decimal string, but it is null.", { argument: "The factor", value: null }],
    ["multiply ratio", () => multiply(c(1), { numerator: 1, denominator: "x" }, "halfUp"), "invalid_factor", 'The factor.denominator is "x", which is not a decimal number such as "0.75" or "-12.5".', { argument: "The factor.denominator", value: "x" }],
    ["multiply ratio top", () => multiply(c(1), { numerator: 0.1, denominator: 1 }, "halfUp"), "invalid_factor", 'The factor.numerator is the number 0.1; pass a safe integer, a bigint or a decimal string such as "0.75" (a fractional JavaScript number may already be rounded).', { argument: "The factor.numerator", value: 0.1 }],
    ["multiply ratio zero", () => multiply(c(1), { numerator: 1, denominator: "0.0" }, "halfUp"), "division_by_zero", "The factor.denominator is zero.", { argument: "The factor", value: { numerator: 1, denominator: "0.0" } }],
    ["multiply result", () => multiply(c(Number.MAX_SAFE_INTEGER), 2, "halfUp"), "amount_out_of_range", "The result of multiply (18014398509481982 cents) is beyond the safe range of ±9007199254740991 cents (€ 90 trillion).", { operation: "multiply", value: "18014398509481982" }],
    ["multiply huge", () => multiply(c(1), "1e60", "halfUp"), "amount_out_of_range", "The result of multiply (10000000000000000000…(61 characters) cents) is beyond the safe range of ±9007199254740991 cents (€ 90 trillion).", { operation: "multiply", value: `1${"0".repeat(60)}` }],
    ["multiply 40 digits", () => multiply(c(1), "1e39", "halfUp"), "amount_out_of_range", `The result of multiply (1${"0".repeat(39)} cents) is beyond the safe range of ±9007199254740991 cents (€ 90 trillion).`, { operation: "multiply", value: `1${"0".repeat(39)}` }],
    ["multiply mode", () => multiply(c(1), 2, "nearest" as never), "invalid_rounding_mode", 'The rounding mode is "nearest"; use one of halfUp, halfDown, halfEven, up, down, towardZero, awayFromZero.', { value: "nearest" }],
    ["divide amount", () => divide(1.5 as Cents, 2, "halfUp"), "invalid_amount", "The amount must be a whole number of cents, but it is 1.5.", { argument: "The amount", value: 1.5 }],
    ["divide divisor", () => divide(c(1), "two", "halfUp"), "invalid_factor", 'The divisor is "two", which is not a decimal number such as "0.75" or "-12.5".', { argument: "The divisor", value: "two" }],
    ["divide zero", () => divide(c(1), "0.00", "halfUp"), "division_by_zero", "The divisor is zero.", { divisor: "0.00" }],
    ["divide result", () => divide(c(Number.MAX_SAFE_INTEGER), "0.5", "halfUp"), "amount_out_of_range", "The result of divide (18014398509481982 cents) is beyond the safe range of ±9007199254740991 cents (€ 90 trillion).", { operation: "divide", value: "18014398509481982" }],
    ["allocate total", () => allocate(0.5 as Cents, [1]), "invalid_amount", "The total must be a whole number of cents, but it is 0.5.", { argument: "The total", value: 0.5 }],
    ["allocate none", () => allocate(c(100), []), "invalid_weight", "allocate needs at least one weight.", { weights: [] }],
    ["allocate no array", () => allocate(c(100), "1" as never), "invalid_weight", "allocate needs at least one weight.", { weights: "1" }],
    ["allocate weight", () => allocate(c(100), [1, 2.5]), "invalid_weight", 'The weight at index 1 is the number 2.5; pass a safe integer, a bigint or a decimal string such as "0.75" (a fractional JavaScript number may already be rounded).', { argument: "The weight at index 1", value: 2.5 }],
    ["allocate negative", () => allocate(c(100), [1, "-0.5"]), "invalid_weight", "The weight at index 1 is negative (-0.5); weights must be zero or more.", { index: 1, value: "-0.5" }],
    ["allocate zeros", () => allocate(c(100), [0, "0.0"]), "invalid_weight", "All weights are zero, so a non-zero total cannot be split.", { total: 100 }],
    ["euro infinite", () => euro(Number.NEGATIVE_INFINITY), "invalid_amount", "The amount in euros must be a finite number, but it is -Infinity.", { value: Number.NEGATIVE_INFINITY }],
    ["euro NaN", () => euro(Number.NaN), "invalid_amount", "The amount in euros must be a finite number, but it is NaN.", { value: Number.NaN }],
    ["euro large", () => euro(2 ** 46 + 0.5), "invalid_amount", 'The amount in euros 70368744177664.5 is too large to carry cents exactly as a JavaScript number; pass it as a string such as "90071992547409.91".', { value: 2 ** 46 + 0.5 }],
    ["euro text", () => euro("1.234,56"), "invalid_amount", 'The amount in euros "1.234,56" is not a decimal number such as 1234.56 (for Dutch text like "1.234,56" use parseAmount).', { value: "1.234,56" }],
    ["euro type", () => euro(null as never), "invalid_amount", 'The amount in euros null is not a decimal number such as 1234.56 (for Dutch text like "1.234,56" use parseAmount).', { value: null }],
    ["euro cent", () => euro("0.125"), "fraction_of_cent", 'The amount "0.125" euros has a fraction of a cent; round it explicitly first.', { value: "0.125" }],
    ["euro range", () => euro("90071992547409.92"), "amount_out_of_range", 'The result of euro("90071992547409.92") (9007199254740992 cents) is beyond the safe range of ±9007199254740991 cents (€ 90 trillion).', { operation: 'euro("90071992547409.92")', value: "9007199254740992" }],
    ["formatAmount decimals", () => formatAmount(c(1), { decimals: 9 }), "invalid_option", "decimals must be an integer from 0 to 8, but it is 9.", { option: "decimals", value: 9 }],
    ["formatAmount sign", () => formatAmount(c(1), { sign: "plus" as never }), "invalid_option", 'sign is "plus"; use "minus", "parentheses" or "always".', { option: "sign", value: "plus" }],
    ["formatAmount unit", () => formatAmount(c(1), { unit: "billion" as never }), "invalid_option", 'unit is "billion"; use "euro", "thousand" or "million".', { option: "unit", value: "billion" }],
    ["percentageOf part", () => percentageOf(0.5 as Cents, c(1)), "invalid_amount", "The part must be a whole number of cents, but it is 0.5.", { argument: "The part", value: 0.5 }],
    ["percentageOf whole", () => percentageOf(c(1), 0.5 as Cents), "invalid_amount", "The whole must be a whole number of cents, but it is 0.5.", { argument: "The whole", value: 0.5 }],
    ["percentageOf decimals", () => percentageOf(c(1), c(2), { decimals: 11 }), "invalid_option", "decimals must be an integer from 0 to 10, but it is 11.", { option: "decimals", value: 11 }],
    ["percentageOf range", () => percentageOf(c(Number.MAX_SAFE_INTEGER), c(1), { decimals: 0 }), "amount_out_of_range", "The percentage of 9007199254740991 in 1 cents is too large to be represented exactly: its scaled value 900719925474099100 is beyond ±9007199254740991.", { part: Number.MAX_SAFE_INTEGER, whole: 1, decimals: 0 }],
    ["percentageOf mode", () => percentageOf(c(1), c(3), { rounding: "ceil" as never }), "invalid_rounding_mode", 'The rounding mode is "ceil"; use one of halfUp, halfDown, halfEven, up, down, towardZero, awayFromZero.', { value: "ceil" }],
    ["roundForPresentation method", () => roundForPresentation([c(1)], { unit: "thousand", method: "hamilton" as never }), "invalid_option", 'method is "hamilton"; use "largestRemainder" or "independent".', { option: "method", value: "hamilton" }],
    ["roundForPresentation array", () => roundForPresentation(5 as never, { unit: "thousand" }), "invalid_amount", "roundForPresentation needs an array of amounts, but it got 5.", { value: 5 }],
    ["roundForPresentation line", () => roundForPresentation([c(1), 0.5 as Cents], { unit: "thousand" }), "invalid_amount", "The amount at index 1 must be a whole number of cents, but it is 0.5.", { argument: "The amount at index 1", value: 0.5 }],
    ["roundForPresentation total", () => roundForPresentation([c(Number.MAX_SAFE_INTEGER), c(1)], { unit: "thousand" }), "amount_out_of_range", "The result of roundForPresentation (the total of the lines) (9007199254740992 cents) is beyond the safe range of ±9007199254740991 cents (€ 90 trillion).", { operation: "roundForPresentation (the total of the lines)", value: "9007199254740992" }],
    ["sum array", () => sum(-0 as never), "invalid_amount", "sum needs an array of amounts, but it got -0.", { value: -0 }],
    ["sum element", () => sum([c(1), 0.5 as Cents]), "invalid_amount", "The amount at index 1 must be a whole number of cents, but it is 0.5.", { index: 1, value: 0.5 }],
    ["sum unsafe element", () => sum([c(1), c(2), 2 ** 60 as Cents]), "amount_out_of_range", `The amount at index 2 is 1152921504606847000 cents, ${SAFE}.`, { index: 2, value: 2 ** 60 }],
    ["sum total", () => sum([c(Number.MAX_SAFE_INTEGER), c(1), 0.5 as Cents]), "amount_out_of_range", "The sum of the amounts leaves the safe range of ±9007199254740991 cents at index 1.", { index: 1 }],
    ["parseAmount type", () => parseAmount(12 as never), "invalid_amount_text", "The amount must be text, but it is 12.", { text: 12 }],
    ["parseAmount unit", () => parseAmount("1", { unit: "cent" as never }), "invalid_option", 'unit is "cent"; use "euro", "thousand" or "million".', { option: "unit", value: "cent" }],
    ["parseAmount cent", () => parseAmount("1,234"), "fraction_of_cent", '"1,234" has a fraction of a cent (the comma is the decimal separator; write 1.234 for a number with thousands).', { text: "1,234", unit: "euro", whole: "1", fraction: "234" }],
    ["parseAmount cent 4", () => parseAmount("1,2345"), "fraction_of_cent", '"1,2345" has a fraction of a cent.', { text: "1,2345", unit: "euro" }],
    ["parseAmount cent unit", () => parseAmount("0,000001", { unit: "thousand" }), "fraction_of_cent", '"0,000001" has a fraction of a cent in thousands of euros.', { text: "0,000001", unit: "thousand" }],
    ["parseAmount range", () => parseAmount("90.071.992.547.410"), "amount_out_of_range", 'The result of parseAmount("90.071.992.547.410") (9007199254741000 cents) is beyond the safe range of ±9007199254740991 cents (€ 90 trillion).', { operation: 'parseAmount("90.071.992.547.410")', value: "9007199254741000" }],
  ];

  it.each(cases)("%s", (_name, run, code, message, details) => {
    expect(failure(run)).toEqual({ code, message, details });
  });

  it("-0 is shown as -0, not 0", () => {
    expect(failure(() => euro("-0.001")).message).toBe('The amount "-0.001" euros has a fraction of a cent; round it explicitly first.');
    expect(failure(() => formatAmount(c(1), { decimals: -0.5 })).message).toBe("decimals must be an integer from 0 to 8, but it is -0.5.");
    expect(failure(() => percentageOf(c(1), c(1), { decimals: -1 })).message).toBe("decimals must be an integer from 0 to 10, but it is -1.");
  });
});

describe("parseAmount: each wrong number gets its own reason", () => {
  const reason = (text: string): unknown => (failure(() => parseAmount(text)).details as { reason?: unknown }).reason;
  const DOT = "a dot is the Dutch thousands separator and must be followed by three digits; write a decimal comma (1,5)";
  const ZERO = "a number with a thousands dot cannot start with 0; for a fraction write a decimal comma (0,123)";
  const ENGLISH = "this looks like English notation; Dutch amounts use a dot for thousands and a comma for decimals (1.234,56)";
  const SHAPE = "expected digits with a dot between groups of three and an optional decimal comma, like 1.234,56";
  it.each([
    ["", "it is empty"],
    ["  ", "it is empty"],
    ["(-5)", "it has two signs (a minus, a plus or parentheses)"],
    ["-€-5", "it has two signs (a minus, a plus or parentheses)"],
    ["12 34", "a space inside a number may only separate groups of three digits, as in 1 234 567"],
    ["1.5", DOT],
    ["12.34", DOT],
    ["1.2345", DOT],
    ["123.45678", DOT],
    [",1.5", SHAPE], // a stray letter is now named before the shape rules (issue 18): a comma checks the anchors,
    ["1.5,", SHAPE],
    ["1.234.5", SHAPE],
    ["1.,", SHAPE],
    ["0.123", ZERO],
    ["01.234", ZERO],
    ["1.0.123", SHAPE],
    ["1,234.56", ENGLISH],
    ["1.234,567.5", ENGLISH],
    ["12,345.6", ENGLISH],
    ["1,234", undefined], // a Dutch fraction of a cent, not English: "fraction_of_cent" (no reason)
    ["1,234,567", ENGLISH],
    ["1234,567", undefined],
    [",,234.5", SHAPE],
    ["1,234.", SHAPE],
    ["1,23.4", SHAPE],
    ["1,2345.6", SHAPE],
    [",1,234.5", SHAPE],
    ["1,234.5,", SHAPE],
    ["1,,34.5", SHAPE],
    ["1,234.,", SHAPE],
    ["1234,567.5", ENGLISH],
    ["1234,5678.5", SHAPE],
    ["1,234,,", SHAPE],
    ["5)", 'it has unexpected text ")" after "5"; an amount holds only digits, thousands dots, a decimal comma, a sign and €'],
    ["(5", 'it has unexpected text "(5"; an amount holds only digits, thousands dots, a decimal comma, a sign and €'],
  ])("%j", (text, expected) => {
    expect(reason(text)).toBe(expected);
  });

  it("reads parentheses only as a pair, and ',-' as whole euros", () => {
    expect(parseAmount("(5)")).toBe(-500);
    expect(parseAmount("( € 1.234,- )")).toBe(-123_400);
    expect(parseAmount("1 234 567")).toBe(123_456_700);
    expect(parseAmount("9.600,–")).toBe(960_000);
    expect(parseAmount("0,5", { unit: "thousand" })).toBe(50_000);
  });
});

describe("rounding: every mode at, below and above each tie, both signs", () => {
  const numerators = Array.from({ length: 41 }, (_, i) => BigInt(i - 20));
  it.each(ROUNDING_MODES.map((mode) => [mode]))("%s: divide and multiply agree with the reference rounding", (mode) => {
    for (const n of numerators) {
      for (const d of [1n, 2n, 3n, 4n, 8n]) {
        const expected = Number(roundRef(n, d, mode as RoundingMode));
        expect([String(n), String(d), divide(c(Number(n)), Number(d), mode)]).toEqual([String(n), String(d), expected || 0]);
        expect([String(n), String(d), multiply(c(Number(n)), { numerator: 1, denominator: Number(d) }, mode)]).toEqual([String(n), String(d), expected || 0]);
        expect(divide(c(Number(n)), -Number(d), mode)).toBe(Number(roundRef(-n, d, mode as RoundingMode)) || 0);
      }
    }
  });

  it("halfDown rounds a tie toward zero but more than half away from it", () => {
    expect([divide(c(3), 2, "halfDown"), divide(c(7), 4, "halfDown"), divide(c(-7), 4, "halfDown"), divide(c(-3), 2, "halfDown")]).toEqual([1, 2, -2, -1]);
    expect([divide(c(3), 2, "halfEven"), divide(c(5), 2, "halfEven"), divide(c(4), 2, "awayFromZero"), divide(c(-4), 2, "up")]).toEqual([2, 2, 2, -2]);
  });

  it("percentageOf and formatAmount round with the mode too, on a negative whole", () => {
    expect(percentageOf(c(1), c(-3), { decimals: 0, rounding: "down" })).toEqual({ defined: true, value: -34, scaled: -34, decimals: 0 });
    expect(percentageOf(c(1), c(-3), { decimals: 10 })).toEqual({ defined: true, value: -33.3333333333, scaled: -333_333_333_333, decimals: 10 });
    expect(formatAmount(c(-150), { decimals: 0, rounding: "towardZero" })).toBe("-1");
    expect(formatAmount(c(-150), { decimals: 0, rounding: "halfDown", sign: "parentheses" })).toBe("(1)");
  });
});

describe("comparisons and tie-breaks", () => {
  it("compare, equals, isNegative, isPositive, isZero at 0 and ±1", () => {
    expect([compare(c(1), c(2)), compare(c(2), c(1)), compare(c(2), c(2))]).toEqual([-1, 1, 0]);
    expect([equals(c(1), c(2)), equals(c(2), c(2))]).toEqual([false, true]);
    expect([isNegative(c(-1)), isNegative(c(0)), isNegative(c(1))]).toEqual([true, false, false]);
    expect([isPositive(c(-1)), isPositive(c(0)), isPositive(c(1))]).toEqual([false, false, true]);
    expect([isZero(c(-1)), isZero(c(0)), isZero(-0 as Cents), isZero(c(1))]).toEqual([false, true, true, false]);
    expect([isRoundingMode("halfUp"), isRoundingMode("HalfUp"), isRoundingMode(["halfUp"])]).toEqual([true, false, false]);
  });

  it("min and max keep the first of equal values, and never return -0", () => {
    expect(Object.is(max(-0 as Cents, c(0)), 0)).toBe(true);
    expect(Object.is(min(c(0), -0 as Cents), 0)).toBe(true);
    expect([max(c(3), c(7), c(5)), min(c(3), c(-7), c(5)), max(c(-3)), min(c(2), c(2))]).toEqual([7, -7, -3, 2]);
  });

  it("allocate: the extra cents go to the largest weights, then to the earliest", () => {
    expect(allocate(c(100), [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocate(c(101), [1, 2, 2, 1])).toEqual([17, 34, 34, 16]); // 16.83, 33.67, 33.67, 16.83: by weight, not by remainder
    expect(allocate(c(-101), [1, 2, 2, 1])).toEqual([-17, -34, -34, -16]);
    expect(allocate(c(5), [3, 1, 3])).toEqual([3, 0, 2]); // 2.14, 0.71, 2.14: the cent goes to the first of the heaviest
    expect(allocate(c(7), ["0.5", "0.25", "0.25"])).toEqual([4, 2, 1]);
    expect(allocate(c(10), ["0.1", "0.15", "1"])).toEqual([0, 2, 8]); // 0.8, 1.2, 8: an exact share gets nothing extra
    expect(allocate(c(100), [1, 0, 1])).toEqual([50, 0, 50]);
    expect(allocate(c(0), [0, 0])).toEqual([0, 0]);
    expect(allocate(c(3), [2, 2, 1])).toEqual([2, 1, 0]); // 1.2, 1.2, 0.6: documented "largest weights first", not largest remainder
  });

  it("roundForPresentation: a missing unit goes to the largest remainder, then to the first line", () => {
    const thousands = (amounts: number[]): unknown => roundForPresentation(amounts.map(c), { unit: "thousand" });
    expect(thousands([40_000, 40_000, 20_000])).toMatchObject({ lines: [1, 0, 0], total: 1 });
    expect(thousands([60_000, 60_000, 80_000])).toMatchObject({ lines: [1, 0, 1], total: 2 });
    expect(thousands([70_000, 70_000, 60_000])).toMatchObject({ lines: [1, 1, 0], total: 2 });
    expect(thousands([-40_000, 90_000, 50_000])).toMatchObject({ lines: [0, 1, 0], total: 1 });
    expect(roundForPresentation([c(150_000), c(150_000)], { unit: "thousand", method: "independent", rounding: "halfEven" })).toMatchObject({ lines: [2, 2], total: 3 });
  });

  it("sum stops exactly at the first element that is not whole cents", () => {
    expect(sum([c(1), c(2), c(3)])).toBe(6);
    expect(sum([])).toBe(0);
    expect(Object.is(sum([-0 as Cents]), 0)).toBe(true);
    expect(failure(() => sum([c(Number.MAX_SAFE_INTEGER), c(-1), c(2), c(1)])).details).toEqual({ index: 2 });
    expect(sum([c(Number.MAX_SAFE_INTEGER), c(-1), c(1)])).toBe(Number.MAX_SAFE_INTEGER);
  });
});
