import { assertCents } from "./_internal/assertCents.js";
import type { Cents } from "./types.js";

/**
 * The absolute value of an amount.
 *
 * @param amount - The amount.
 * @returns `|amount|`.
 * @throws {@link DomainError} `invalid_amount` – when `amount` is not a whole number of cents.
 *
 * @example
 * ```ts
 * import { abs, cents } from "opkoers/money";
 *
 * abs(cents(-180)); //=> 180
 * ```
 *
 * @category Arithmetic
 * @since 0.1.0
 */
export function abs(amount: Cents): Cents {
  assertCents(amount, "The amount");
  return (amount < 0 ? -amount : amount === 0 ? 0 : amount) as Cents;
}
