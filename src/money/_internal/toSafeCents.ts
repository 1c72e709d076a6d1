import type { Cents } from "../types.js";
import { fail } from "./fail.js";

const MAX = BigInt(Number.MAX_SAFE_INTEGER);

/** Convert a bigint number of cents to Cents, or throw when it is beyond the safe range. */
export function toSafeCents(value: bigint, operation: string): Cents {
  if (value > MAX || value < -MAX) {
    // A product with a factor such as "1e9999" has thousands of digits: keep the message short.
    const digits = value.toString();
    const shown = digits.length > 40 ? `${digits.slice(0, 20)}…(${digits.length} characters)` : digits;
    fail("amount_out_of_range", `The result of ${operation} (${shown} cents) is beyond the safe range of ±9007199254740991 cents (€ 90 trillion).`, { operation, value: digits });
  }
  return Number(value) as Cents;
}
