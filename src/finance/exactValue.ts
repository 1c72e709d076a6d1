import type { Factor, RoundingMode } from "../money/index.js";
import { assertDecimals, assertObject, assertOneOf, assertRounding } from "./_internal/assert.js";
import { toRational } from "./_internal/factor.js";
import { exactValueOf } from "./_internal/exactValueOf.js";
import type { ExactValue } from "./types.js";

/**
 * Options for {@link exactValue}.
 *
 * @example
 * ```ts
 * import type { ExactValueOptions } from "opkoers/finance";
 *
 * const options: ExactValueOptions = { unit: "percent", decimals: 1, rounding: "halfUp" };
 * options.unit; //=> "percent"
 * ```
 *
 * @category Ratios
 * @since 0.1.0
 */
export interface ExactValueOptions {
  /** `"percent"` multiplies the quotient by 100 (kengetallen); `"ratio"` (default) keeps it (weerstandsvermogen). */
  readonly unit?: "percent" | "ratio";
  /** Decimals of the presented value, 0–10; default 1 for percent, 2 for a ratio. */
  readonly decimals?: number;
  /** How the presented value is rounded; default `"halfUp"` (the Dutch default in published figures). */
  readonly rounding?: RoundingMode;
}

/**
 * Compute a quotient exactly (with `bigint`) and present it rounded once
 * with a stated rule; a zero denominator gives `{ defined: false }` instead
 * of NaN or Infinity. Kengetallen and the weerstandsratio are not money:
 * this is how opkoers computes every ratio.
 *
 * @param ratio - The quotient: `{ numerator, denominator }` (amounts in cents, integers or decimal strings), or one exact number.
 * @param options - The unit (percent or plain ratio), decimals and rounding of the presented value.
 * @returns The exact value (reduced numerator and denominator) with its rounded presentation, or `{ defined: false, reason: "zeroDenominator", sign }`.
 * @throws {@link DomainError} `invalid_factor` – when a number is not exact (a fractional JS number, text that is not a decimal).
 * @throws {@link DomainError} `invalid_option` – when the unit or the number of decimals is not allowed.
 * @throws {@link DomainError} `invalid_rounding_mode` – when `rounding` is not a rounding mode.
 * @throws {@link DomainError} `amount_out_of_range` – when the rounded value is beyond ±(2^53 − 1) in units of the last decimal.
 *
 * @example
 * ```ts
 * import { exactValue } from "opkoers/finance";
 *
 * // netto schuldquote: net debt 120.000.000 against revenue 150.000.000 (in cents it is the same quotient)
 * exactValue({ numerator: 12000000000, denominator: 15000000000 }, { unit: "percent" }).text; //=> { nl: "80,0 %", en: "80.0 %" }
 * exactValue({ numerator: 7, denominator: 5 }).value; //=> 1.4
 * exactValue({ numerator: 0, denominator: 0 }); //=> { defined: false, reason: "zeroDenominator", sign: 0 }
 * ```
 *
 * @category Ratios
 * @since 0.1.0
 */
export function exactValue(ratio: Factor, options: ExactValueOptions = {}): ExactValue {
  assertObject(options, "The options");
  const unit = options.unit ?? "ratio";
  assertOneOf(unit, ["percent", "ratio"], "unit");
  const decimals = options.decimals ?? (unit === "percent" ? 1 : 2);
  assertDecimals(decimals, "decimals");
  const rounding = options.rounding ?? "halfUp";
  assertRounding(rounding, "rounding");
  const r = toRational(ratio, "The ratio", unit === "percent" ? 100n : 1n);
  if (r === null || r.kind === "zeroDenominator") return { defined: false, reason: "zeroDenominator", sign: r === null ? 0 : r.sign };
  return exactValueOf(r.value, unit, decimals, rounding);
}
