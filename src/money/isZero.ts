import { assertCents } from "./_internal/assertCents.js";
import type { Cents } from "./types.js";

/**
 * Tell whether an amount is zero.
 *
 * @param amount - The amount.
 * @returns `true` for 0 cents.
 * @throws {@link DomainError} `invalid_amount` – when `amount` is not a whole number of cents.
 *
 * @example
 * ```ts
 * import { isZero, cents } from "opkoers/money";
 *
 * isZero(cents(0)); //=> true
 * ```
 *
 * @category Comparison
 * @since 0.1.0
 */
export function isZero(amount: Cents): boolean {
  assertCents(amount, "The amount");
  return amount === 0;
}
