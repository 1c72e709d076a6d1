import type { Cents } from "../types.js";
import { fail } from "./fail.js";

/** Return a computed number as Cents, or throw when it left the safe-integer range. */
export function checkResult(value: number, operation: string): Cents {
  if (Number.isSafeInteger(value)) return (value || 0) as Cents; // || 0 turns -0 into 0
  return fail("amount_out_of_range", `The result of ${operation} is beyond the safe range of ±9007199254740991 cents (€ 90 trillion).`, { operation });
}
