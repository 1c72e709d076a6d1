import type { Factor } from "../money/index.js";
import type { LocalizedText } from "../status/index.js";
import { assertObject, assertOneOf } from "./_internal/assert.js";
import { fail } from "./_internal/fail.js";
import { toRational } from "./_internal/factor.js";
import { checkScale, classIndex } from "./_internal/scale.js";
import type { RatingBoundary, RatingScale } from "./types.js";

/**
 * Options for {@link rateRatio} (and the ratings of {@link kengetallen} and
 * {@link weerstandsvermogen}).
 *
 * @example
 * ```ts
 * import type { RateOptions } from "opkoers/finance";
 *
 * const options: RateOptions = { boundaries: "better" };
 * options.boundaries; //=> "better"
 * ```
 *
 * @category Ratios
 * @since 0.1.0
 */
export interface RateOptions {
  /**
   * Where a value exactly on a boundary goes: `"asScale"` (default) as each
   * boundary of the scale says; `"better"` / `"worse"`: every boundary
   * belongs to the better / worse of its two classes.
   */
  readonly boundaries?: "asScale" | "better" | "worse";
}

/**
 * The class of a value on a {@link RatingScale}; see {@link rateRatio}.
 *
 * @example
 * ```ts
 * import { rateRatio, WEERSTANDSVERMOGEN_SCALE, type Rating } from "opkoers/finance";
 *
 * const rating: Rating = rateRatio("1.4", WEERSTANDSVERMOGEN_SCALE);
 * rating.code; //=> "B"
 * rating.onBoundary; //=> { value: "1.4", belongsTo: "better" }
 * ```
 *
 * @category Ratios
 * @since 0.1.0
 */
export interface Rating {
  /** The class code, e.g. `"B"`. */
  readonly code: string;
  /** 0 for the best class, 1 for the next, … */
  readonly rank: number;
  /** The class's meaning. */
  readonly label: LocalizedText;
  /** The boundary the value lies exactly on (with where it was placed), or `null`. */
  readonly onBoundary: RatingBoundary | null;
  /** The boundaries as applied (after the placement option). */
  readonly boundaries: readonly RatingBoundary[];
}

/**
 * Place a value in a class of a rating scale — signaleringscategorie A/B/C
 * of a kengetal, waardering A–F of the weerstandsratio, or a scale of your
 * own. The comparison is exact (rational arithmetic on the value and on the
 * decimal boundaries), so 89,99999 % is never taken for 90 %.
 *
 * A value exactly on a boundary goes to the class the boundary's
 * `belongsTo` names, or the one the `boundaries` option names. The class is
 * the number of boundaries the value lies on the worse side of, so the
 * rating is monotone: a better value never gets a worse class.
 *
 * @param value - The value in the scale's unit (a percentage for `"percent"` scales): an exact number, or `{ numerator, denominator }`. A zero denominator with a positive (negative) numerator counts as +∞ (−∞).
 * @param scale - The scale.
 * @param options - Where boundary values go.
 * @returns The class code, rank and label, and the boundary the value lies on, if any.
 * @throws {@link DomainError} `invalid_option` – when the scale is malformed (boundary count, order, placement) or an option is unknown.
 * @throws {@link DomainError} `invalid_factor` – when the value or a boundary is not an exact number.
 * @throws {@link DomainError} `division_by_zero` – when the value is 0/0, which has no place on any scale.
 *
 * @example
 * ```ts
 * import { rateRatio, KENGETAL_SCALES } from "opkoers/finance";
 *
 * const schuld = KENGETAL_SCALES.nettoSchuldquote; // A < 90 %, B 90–130 %, C > 130 %
 * rateRatio("89.9", schuld).code; //=> "A"
 * rateRatio("90", schuld).code; //=> "B"
 * rateRatio("90", schuld, { boundaries: "better" }).code; //=> "A"
 * rateRatio({ numerator: 131, denominator: 1 }, schuld).code; //=> "C"
 * const ruimte = KENGETAL_SCALES.structureleExploitatieruimte; // A > 0 %, B = 0 %, C < 0 %
 * [rateRatio("0.1", ruimte).code, rateRatio("0", ruimte).code, rateRatio("-0.1", ruimte).code]; //=> ["A", "B", "C"]
 * ```
 *
 * @category Ratios
 * @since 0.1.0
 */
export function rateRatio(value: Factor, scale: RatingScale, options: RateOptions = {}): Rating {
  assertObject(options, "The options");
  const placement = options.boundaries ?? "asScale";
  assertOneOf(placement, ["asScale", "better", "worse"], "boundaries");
  const checked = checkScale(scale, placement);
  const read = toRational(value, "The value");
  if (read === null) return fail("division_by_zero", "The value is 0/0, which has no place on a rating scale.", { scale: scale.id });
  const { index, onBoundary } = classIndex(checked, read.kind === "value" ? read.value : read.sign > 0 ? "+" : "-");
  const cls = scale.classes[index] as RatingScale["classes"][number];
  return { code: cls.code, rank: index, label: cls.label, onBoundary, boundaries: checked.boundaries.map(({ value: v, belongsTo }) => ({ value: v, belongsTo })) };
}
