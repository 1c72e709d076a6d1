import { describe } from "./_internal/describe.js";
import { fail } from "./_internal/fail.js";
import type { Cents } from "./types.js";

const LIMIT = Number.MAX_SAFE_INTEGER;

/**
 * Add up a list of amounts with a plain loop (as fast as a hand-written one).
 *
 * Every element is checked to be a whole number of cents and every partial sum
 * to stay within the safe-integer range, so the total is exact or the call
 * throws; it never returns a rounded total, even when a later element would
 * bring an overflowing partial sum back into range.
 *
 * @param amounts - The amounts; an empty list sums to 0.
 * @returns The exact total.
 * @throws {@link DomainError} `amount_out_of_range` – when an element or a partial sum is beyond ±(2^53 − 1) cents.
 * @throws {@link DomainError} `invalid_amount` – when `amounts` is not an array or an element is not a whole number of cents.
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
  let i = 0;
  for (; i < amounts.length; i++) {
    total += amounts[i] as number;
    if (Math.abs(total) > LIMIT) break;
  }
  // The hot loop above stays tiny; every failure is explained out of line.
  if (i < amounts.length || !Number.isInteger(total)) return explainFailure(amounts, i);
  return (total || 0) as Cents;
}

function explainFailure(amounts: readonly Cents[], stoppedAt: number): never {
  const index = amounts.findIndex((amount) => !Number.isSafeInteger(amount));
  if (index !== -1 && index <= stoppedAt) {
    return fail("invalid_amount", `The amount at index ${index} must be a whole number of cents, but it is ${describe(amounts[index])}.`, { index, value: amounts[index] });
  }
  return fail("amount_out_of_range", `The sum of the amounts leaves the safe range of ±9007199254740991 cents at index ${stoppedAt}.`, { index: stoppedAt });
}
