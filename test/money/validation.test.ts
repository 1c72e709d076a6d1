// Every function that takes Cents rejects values that are not amounts, in every argument position.
import { test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import * as money from "opkoers/money";
import type { Cents } from "opkoers/money";
import { expectDomainError, notCents, unsafeIntegers } from "./_support.js";

const one = 1 as Cents;
/** Each function with the bad value put in one Cents position. */
const callers: ReadonlyArray<readonly [string, (value: Cents) => unknown]> = [
  ["cents", (v) => money.cents(v)],
  ["add (first)", (v) => money.add(v, one)],
  ["add (second)", (v) => money.add(one, v)],
  ["subtract (first)", (v) => money.subtract(v, one)],
  ["subtract (second)", (v) => money.subtract(one, v)],
  ["sum", (v) => money.sum([v, one])],
  ["multiply", (v) => money.multiply(v, 2, "halfUp")],
  ["divide", (v) => money.divide(v, 2, "halfUp")],
  ["allocate", (v) => money.allocate(v, [1, 1])],
  ["abs", (v) => money.abs(v)],
  ["negate", (v) => money.negate(v)],
  ["compare (first)", (v) => money.compare(v, one)],
  ["compare (second)", (v) => money.compare(one, v)],
  ["equals (first)", (v) => money.equals(v, one)],
  ["equals (second)", (v) => money.equals(one, v)],
  ["max (first)", (v) => money.max(v, one)],
  ["max (rest)", (v) => money.max(one, one, v)],
  ["min (first)", (v) => money.min(v)],
  ["min (rest)", (v) => money.min(one, v)],
  ["isZero", (v) => money.isZero(v)],
  ["isNegative", (v) => money.isNegative(v)],
  ["isPositive", (v) => money.isPositive(v)],
  ["toEuroString", (v) => money.toEuroString(v)],
  ["formatAmount", (v) => money.formatAmount(v)],
  ["percentageOf (part)", (v) => money.percentageOf(v, one)],
  ["percentageOf (whole)", (v) => money.percentageOf(one, v)],
  ["roundForPresentation", (v) => money.roundForPresentation([one, v], { unit: "euro" })],
];

describe.each(callers)("%s", (_name, call) => {
  test.prop([notCents], { numRuns: 30 })("rejects NaN, Infinity, fractions, strings and other non-amounts with invalid_amount", (value) => {
    expectDomainError(() => call(value as Cents), "invalid_amount");
  });

  it("rejects unsafe integers with amount_out_of_range", () => {
    for (const value of unsafeIntegers) expectDomainError(() => call(value as Cents), "amount_out_of_range");
  });

  it("accepts an ordinary amount", () => {
    expect(() => call(one)).not.toThrow();
  });
});

// A later element is checked too (an unsafe one only when the running total leaves the range; see sum.test.ts).
test.prop([notCents], { numRuns: 30 })("sum rejects a non-amount at any position with invalid_amount", (value) => {
  expectDomainError(() => money.sum([one, one, value as Cents, one]), "invalid_amount");
});

it("covers every exported function that takes an amount", () => {
  const tested = new Set(callers.map(([name]) => name.split(" ")[0]));
  // Functions that take no Cents (they read text, euros, factors or mode names) are tested in their own files.
  const noCentsArgument = new Set(["euro", "parseAmount", "isRoundingMode", "isDomainError", "DomainError"]);
  const functions = Object.entries(money)
    .filter(([, value]) => typeof value === "function")
    .map(([name]) => name)
    .filter((name) => !noCentsArgument.has(name) && !name.endsWith("Schema"));
  expect(functions.filter((name) => !tested.has(name))).toEqual([]);
});

// Issue 18: an options argument that is null, an array or a primitive was read as if it were an object and threw
// a TypeError ("Cannot read properties of null (reading 'unit')"); it is an invalid_option DomainError.
describe("options that are not an object give invalid_option, never a TypeError (issue 18)", () => {
  const notObjects: readonly unknown[] = [null, [], "thousand", 5, true];
  it.each(notObjects.map((options) => [options]))("options %j", (options) => {
    const bad = options as never;
    expectDomainError(() => money.parseAmount("1", bad), "invalid_option");
    expectDomainError(() => money.formatAmount(one, bad), "invalid_option");
    expectDomainError(() => money.roundForPresentation([one], bad), "invalid_option");
    expectDomainError(() => money.percentageOf(one, one, bad), "invalid_option");
  });

  it("a missing options argument of roundForPresentation (which has no default) is invalid_option too", () => {
    expectDomainError(() => money.roundForPresentation([one], undefined as never), "invalid_option");
  });
});
