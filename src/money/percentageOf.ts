import { assertCents } from "./_internal/assertCents.js";
import { assertOptions } from "./_internal/assertOptions.js";
import { assertRoundingMode } from "./_internal/assertRoundingMode.js";
import { describe } from "./_internal/describe.js";
import { divideRounded } from "./_internal/divideRounded.js";
import { fail } from "./_internal/fail.js";
import type { Cents, RoundingMode } from "./types.js";

/**
 * Options for {@link percentageOf}.
 *
 * @example
 * ```ts
 * import type { PercentageOptions } from "opkoers/money";
 *
 * const options: PercentageOptions = { decimals: 2, rounding: "halfEven" };
 * options.decimals; //=> 2
 * ```
 *
 * @category Arithmetic
 * @since 0.1.0
 */
export interface PercentageOptions {
  /** Decimals to keep, 0–10; default 1 (as in "4,1 %"). */
  readonly decimals?: number;
  /** How to round the last decimal; default `"halfUp"`. */
  readonly rounding?: RoundingMode;
}

/**
 * The result of {@link percentageOf}: a percentage, or the statement that it
 * is undefined because the whole is zero (never NaN or Infinity).
 *
 * @example
 * ```ts
 * import { percentageOf, cents, type Percentage } from "opkoers/money";
 *
 * const share: Percentage = percentageOf(cents(1), cents(3));
 * share.defined ? share.value : null; //=> 33.3
 * ```
 *
 * @category Arithmetic
 * @since 0.1.0
 */
export type Percentage =
  | {
      /** The whole was not zero. */
      readonly defined: true;
      /** The percentage rounded to `decimals` decimals, e.g. `4.1`. */
      readonly value: number;
      /** The same percentage as an integer of `10^-decimals` percent points, e.g. `41` for 4,1 % — exact, for further integer work. */
      readonly scaled: number;
      /** How many decimals `value` has. */
      readonly decimals: number;
    }
  | {
      /** The whole was zero, so no share can be computed. */
      readonly defined: false;
      /** Why there is no value. */
      readonly reason: "whole_is_zero";
    };

/**
 * What percentage `part` is of `whole`, rounded once to a given number of
 * decimals from the exact quotient.
 *
 * @param part - The part, e.g. a programme's lasten.
 * @param whole - The whole, e.g. the total lasten of the begroting.
 * @param options - Decimals (default 1) and rounding (default `"halfUp"`).
 * @returns `{ defined: true, value, scaled, decimals }`, or `{ defined: false, reason: "whole_is_zero" }`.
 * @throws {@link DomainError} `invalid_amount` – when an argument is not a whole number of cents.
 * @throws {@link DomainError} `invalid_option` – when `options` is not an object or `decimals` is not an integer from 0 to 10.
 * @throws {@link DomainError} `invalid_rounding_mode` – when `rounding` is not a rounding mode.
 * @throws {@link DomainError} `amount_out_of_range` – when the scaled percentage is beyond ±(2^53 − 1), so it could not be exact (only for a tiny whole with many decimals).
 *
 * @example
 * ```ts
 * import { percentageOf, euro } from "opkoers/money";
 *
 * // lasten of 46.634 in a total of 1.137.000 (× € 1.000)
 * percentageOf(euro(46634000), euro(1137000000)); //=> { defined: true, value: 4.1, scaled: 41, decimals: 1 }
 * percentageOf(euro(46634000), euro(1137000000), { decimals: 3 }); //=> { defined: true, value: 4.101, scaled: 4101, decimals: 3 }
 * percentageOf(euro(1), euro(0)); //=> { defined: false, reason: "whole_is_zero" }
 * ```
 *
 * @category Arithmetic
 * @since 0.1.0
 */
export function percentageOf(part: Cents, whole: Cents, options: PercentageOptions = {}): Percentage {
  assertCents(part, "The part");
  assertCents(whole, "The whole");
  assertOptions(options, "percentageOf");
  const { decimals = 1, rounding = "halfUp" } = options;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 10) {
    return fail("invalid_option", `decimals must be an integer from 0 to 10, but it is ${describe(decimals)}.`, { option: "decimals", value: decimals });
  }
  assertRoundingMode(rounding);
  if (whole === 0) return { defined: false, reason: "whole_is_zero" };
  let numerator = BigInt(part) * 100n * 10n ** BigInt(decimals);
  let denominator = BigInt(whole);
  if (denominator < 0n) {
    numerator = -numerator;
    denominator = -denominator;
  }
  const exact = divideRounded(numerator, denominator, rounding);
  const scaled = Number(exact);
  if (!Number.isSafeInteger(scaled)) {
    // e.g. 2^53 − 1 cents of a whole of 1 cent with 10 decimals: the scaled value would be rounded by Number().
    return fail("amount_out_of_range", `The percentage of ${part} in ${whole} cents is too large to be represented exactly${decimals > 0 ? ` with ${decimals} decimals` : ""}: its scaled value ${exact} is beyond ±9007199254740991.`, { part, whole, decimals });
  }
  // scaled / 10^decimals is the double nearest to the exact decimal (both operands are exact doubles).
  return { defined: true, value: scaled / 10 ** decimals, scaled, decimals };
}
