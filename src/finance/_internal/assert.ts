import { isRoundingMode, type Cents, type RoundingMode } from "../../money/index.js";
import { describe, fail } from "./fail.js";

/** Check that a value is a safe integer number of cents; `name` says which input it was. */
export function assertCents(value: unknown, name: string): asserts value is Cents {
  if (typeof value === "number" && Number.isSafeInteger(value)) return;
  if (typeof value === "number" && Number.isInteger(value)) {
    fail("amount_out_of_range", `${name} is ${describe(value)} cents, beyond the safe range of ±9007199254740991 cents.`, { argument: name, value });
  }
  fail("invalid_amount", `${name} must be a whole number of cents, but it is ${describe(value)}.`, { argument: name, value });
}

/** Check a rounding mode option. */
export function assertRounding(value: unknown, name: string): asserts value is RoundingMode {
  if (!isRoundingMode(value)) {
    fail("invalid_rounding_mode", `${name} is ${describe(value)}; use one of halfUp, halfDown, halfEven, up, down, towardZero, awayFromZero.`, { option: name, value });
  }
}

/** Check a year: a whole number from 1 to 9999. */
export function assertYear(value: unknown, name: string): asserts value is number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > 9999) {
    fail("invalid_period", `${name} must be a whole year from 1 to 9999, but it is ${describe(value)}.`, { argument: name, value });
  }
}

/** Check a whole number of decimals from 0 to 10. */
export function assertDecimals(value: unknown, name: string): asserts value is number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > 10) {
    fail("invalid_option", `${name} must be a whole number from 0 to 10, but it is ${describe(value)}.`, { option: name, value });
  }
}

/** Check that a value is an object (options, inputs). */
export function assertObject(value: unknown, name: string): void {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    fail("invalid_option", `${name} must be an object, but it is ${describe(value)}.`, { argument: name, value });
  }
}

/** Check a boolean option. */
export function assertBoolean(value: unknown, name: string): asserts value is boolean {
  if (typeof value !== "boolean") fail("invalid_option", `${name} must be true or false, but it is ${describe(value)}.`, { option: name, value });
}

/** Check that `value` is one of `allowed`. */
export function assertOneOf<T extends string>(value: unknown, allowed: readonly T[], name: string): asserts value is T {
  if (typeof value !== "string" || !(allowed as readonly string[]).includes(value)) {
    fail("invalid_option", `${name} is ${describe(value)}; use ${allowed.map((a) => `"${a}"`).join(", ")}.`, { option: name, value });
  }
}
