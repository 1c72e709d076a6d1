import { assertCents } from "./_internal/assertCents.js";
import { fail } from "./_internal/fail.js";
import { exactToRational } from "./_internal/rational.js";
import type { Cents, ExactNumber } from "./types.js";

/**
 * Split an amount into shares in proportion to weights, so that the shares
 * always add up to the amount exactly.
 *
 * Each share is first the exact proportional share rounded toward zero; the
 * cents that remain go one each to the shares that have a fraction, largest
 * weights first (ties: the earliest). So every share is its exact
 * proportional value rounded down or up (within one cent), a share that is
 * exactly whole is never changed, and a zero weight always gets zero. A
 * negative amount is split as its absolute value and the shares negated.
 *
 * @param total - The amount to split.
 * @param weights - Non-negative weights: safe integers, bigints or decimal strings (`"1.614"`); at least one.
 * @returns One share per weight, in the same order, adding up to `total`.
 * @throws {@link DomainError} `invalid_weight` – when the list is empty, a weight is negative or not exact, or all weights are zero while `total` is not.
 * @throws {@link DomainError} `invalid_amount` – when `total` is not a whole number of cents.
 *
 * @example
 * ```ts
 * import { allocate, euro } from "opkoers/money";
 *
 * allocate(euro(100), [1, 1, 1]); //=> [3334, 3333, 3333]
 * allocate(euro("0.05"), [1, 3, 0]); //=> [1, 4, 0]
 * allocate(euro("0.02"), [1, 3, 2]); //=> [0, 1, 1]
 * allocate(euro(9600), ["0.5", "0.25", "0.25"]); //=> [480000, 240000, 240000]
 * ```
 *
 * @category Arithmetic
 * @since 0.1.0
 */
export function allocate(total: Cents, weights: readonly ExactNumber[]): Cents[] {
  assertCents(total, "The total");
  if (!Array.isArray(weights) || weights.length === 0) {
    return fail("invalid_weight", "allocate needs at least one weight.", { weights });
  }
  const rationals = weights.map((weight, i) => exactToRational(weight, `The weight at index ${i}`, "invalid_weight"));
  // Bring every weight to one common denominator so they become integers.
  let common = 1n;
  for (const { d } of rationals) if (common % d !== 0n) common = (common * d) / gcd(common, d);
  const integers = rationals.map(({ n, d }, i) => {
    if (n < 0n) fail("invalid_weight", `The weight at index ${i} is negative (${String(weights[i])}); weights must be zero or more.`, { index: i, value: weights[i] });
    return n * (common / d);
  });
  let weightSum = 0n;
  for (const weight of integers) weightSum += weight;
  if (weightSum === 0n) {
    if (total === 0) return integers.map(() => 0 as Cents);
    return fail("invalid_weight", "All weights are zero, so a non-zero total cannot be split.", { total });
  }
  const sign = total < 0 ? -1n : 1n;
  const magnitude = BigInt(total) * sign;
  const shares = integers.map((weight) => (magnitude * weight) / weightSum);
  let remainder = magnitude;
  for (const share of shares) remainder -= share;
  if (remainder > 0n) {
    // Only shares whose exact value has a fraction may get a cent: a share that is exactly whole stays
    // exact. The remainder is the sum of those fractions, so it is less than their number.
    const order = integers
      .map((_, i) => i)
      .filter((i) => (magnitude * (integers[i] as bigint)) % weightSum !== 0n)
      .sort((a, b) => {
        const wa = integers[a] as bigint;
        const wb = integers[b] as bigint;
        return wa === wb ? a - b : wa > wb ? -1 : 1;
      });
    for (let k = 0; remainder > 0n; k++, remainder--) {
      const index = order[k] as number;
      shares[index] = (shares[index] as bigint) + 1n;
    }
  }
  return shares.map((share) => (Number(share * sign) || 0) as Cents);
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}
