import { assertCents } from "./_internal/assertCents.js";
import { checkResult } from "./_internal/checkResult.js";
import type { Cents } from "./types.js";

/**
 * Subtract one amount from another.
 *
 * @param a - The amount to subtract from.
 * @param b - The amount to subtract.
 * @returns `a − b`, exact.
 * @throws {@link DomainError} `invalid_amount` – when an argument is not a whole number of cents.
 * @throws {@link DomainError} `amount_out_of_range` – when the difference is beyond ±(2^53 − 1) cents.
 *
 * @example
 * ```ts
 * import { subtract, euro } from "opkoers/money";
 *
 * // saldo = baten − lasten
 * subtract(euro(4742000), euro(46634000)); //=> -4189200000
 * ```
 *
 * @category Arithmetic
 * @since 0.1.0
 */
export function subtract(a: Cents, b: Cents): Cents {
  assertCents(a, "The first amount");
  assertCents(b, "The second amount");
  return checkResult(a - b, "subtract");
}
