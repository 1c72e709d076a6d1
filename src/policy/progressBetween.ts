import { show } from "./_internal/assertInput.js";
import { DomainError } from "../errors/DomainError.js";
import { progressUnchecked } from "./_internal/progressCore.js";

/** A number for a message as String() writes it; an object (which may have no toString) described. */
const text = (value: unknown): string => (typeof value === "object" && value !== null ? show(value) : String(value));

/**
 * The progress of a value from a baseline (0) to a target (1), right for
 * both directions: for a lower-is-better indicator the target lies below the
 * baseline, and a lower value is more progress.
 *
 * - Normal case (the target lies beyond the baseline in the good direction):
 *   `(value − baseline) / (target − baseline)`. It is exactly 0 at the
 *   baseline and exactly 1 at the target, below 0 for a value worse than the
 *   baseline (regression) and above 1 beyond the target; capped at
 *   ±{@link MAX_PROGRESS}.
 * - Degenerate case (baseline = target, or the target is not beyond the
 *   baseline, e.g. "stay above 80 %" from 85 %): 1 when the value meets the
 *   target, else 0 — a defined result, never NaN or Infinity.
 *
 * Monotone in the value in the indicator's direction; mirroring all three
 * numbers and flipping the direction gives the same progress.
 *
 * @param value - The current value.
 * @param baseline - The baseline (nulmeting).
 * @param target - The target (streefwaarde).
 * @param direction - `"higherIsBetter"` or `"lowerIsBetter"`.
 * @returns The progress fraction, finite.
 * @throws {@link DomainError} `invalid_option` – when an argument is not a finite number or the direction is not one of the two.
 *
 * @example
 * ```ts
 * import { progressBetween } from "opkoers/policy";
 *
 * progressBetween(175, 100, 250, "higherIsBetter"); //=> 0.5
 * progressBetween(150, 200, 0, "lowerIsBetter"); //=> 0.25
 * progressBetween(90, 100, 250, "higherIsBetter") < 0; //=> true
 * progressBetween(3, 3, 3, "higherIsBetter"); //=> 1
 * progressBetween(Number.NaN, 0, 1, "higherIsBetter"); //=> throws invalid_option
 * ```
 *
 * @category Progress
 * @since 0.1.0
 */
export function progressBetween(value: number, baseline: number, target: number, direction: "higherIsBetter" | "lowerIsBetter"): number {
  if (!Number.isFinite(value) || !Number.isFinite(baseline) || !Number.isFinite(target)) {
    throw new DomainError("invalid_option", `progressBetween needs finite numbers, but got value ${text(value)}, baseline ${text(baseline)}, target ${text(target)}.`, { value, baseline, target });
  }
  const sign = direction === "higherIsBetter" ? 1 : direction === "lowerIsBetter" ? -1 : 0;
  if (sign === 0) throw new DomainError("invalid_option", `The direction must be "higherIsBetter" or "lowerIsBetter", but it is ${show(direction)}.`, { direction });
  return progressUnchecked(value, baseline, target, sign);
}
