import type { Cents } from "../types.js";
import { fail } from "./fail.js";

const MAX = BigInt(Number.MAX_SAFE_INTEGER);

/** Convert a bigint number of cents to Cents, or throw when it is beyond the safe range. */
export function toSafeCents(value: bigint, operation: string): Cents {
  if (value > MAX || value < -MAX) {
    fail("amount_out_of_range", `The result of ${operation} (${value} cents) is beyond the safe range of ±9007199254740991 cents (€ 90 trillion).`, { operation, value: value.toString() });
  }
  return Number(value) as Cents;
}
