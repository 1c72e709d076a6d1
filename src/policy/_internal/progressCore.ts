import { MAX_PROGRESS } from "../limits.js";

/** The formula without argument checks, for the hot path (sign +1 higher is better, −1 lower is better). */
export function progressUnchecked(value: number, baseline: number, target: number, sign: number): number {
  const span = target - baseline;
  if (sign * span > 0) {
    const fraction = (value - baseline) / span;
    // Cap instead of Infinity; `+ 0` turns −0 into 0 (0 / negative span is −0).
    return fraction > MAX_PROGRESS ? MAX_PROGRESS : fraction < -MAX_PROGRESS ? -MAX_PROGRESS : fraction + 0;
  }
  return sign * (value - target) >= 0 ? 1 : 0;
}
