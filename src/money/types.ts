/**
 * An amount of money in whole euro cents, as a plain JavaScript `number`
 * that is always a safe integer (|value| ≤ 2^53 − 1, about € 90 trillion).
 *
 * The brand stops an arbitrary number from being passed where an amount is
 * expected: make one with {@link cents} or {@link euro}, or parse Dutch text
 * with {@link parseAmount}. In JSON an amount is a plain integer of cents.
 *
 * @example
 * ```ts
 * import { euro, type Cents } from "opkoers/money";
 *
 * const lasten: Cents = euro("46634000.00");
 * lasten; //=> 4663400000
 * ```
 *
 * @category Money
 * @since 0.1.0
 */
export type Cents = number & {
  /** A type-only marker that stops a plain number from being used as an amount; it does not exist at runtime. */
  readonly __opkoersBrand: "Cents";
};

/**
 * How a quotient that is not whole is rounded. Every mode returns one of the
 * two integers next to the exact value.
 *
 * | mode | rule | 2,5 → | −2,5 → | 2,4 → | −2,6 → |
 * | --- | --- | --- | --- | --- | --- |
 * | `halfUp` | nearest; a tie goes away from zero (commercial rounding, the Dutch default in published figures) | 3 | −3 | 2 | −3 |
 * | `halfDown` | nearest; a tie goes toward zero | 2 | −2 | 2 | −3 |
 * | `halfEven` | nearest; a tie goes to the even neighbour (banker's rounding) | 2 | −2 | 2 | −3 |
 * | `up` | toward +∞ (ceiling) | 3 | −2 | 3 | −2 |
 * | `down` | toward −∞ (floor) | 2 | −3 | 2 | −3 |
 * | `towardZero` | drop the fraction (truncate) | 2 | −2 | 2 | −2 |
 * | `awayFromZero` | away from zero | 3 | −3 | 3 | −3 |
 *
 * @example
 * ```ts
 * import { multiply, cents, type RoundingMode } from "opkoers/money";
 *
 * const mode: RoundingMode = "halfEven";
 * multiply(cents(5), "0.5", mode); //=> 2
 * ```
 *
 * @category Rounding
 * @since 0.1.0
 */
export type RoundingMode =
  | "halfUp"
  | "halfDown"
  | "halfEven"
  | "up"
  | "down"
  | "towardZero"
  | "awayFromZero";

/**
 * An exact number: a safe integer, a `bigint`, or a decimal string such as
 * `"0.75"`, `"-1.5"` or `"2.5e-3"`. A JavaScript number with a fraction is not
 * accepted (it may already have been rounded by floating point): write it as a
 * string.
 *
 * @example
 * ```ts
 * import { multiply, cents, type ExactNumber } from "opkoers/money";
 *
 * const threeQuarters: ExactNumber = "0.75";
 * multiply(cents(1000), threeQuarters, "halfUp"); //=> 750
 * ```
 *
 * @category Money
 * @since 0.1.0
 */
export type ExactNumber = number | bigint | string;

/**
 * A fraction given by its numerator and denominator, each an
 * {@link ExactNumber}; for example `{ numerator: 3, denominator: 4 }` or
 * `{ numerator: "9.64", denominator: "1614" }`.
 *
 * @example
 * ```ts
 * import { multiply, cents, type Ratio } from "opkoers/money";
 *
 * const oneThird: Ratio = { numerator: 1, denominator: 3 };
 * multiply(cents(100), oneThird, "halfUp"); //=> 33
 * ```
 *
 * @category Money
 * @since 0.1.0
 */
export interface Ratio {
  /** The number above the line. */
  readonly numerator: ExactNumber;
  /** The number below the line; never zero. */
  readonly denominator: ExactNumber;
}

/**
 * A factor or divisor: an {@link ExactNumber} or a {@link Ratio}.
 *
 * @example
 * ```ts
 * import { divide, cents, type Factor } from "opkoers/money";
 *
 * const quarters: Factor = 4;
 * divide(cents(1001), quarters, "down"); //=> 250
 * ```
 *
 * @category Money
 * @since 0.1.0
 */
export type Factor = ExactNumber | Ratio;

/**
 * The unit in which amounts are shown in a published table or written in
 * text: whole euros, thousands of euros (`× € 1.000`, the unit of most
 * begrotingen and of Iv3), or millions (`× € 1 mln`).
 *
 * @example
 * ```ts
 * import { parseAmount, type PresentationUnit } from "opkoers/money";
 *
 * const unit: PresentationUnit = "thousand";
 * parseAmount("46.634", { unit }); //=> 4663400000
 * ```
 *
 * @category Presentation
 * @since 0.1.0
 */
export type PresentationUnit = "euro" | "thousand" | "million";
