import { assertCents } from "./_internal/assertCents.js";
import type { Cents } from "./types.js";

/**
 * Compare two amounts, for sorting.
 *
 * @param a - The first amount.
 * @param b - The second amount.
 * @returns `-1` when `a < b`, `0` when equal, `1` when `a > b`.
 * @throws {@link DomainError} `invalid_amount` – when an argument is not a whole number of cents.
 *
 * @example
 * ```ts
 * import { compare, cents } from "opkoers/money";
 *
 * [cents(3), cents(-1), cents(2)].sort(compare); //=> [-1, 2, 3]
 * ```
 *
 * @category Comparison
 * @since 0.1.0
 */
export function compare(a: Cents, b: Cents): -1 | 0 | 1 {
  assertCents(a, "The first amount");
  assertCents(b, "The second amount");
  return a < b ? -1 : a > b ? 1 : 0;
}
