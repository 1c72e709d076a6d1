import type { Cents } from "../money/index.js";
import type { LocalizedText } from "../status/index.js";

/**
 * An amount for one year, e.g. one jaarschijf of the meerjarenraming.
 *
 * @example
 * ```ts
 * import { parseAmount } from "opkoers/money";
 * import type { YearAmount } from "opkoers/finance";
 *
 * const national: YearAmount = { year: 2022, amount: parseAmount("1.614", { unit: "million" }) };
 * national.amount; //=> 161400000000
 * ```
 *
 * @category Multi-year
 * @since 0.1.0
 */
export interface YearAmount {
  /** The year (begrotingsjaar or a jaarschijf t+1..t+3). */
  readonly year: number;
  /** The amount in cents. */
  readonly amount: Cents;
}

/**
 * Which class a value exactly on a boundary belongs to: the `"better"` or the
 * `"worse"` of the two classes that meet there. The sources of the
 * signaleringswaarden and of the NAR table do not say (bbv-domain §5.3, §6:
 * UNCONFIRMED), so every scale states it per boundary and every rating can
 * override it (option `boundaries`: `"asScale"`, `"better"`, `"worse"`).
 *
 * The one policy of the presets ({@link KENGETAL_SCALES},
 * {@link WEERSTANDSVERMOGEN_SCALE}), which is the default (`"asScale"`):
 * read the published table literally — a value on a boundary belongs to the
 * class whose range includes it ("A: > 2,0" puts 2,0 in B; "A < 90 %" puts
 * 90 % in B; "C > 130 %" puts 130 % in B) — and where the table leaves a
 * boundary open, to the better class.
 *
 * @example
 * ```ts
 * import type { BoundaryPlacement } from "opkoers/finance";
 *
 * const placement: BoundaryPlacement = "better";
 * placement; //=> "better"
 * ```
 *
 * @category Ratios
 * @since 0.1.0
 */
export type BoundaryPlacement = "better" | "worse";

/**
 * A boundary between two adjacent classes of a {@link RatingScale}.
 *
 * @example
 * ```ts
 * import type { RatingBoundary } from "opkoers/finance";
 *
 * const b: RatingBoundary = { value: "90", belongsTo: "worse" }; // exactly 90 % is class B
 * b.value; //=> "90"
 * ```
 *
 * @category Ratios
 * @since 0.1.0
 */
export interface RatingBoundary {
  /** The boundary as an exact decimal string, in the unit of the scale (`"90"` for 90 %, `"1.4"` for a ratio of 1,4). */
  readonly value: string;
  /** The class a value exactly on the boundary belongs to. */
  readonly belongsTo: BoundaryPlacement;
}

/**
 * One class of a {@link RatingScale}, e.g. signaleringscategorie A or
 * waardering C "voldoende".
 *
 * @example
 * ```ts
 * import type { RatingClass } from "opkoers/finance";
 *
 * const c: RatingClass = { code: "C", label: { nl: "voldoende", en: "sufficient" } };
 * c.code; //=> "C"
 * ```
 *
 * @category Ratios
 * @since 0.1.0
 */
export interface RatingClass {
  /** The class code as published (`"A"` … `"F"`). */
  readonly code: string;
  /** The class's meaning. */
  readonly label: LocalizedText;
}

/**
 * A rating scale as data: classes from best to worst, the boundaries between
 * them, whether a higher value is better, the unit, and the source.
 *
 * With `n` classes there are `n − 1` boundaries, listed from the best class
 * to the worst: descending when higher is better, ascending when lower is
 * better. Two boundaries may be equal (the structurele exploitatieruimte
 * class B is exactly 0 %): with the first placed `"worse"` and the second
 * `"better"`, the value itself forms the middle class.
 *
 * @example
 * ```ts
 * import { WEERSTANDSVERMOGEN_SCALE } from "opkoers/finance";
 *
 * WEERSTANDSVERMOGEN_SCALE.classes.map((c) => c.code); //=> ["A", "B", "C", "D", "E", "F"]
 * WEERSTANDSVERMOGEN_SCALE.boundaries.map((b) => b.value); //=> ["2", "1.4", "1", "0.8", "0.6"]
 * ```
 *
 * @category Ratios
 * @since 0.1.0
 */
export interface RatingScale {
  /** Stable id, e.g. `"kengetal.nettoSchuldquote"` or `"weerstandsvermogen.nar"`. */
  readonly id: string;
  /** The scale's name. */
  readonly name: LocalizedText;
  /** Whether a higher value is better (solvabiliteit) or worse (schuldquote). */
  readonly direction: "higherIsBetter" | "lowerIsBetter";
  /** `"percent"`: values and boundaries are percentages; `"ratio"`: plain ratios. */
  readonly unit: "percent" | "ratio";
  /** The classes, best first. */
  readonly classes: readonly RatingClass[];
  /** The boundaries between consecutive classes, best first. */
  readonly boundaries: readonly RatingBoundary[];
  /** Where the classes and boundaries come from. */
  readonly source: string;
}

/**
 * An exact quotient (a kengetal, a ratio), with its presentation: the exact
 * numerator and denominator as integer strings, and the value rounded with a
 * stated rule. A zero denominator is a defined result (`defined: false`),
 * never NaN or Infinity.
 *
 * @example
 * ```ts
 * import { exactValue } from "opkoers/finance";
 *
 * const v = exactValue({ numerator: 2, denominator: 3 }, { unit: "percent" });
 * v.defined ? v.text.nl : ""; //=> "66,7 %"
 * exactValue({ numerator: 1, denominator: 0 }); //=> { defined: false, reason: "zeroDenominator", sign: 1 }
 * ```
 *
 * @category Ratios
 * @since 0.1.0
 */
export type ExactValue =
  | {
      /** The denominator was not zero. */
      readonly defined: true;
      /** The exact value in its unit, reduced: numerator (integer string). */
      readonly numerator: string;
      /** The exact value in its unit, reduced: denominator (positive integer string). */
      readonly denominator: string;
      /** The value rounded to `decimals` decimals, e.g. `66.7`. */
      readonly value: number;
      /** `value` × 10^decimals as an exact integer, e.g. `667`. */
      readonly scaled: number;
      /** How many decimals `value` has. */
      readonly decimals: number;
      /** The rounding mode used for `value`. */
      readonly rounding: string;
      /** The rounded value as text: `{ nl: "66,7 %", en: "66.7 %" }`. */
      readonly text: LocalizedText;
    }
  | {
      /** The denominator was zero. */
      readonly defined: false;
      /** Why there is no value. */
      readonly reason: "zeroDenominator";
      /** The sign of the numerator (−1, 0 or 1): with a zero denominator, a positive numerator stands for "beyond every boundary upward". */
      readonly sign: -1 | 0 | 1;
    };
