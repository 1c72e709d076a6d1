import { assertCents } from "./_internal/assertCents.js";
import type { Cents } from "./types.js";

/**
 * Tell whether two amounts are equal.
 *
 * @param a - The first amount.
 * @param b - The second amount.
 * @returns `true` when `a` and `b` are the same number of cents.
 * @throws {@link DomainError} `invalid_amount` – when an argument is not a whole number of cents.
 *
 * @example
 * ```ts
 * import { equals, euro, cents } from "opkoers/money";
 *
 * equals(euro("9600"), cents(960000)); //=> true
 * ```
 *
 * @category Comparison
 * @since 0.1.0
 */
export function equals(a: Cents, b: Cents): boolean {
  assertCents(a, "The first amount");
  assertCents(b, "The second amount");
  return a === b;
}
