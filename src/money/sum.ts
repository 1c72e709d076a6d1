import { describe } from "./_internal/describe.js";
import { fail } from "./_internal/fail.js";
import type { Cents } from "./types.js";

const LIMIT = Number.MAX_SAFE_INTEGER;

/**
 * Add up a list of amounts with a plain loop (as fast as a hand-written one).
 *
 * Every partial sum is checked to stay within the safe-integer range, so the
 * total is exact or the call throws; it never returns a rounded total.
 *
 * @param amounts - The amounts; an empty list sums to 0.
 * @returns The exact total.
 * @throws {@link DomainError} `amount_out_of_range` – when a partial sum leaves ±(2^53 − 1) cents.
 * @throws {@link DomainError} `invalid_amount` – when an element is not a whole number of cents.
 *
 * @example
 * ```ts
 * import { sum, euro } from "opkoers/money";
 *
 * sum([euro("46634"), euro("4742"), euro("-0.01")]); //=> 5137599
 * sum([]); //=> 0
 * ```
 *
 * @category Arithmetic
 * @since 0.1.0
 */
export function sum(amounts: readonly Cents[]): Cents {
  let total = 0;
  for (let i = 0; i < amounts.length; i++) {
    total += amounts[i] as number;
    if (total > LIMIT || total < -LIMIT) {
      return fail("amount_out_of_range", `The sum of the amounts leaves the safe range of ±9007199254740991 cents at index ${i}.`, { index: i });
    }
  }
  if (!Number.isInteger(total)) {
    // NaN or a fraction: some element was not a whole number of cents; find it to say which.
    const index = amounts.findIndex((amount) => !Number.isSafeInteger(amount));
    return fail("invalid_amount", `The amount at index ${index} must be a whole number of cents, but it is ${describe(amounts[index])}.`, { index, value: amounts[index] });
  }
  return (total || 0) as Cents;
}
