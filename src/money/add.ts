import { assertCents } from "./_internal/assertCents.js";
import { checkResult } from "./_internal/checkResult.js";
import type { Cents } from "./types.js";

/**
 * Add two amounts.
 *
 * @param a - The first amount.
 * @param b - The second amount.
 * @returns `a + b`, exact.
 * @throws {@link DomainError} `invalid_amount` – when an argument is not a whole number of cents.
 * @throws {@link DomainError} `amount_out_of_range` – when the sum is beyond ±(2^53 − 1) cents.
 *
 * @example
 * ```ts
 * import { add, euro } from "opkoers/money";
 *
 * add(euro("0.10"), euro("0.20")); //=> 30
 * ```
 *
 * @category Arithmetic
 * @since 0.1.0
 */
export function add(a: Cents, b: Cents): Cents {
  assertCents(a, "The first amount");
  assertCents(b, "The second amount");
  return checkResult(a + b, "add");
}
