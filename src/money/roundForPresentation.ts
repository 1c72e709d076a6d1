import { assertCents } from "./_internal/assertCents.js";
import { assertOptions } from "./_internal/assertOptions.js";
import { assertRoundingMode } from "./_internal/assertRoundingMode.js";
import { describe } from "./_internal/describe.js";
import { divideRounded } from "./_internal/divideRounded.js";
import { fail } from "./_internal/fail.js";
import { toSafeCents } from "./_internal/toSafeCents.js";
import { unitCents } from "./_internal/unitCents.js";
import type { Cents, PresentationUnit, RoundingMode } from "./types.js";

/**
 * Options for {@link roundForPresentation}.
 *
 * @example
 * ```ts
 * import type { PresentationOptions } from "opkoers/money";
 *
 * const options: PresentationOptions = { unit: "thousand", method: "independent" };
 * options.unit; //=> "thousand"
 * ```
 *
 * @category Presentation
 * @since 0.1.0
 */
export interface PresentationOptions {
  /** The unit of the table: whole euros, thousands (× € 1.000) or millions. */
  readonly unit: PresentationUnit;
  /**
   * `"largestRemainder"` (default): lines are rounded so that they add up to
   * the rounded total. `"independent"`: every line is rounded on its own, and
   * the result reports the difference between the sum of the lines and the
   * rounded total.
   */
  readonly method?: "largestRemainder" | "independent";
  /** How the total (and, with `"independent"`, each line) is rounded; default `"halfUp"`. */
  readonly rounding?: RoundingMode;
}

/**
 * A table of amounts rounded to a presentation unit; see
 * {@link roundForPresentation}.
 *
 * @example
 * ```ts
 * import { roundForPresentation, euro, type PresentationTable } from "opkoers/money";
 *
 * const table: PresentationTable = roundForPresentation([euro(1400), euro(1400)], { unit: "thousand" });
 * table.lines; //=> [2, 1]
 * ```
 *
 * @category Presentation
 * @since 0.1.0
 */
export interface PresentationTable {
  /** The unit the numbers are in. */
  readonly unit: PresentationUnit;
  /** The method that was used. */
  readonly method: "largestRemainder" | "independent";
  /** Each line rounded, in units (e.g. `46634` for € 46.634.000 in thousands). */
  readonly lines: readonly number[];
  /** The exact total, rounded, in units. */
  readonly total: number;
  /** Per line: the rounded line minus the exact line, in cents (what the rounding added or removed). */
  readonly lineDifferences: readonly Cents[];
  /** The sum of the rounded lines minus the rounded total, in units; always 0 with `"largestRemainder"`. */
  readonly discrepancy: number;
}

/**
 * Round a list of amounts to whole euros, thousands or millions for a
 * published table, so that the rounded lines still add up to the rounded
 * total (largest-remainder method), or — when asked for plain rounding —
 * round each line on its own and report the difference per line and in total.
 *
 * With `"largestRemainder"` every line is its exact value rounded down or up
 * (never further than one unit away): the lines start rounded down, and the
 * units needed to reach the rounded total go to the lines with the largest
 * remainders (ties: the earliest line).
 *
 * @param amounts - The exact amounts of the lines, in cents.
 * @param options - The unit, the method and the rounding of the total.
 * @returns The rounded lines and total, with the rounding differences.
 * @throws {@link DomainError} `invalid_amount` – when `amounts` is not an array or an amount is not a whole number of cents.
 * @throws {@link DomainError} `amount_out_of_range` – when the exact total of the lines is beyond ±(2^53 − 1) cents.
 * @throws {@link DomainError} `invalid_option` – when `options` is not an object, or the unit or the method is unknown.
 * @throws {@link DomainError} `invalid_rounding_mode` – when `rounding` is not a rounding mode.
 *
 * @example
 * ```ts
 * import { roundForPresentation, euro } from "opkoers/money";
 *
 * const lines = [euro(1400), euro(1400), euro(1400)]; // 1,4 + 1,4 + 1,4 = 4,2 thousand
 * roundForPresentation(lines, { unit: "thousand" }).lines; //=> [2, 1, 1]
 * const plain = roundForPresentation(lines, { unit: "thousand", method: "independent" });
 * plain.lines; //=> [1, 1, 1]
 * plain.total; //=> 4
 * plain.discrepancy; //=> -1
 * plain.lineDifferences; //=> [-40000, -40000, -40000]
 * ```
 *
 * @category Presentation
 * @since 0.1.0
 */
export function roundForPresentation(amounts: readonly Cents[], options: PresentationOptions): PresentationTable {
  assertOptions(options, "roundForPresentation");
  const { unit, method = "largestRemainder", rounding = "halfUp" } = options;
  const size = unitCents(unit);
  assertRoundingMode(rounding);
  if (method !== "largestRemainder" && method !== "independent") {
    return fail("invalid_option", `method is ${describe(method)}; use "largestRemainder" or "independent".`, { option: "method", value: method });
  }
  if (!Array.isArray(amounts)) {
    return fail("invalid_amount", `roundForPresentation needs an array of amounts, but it got ${describe(amounts)}.`, { value: amounts });
  }
  const exact = amounts.map((amount, i) => {
    assertCents(amount, `The amount at index ${i}`);
    return BigInt(amount);
  });
  let exactTotal = 0n;
  for (const amount of exact) exactTotal += amount;
  toSafeCents(exactTotal, "roundForPresentation (the total of the lines)"); // throws when the total is not a safe amount
  const total = divideRounded(exactTotal, size, rounding);
  let rounded: bigint[];
  if (method === "independent") {
    rounded = exact.map((amount) => divideRounded(amount, size, rounding));
  } else {
    rounded = exact.map((amount) => divideRounded(amount, size, "down"));
    let missing = total;
    for (const line of rounded) missing -= line;
    // 0 ≤ missing ≤ the number of lines with a remainder (the total is the floor or the ceiling of the
    // exact total, and the remainders add up to less than one unit per such line), so each line gets at
    // most one unit and `order` never runs out.
    const order = exact
      .map((amount, i) => ({ i, remainder: amount - (rounded[i] as bigint) * size }))
      .filter(({ remainder }) => remainder > 0n)
      .sort((a, b) => (a.remainder === b.remainder ? a.i - b.i : a.remainder > b.remainder ? -1 : 1));
    for (let k = 0; missing > 0n; k++, missing--) {
      const { i } = order[k] as { i: number };
      rounded[i] = (rounded[i] as bigint) + 1n;
    }
  }
  let roundedSum = 0n;
  for (const line of rounded) roundedSum += line;
  return {
    unit,
    method,
    lines: rounded.map((line) => Number(line) || 0),
    total: Number(total) || 0,
    lineDifferences: rounded.map((line, i) => (Number(line * size - (exact[i] as bigint)) || 0) as Cents),
    discrepancy: Number(roundedSum - total) || 0,
  };
}
