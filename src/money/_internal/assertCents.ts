import type { Cents } from "../types.js";
import { describe } from "./describe.js";
import { fail } from "./fail.js";

/** Check that a value is a safe integer number of cents; `name` says which argument it was. */
export function assertCents(value: unknown, name: string): asserts value is Cents {
  if (typeof value === "number" && Number.isSafeInteger(value)) return;
  if (typeof value === "number" && Number.isInteger(value)) {
    fail("amount_out_of_range", `${name} is ${describe(value)} cents, beyond the safe range of ±9007199254740991 cents.`, { argument: name, value });
  }
  fail("invalid_amount", `${name} must be a whole number of cents, but it is ${describe(value)}.`, { argument: name, value });
}
