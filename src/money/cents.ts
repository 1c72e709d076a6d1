import { assertCents } from "./_internal/assertCents.js";
import type { Cents } from "./types.js";

/**
 * Make an amount from a whole number of euro cents.
 *
 * @param value - A safe integer number of cents (`123456` is € 1.234,56).
 * @returns The same number, typed as {@link Cents}.
 * @throws {@link DomainError} `invalid_amount` – when `value` is not a whole number (NaN, Infinity, 12.5, a string).
 * @throws {@link DomainError} `amount_out_of_range` – when `value` is beyond ±(2^53 − 1).
 *
 * @example
 * ```ts
 * import { cents } from "opkoers/money";
 *
 * cents(123456); //=> 123456
 * cents(0.5); //=> throws invalid_amount
 * ```
 *
 * @category Money
 * @since 0.1.0
 */
export function cents(value: number): Cents {
  assertCents(value, "The amount");
  return (value || 0) as Cents; // never -0
}
