import { assertCents } from "./_internal/assertCents.js";
import type { Cents } from "./types.js";

/**
 * Tell whether an amount is below zero (a saldo below zero is a nadeel).
 *
 * @param amount - The amount.
 * @returns `true` when `amount < 0`.
 * @throws {@link DomainError} `invalid_amount` – when `amount` is not a whole number of cents.
 *
 * @example
 * ```ts
 * import { isNegative, cents } from "opkoers/money";
 *
 * isNegative(cents(-1)); //=> true
 * isNegative(cents(0)); //=> false
 * ```
 *
 * @category Comparison
 * @since 0.1.0
 */
export function isNegative(amount: Cents): boolean {
  assertCents(amount, "The amount");
  return amount < 0;
}
