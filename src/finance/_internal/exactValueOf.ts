import type { RoundingMode } from "../../money/index.js";
import type { ExactValue } from "../types.js";
import { fail } from "./fail.js";
import { formatScaled, roundScaled, type Rational } from "./rational.js";

const MAX = BigInt(Number.MAX_SAFE_INTEGER);

/** The exact-value record of a rational already in its unit (internal use by the ratio functions). */
export function exactValueOf(r: Rational, unit: "percent" | "ratio", decimals: number, rounding: RoundingMode): ExactValue {
  const scaled = roundScaled(r, decimals, rounding);
  if (scaled > MAX || scaled < -MAX) {
    fail("amount_out_of_range", `The value ${r.n}/${r.d} is too large to present with ${decimals} decimals.`, { numerator: String(r.n), denominator: String(r.d), decimals });
  }
  const suffix = unit === "percent" ? " %" : "";
  return {
    defined: true,
    numerator: String(r.n),
    denominator: String(r.d),
    value: Number(scaled) / 10 ** decimals || 0,
    scaled: Number(scaled) || 0,
    decimals,
    rounding,
    text: { nl: `${formatScaled(scaled, decimals, "nl")}${suffix}`, en: `${formatScaled(scaled, decimals, "en")}${suffix}` },
  };
}

