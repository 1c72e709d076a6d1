import type { Factor } from "../../money/index.js";
import { describe, fail } from "./fail.js";
import { exact, rational, type Rational } from "./rational.js";

/** A factor read exactly: a value, or a zero denominator with the sign of the numerator. */
export type ReadFactor = { readonly kind: "value"; readonly value: Rational } | { readonly kind: "zeroDenominator"; readonly sign: 1 | -1 };

/**
 * Read a Factor (an exact number or `{ numerator, denominator }`) as a rational, multiplied by `scale`.
 * Returns `null` for 0/0, and `{ kind: "zeroDenominator", sign }` for x/0 with x ≠ 0.
 */
export function toRational(factor: Factor, name: string, scale: bigint = 1n): ReadFactor | null {
  if (typeof factor === "object" && factor !== null) {
    if (!("numerator" in factor) || !("denominator" in factor)) {
      return fail("invalid_factor", `${name} must be an exact number or { numerator, denominator }, but it is ${describe(factor)}.`, { argument: name });
    }
    const top = exact(factor.numerator, `${name}.numerator`);
    const bottom = exact(factor.denominator, `${name}.denominator`);
    if (bottom.n === 0n) return top.n === 0n ? null : { kind: "zeroDenominator", sign: top.n > 0n ? 1 : -1 };
    return { kind: "value", value: rational(top.n * bottom.d * scale, top.d * bottom.n) };
  }
  const value = exact(factor, name);
  return { kind: "value", value: rational(value.n * scale, value.d) };
}
