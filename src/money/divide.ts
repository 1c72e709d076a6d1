import { assertCents } from "./_internal/assertCents.js";
import { assertRoundingMode } from "./_internal/assertRoundingMode.js";
import { divideRounded } from "./_internal/divideRounded.js";
import { fail } from "./_internal/fail.js";
import { factorToRational } from "./_internal/rational.js";
import { toSafeCents } from "./_internal/toSafeCents.js";
import type { Cents, Factor, RoundingMode } from "./types.js";

/**
 * Divide an amount by an exact divisor and round the quotient to whole cents
 * once, with a named mode. To split an amount into parts that add up, use
 * {@link allocate} instead.
 *
 * @param amount - The amount.
 * @param divisor - A non-zero safe integer, bigint, decimal string or ratio.
 * @param rounding - How to round the exact quotient to whole cents.
 * @returns The rounded quotient.
 * @throws {@link DomainError} `division_by_zero` – when the divisor is zero.
 * @throws {@link DomainError} `invalid_factor` – when the divisor is not exact.
 * @throws {@link DomainError} `invalid_rounding_mode` – when `rounding` is not a rounding mode.
 * @throws {@link DomainError} `amount_out_of_range` – when the quotient is beyond ±(2^53 − 1) cents.
 *
 * @example
 * ```ts
 * import { divide, euro } from "opkoers/money";
 *
 * divide(euro(100), 3, "halfUp"); //=> 3333
 * divide(euro(100), "0.8", "halfUp"); //=> 12500
 * divide(euro(100), 0, "halfUp"); //=> throws division_by_zero
 * ```
 *
 * @category Arithmetic
 * @since 0.1.0
 */
export function divide(amount: Cents, divisor: Factor, rounding: RoundingMode): Cents {
  assertCents(amount, "The amount");
  assertRoundingMode(rounding);
  const { n, d } = factorToRational(divisor, "The divisor");
  if (n === 0n) return fail("division_by_zero", "The divisor is zero.", { divisor });
  const numerator = BigInt(amount) * d;
  return toSafeCents(n < 0n ? divideRounded(-numerator, -n, rounding) : divideRounded(numerator, n, rounding), "divide");
}
