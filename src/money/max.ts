import { pickExtreme } from "./_internal/pickExtreme.js";
import type { Cents } from "./types.js";

/**
 * The largest of one or more amounts.
 *
 * @param first - An amount.
 * @param rest - More amounts.
 * @returns The largest amount.
 * @throws {@link DomainError} `invalid_amount` – when an argument is not a whole number of cents.
 *
 * @example
 * ```ts
 * import { max, cents } from "opkoers/money";
 *
 * max(cents(5), cents(-2), cents(9)); //=> 9
 * ```
 *
 * @category Comparison
 * @since 0.1.0
 */
export function max(first: Cents, ...rest: readonly Cents[]): Cents {
  return pickExtreme(first, rest, (candidate, best) => candidate > best);
}
