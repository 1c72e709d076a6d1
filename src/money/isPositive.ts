import { assertCents } from "./_internal/assertCents.js";
import type { Cents } from "./types.js";

/**
 * Tell whether an amount is above zero (a saldo above zero is a voordeel).
 *
 * @param amount - The amount.
 * @returns `true` when `amount > 0`.
 * @throws {@link DomainError} `invalid_amount` – when `amount` is not a whole number of cents.
 *
 * @example
 * ```ts
 * import { isPositive, cents } from "opkoers/money";
 *
 * isPositive(cents(1)); //=> true
 * isPositive(cents(0)); //=> false
 * ```
 *
 * @category Comparison
 * @since 0.1.0
 */
export function isPositive(amount: Cents): boolean {
  assertCents(amount, "The amount");
  return amount > 0;
}
