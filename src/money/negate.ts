import { assertCents } from "./_internal/assertCents.js";
import type { Cents } from "./types.js";

/**
 * Change the sign of an amount. Zero stays `0` (never `-0`).
 *
 * @param amount - The amount.
 * @returns `−amount`.
 * @throws {@link DomainError} `invalid_amount` – when `amount` is not a whole number of cents.
 *
 * @example
 * ```ts
 * import { negate, cents } from "opkoers/money";
 *
 * negate(cents(250)); //=> -250
 * Object.is(negate(cents(0)), 0); //=> true
 * ```
 *
 * @category Arithmetic
 * @since 0.1.0
 */
export function negate(amount: Cents): Cents {
  assertCents(amount, "The amount");
  return (amount === 0 ? 0 : -amount) as Cents;
}
