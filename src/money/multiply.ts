import { assertCents } from "./_internal/assertCents.js";
import { assertRoundingMode } from "./_internal/assertRoundingMode.js";
import { divideRounded } from "./_internal/divideRounded.js";
import { factorToRational } from "./_internal/rational.js";
import { toSafeCents } from "./_internal/toSafeCents.js";
import type { Cents, Factor, RoundingMode } from "./types.js";

/**
 * Multiply an amount by an exact factor and round the result to whole cents
 * once, with a named mode. The intermediate product is exact (`bigint`), so
 * nothing is rounded twice.
 *
 * @param amount - The amount.
 * @param factor - A safe integer, a bigint, a decimal string (`"0.75"`, `"1.021"`) or a ratio `{ numerator, denominator }`.
 * @param rounding - How to round the exact product to whole cents.
 * @returns The rounded product.
 * @throws {@link DomainError} `invalid_factor` – when the factor is not exact (a fractional JS number, NaN, text that is not a decimal).
 * @throws {@link DomainError} `division_by_zero` – when a ratio's denominator is zero.
 * @throws {@link DomainError} `invalid_rounding_mode` – when `rounding` is not a rounding mode.
 * @throws {@link DomainError} `amount_out_of_range` – when the product is beyond ±(2^53 − 1) cents.
 *
 * @example
 * ```ts
 * import { multiply, euro } from "opkoers/money";
 *
 * // 75 % of € 1.454.000, the prudent share of a later year
 * multiply(euro(1454000), "0.75", "halfUp"); //=> 109050000
 * // index a budget by 2,1 % (rounded to the cent)
 * multiply(euro("1000.01"), "1.021", "halfUp"); //=> 102101
 * multiply(euro(10), { numerator: 1, denominator: 3 }, "down"); //=> 333
 * ```
 *
 * @category Arithmetic
 * @since 0.1.0
 */
export function multiply(amount: Cents, factor: Factor, rounding: RoundingMode): Cents {
  assertCents(amount, "The amount");
  assertRoundingMode(rounding);
  const { n, d } = factorToRational(factor, "The factor");
  return toSafeCents(divideRounded(BigInt(amount) * n, d, rounding), "multiply");
}
