import { assertCents } from "./_internal/assertCents.js";
import type { Cents } from "./types.js";

/**
 * Write an amount as a plain decimal string of euros with a dot and exactly
 * two decimals, the inverse of {@link euro}. For Dutch presentation use
 * {@link formatAmount}.
 *
 * @param amount - The amount in cents.
 * @returns Euros as `"-1234.56"`.
 * @throws {@link DomainError} `invalid_amount` – when `amount` is not a whole number of cents.
 *
 * @example
 * ```ts
 * import { toEuroString, cents } from "opkoers/money";
 *
 * toEuroString(cents(-123456)); //=> "-1234.56"
 * toEuroString(cents(5)); //=> "0.05"
 * ```
 *
 * @category Money
 * @since 0.1.0
 */
export function toEuroString(amount: Cents): string {
  assertCents(amount, "The amount");
  const magnitude = String(Math.abs(amount)).padStart(3, "0");
  const sign = amount < 0 ? "-" : "";
  return `${sign}${magnitude.slice(0, -2)}.${magnitude.slice(-2)}`;
}
