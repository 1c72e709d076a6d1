import type { Cents, RoundingMode } from "../money/index.js";
import type { Assessment } from "../status/index.js";
import { assertCents, assertDecimals, assertObject, assertOneOf, assertRounding } from "./_internal/assert.js";
import { rateQuotient } from "./_internal/rate.js";
import type { Rating } from "./rateRatio.js";
import type { ExactValue, RatingScale } from "./types.js";
import { WEERSTANDSVERMOGEN_SCALE } from "./weerstandsvermogenScale.js";

/**
 * Options for {@link weerstandsvermogen}.
 *
 * @example
 * ```ts
 * import type { WeerstandsvermogenOptions } from "opkoers/finance";
 *
 * const options: WeerstandsvermogenOptions = { decimals: 1, boundaries: "worse" };
 * options.boundaries; //=> "worse"
 * ```
 *
 * @category Ratios
 * @since 0.1.0
 */
export interface WeerstandsvermogenOptions {
  /** Decimals of the presented ratio; default 2. */
  readonly decimals?: number;
  /** Rounding of the presented ratio; default `"halfUp"`. */
  readonly rounding?: RoundingMode;
  /** Where a ratio exactly on a boundary goes; default `"asScale"`: the scale's own placement, which for the NAR preset is the table read literally (2,0 is B, 0,6 is E) and the better class where the table is open (1,4; 1,0; 0,8). See {@link BoundaryPlacement}. */
  readonly boundaries?: "asScale" | "better" | "worse";
  /** Rate the exact ratio (default) or the presented (rounded) one. */
  readonly rateOn?: "exact" | "presented";
  /** A scale of your own instead of {@link WEERSTANDSVERMOGEN_SCALE}. */
  readonly scale?: RatingScale;
}

/**
 * The result of {@link weerstandsvermogen}.
 *
 * @example
 * ```ts
 * import type { Weerstandsvermogen } from "opkoers/finance";
 *
 * type Status = Weerstandsvermogen["assessment"]["status"];
 * const status: Status = "C";
 * status; //=> "C"
 * ```
 *
 * @category Ratios
 * @since 0.1.0
 */
export interface Weerstandsvermogen {
  /** Beschikbare weerstandscapaciteit. */
  readonly available: Cents;
  /** Benodigde weerstandscapaciteit. */
  readonly required: Cents;
  /** The exact ratio and its presentation (undefined when nothing is required). */
  readonly value: ExactValue;
  /** The rating, or `null` when both are zero. */
  readonly rating: Rating | null;
  /** The assessment (rule `nar.weerstandsvermogen`): `"A"` … `"F"` or `"undetermined"`. */
  readonly assessment: Assessment<string>;
}

/**
 * The ratio weerstandsvermogen — beschikbare / benodigde
 * weerstandscapaciteit (BBV art. 11; the required capacity typically from a
 * risk simulation) — computed exactly and rated on the NAR waarderingstabel
 * A (uitstekend, > 2,0) … F (ruim onvoldoende, < 0,6), or on a scale of your
 * own. A ratio exactly on a boundary is placed by the one boundary policy
 * of the presets (see {@link BoundaryPlacement}): "A: > 2,0" makes exactly
 * 2,0 a B. When nothing is required, a positive available capacity is rated as
 * an infinitely large ratio (A); 0/0 gives no rating.
 *
 * @param available - Beschikbare weerstandscapaciteit in cents.
 * @param required - Benodigde weerstandscapaciteit in cents.
 * @param options - Presentation, boundary placement and scale.
 * @returns The ratio, its rating and the assessment.
 * @throws {@link DomainError} `invalid_amount` – when an amount is not a whole number of cents.
 * @throws {@link DomainError} `invalid_option` – when an option or the scale is malformed.
 * @throws {@link DomainError} `invalid_rounding_mode` – when `rounding` is not a rounding mode.
 *
 * @example
 * ```ts
 * import { euro } from "opkoers/money";
 * import { weerstandsvermogen } from "opkoers/finance";
 *
 * const w = weerstandsvermogen(euro(21000000), euro(15000000));
 * w.value.defined ? w.value.text.nl : ""; //=> "1,40"
 * w.rating?.code; //=> "B"
 * w.assessment.message.nl; //=> "Ratio weerstandsvermogen: 1,40 — B (ruim voldoende) (grenzen: 2 hoort bij B; 1,4 hoort bij B; 1 hoort bij C; 0,8 hoort bij D; 0,6 hoort bij E)."
 * weerstandsvermogen(euro(2000), euro(1000)).rating?.code; //=> "B"
 * weerstandsvermogen(euro(2001), euro(1000)).rating?.code; //=> "A"
 * weerstandsvermogen(euro(21000000), euro(15000000), { boundaries: "worse" }).rating?.code; //=> "C"
 * weerstandsvermogen(euro(1), euro(0)).rating?.label.nl; //=> "uitstekend"
 * ```
 *
 * @category Ratios
 * @since 0.1.0
 */
export function weerstandsvermogen(available: Cents, required: Cents, options: WeerstandsvermogenOptions = {}): Weerstandsvermogen {
  assertCents(available, "available");
  assertCents(required, "required");
  assertObject(options, "The options");
  const decimals = options.decimals ?? 2;
  assertDecimals(decimals, "decimals");
  const rounding = options.rounding ?? "halfUp";
  assertRounding(rounding, "rounding");
  const boundaries = options.boundaries ?? "asScale";
  assertOneOf(boundaries, ["asScale", "better", "worse"], "boundaries");
  const rateOn = options.rateOn ?? "exact";
  assertOneOf(rateOn, ["exact", "presented"], "rateOn");
  const scale = options.scale ?? WEERSTANDSVERMOGEN_SCALE;
  const rated = rateQuotient<string>({
    numerator: BigInt(available),
    denominator: BigInt(required),
    scale,
    decimals,
    rounding,
    boundaries,
    rateOn,
    ruleId: "nar.weerstandsvermogen",
    subject: "weerstandsvermogen",
    name: { nl: "Ratio weerstandsvermogen", en: "Resilience ratio" },
    inputs: { available, required },
  });
  return { available, required, ...rated };
}
