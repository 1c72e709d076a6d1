import { assertIndicator, assertObject } from "./_internal/assertInput.js";
import type { PeriodCode } from "../calendar/index.js";
import { progressUnchecked } from "./_internal/progressCore.js";
import { asOfMonthOf, selectReading, selectTarget } from "./_internal/select.js";
import type { EvaluationOptions } from "./targetFor.js";
import type { Indicator } from "./types.js";

/**
 * The progress of an indicator towards its target, as computed by
 * {@link indicatorProgress}.
 *
 * @example
 * ```ts
 * import type { IndicatorProgress } from "opkoers/policy";
 *
 * const p: IndicatorProgress = { value: 61, period: "2022-06", targetPeriod: "2022-12", progress: 0.61, regression: false, met: false };
 * p.progress; //=> 0.61
 * ```
 *
 * @category Progress
 * @since 0.1.0
 */
export interface IndicatorProgress {
  /** The current value (see {@link indicatorValue}). */
  readonly value: number;
  /** The period of the measurement used. */
  readonly period: PeriodCode;
  /** The period of the target. */
  readonly targetPeriod: PeriodCode;
  /** Progress from baseline (0) to target (1) — see {@link progressBetween}; without a baseline 1 when the target is met, else 0. */
  readonly progress: number;
  /** The value is worse than the baseline (negative progress). */
  readonly regression: boolean;
  /** The value meets the target. */
  readonly met: boolean;
}

/**
 * The progress of an indicator from its baseline to its target on an `asOf`
 * date: reads the current value ({@link indicatorValue}), picks the target
 * ({@link targetFor}) and applies {@link progressBetween}. This is the hot
 * path: a plain loop over the measurements, no date library calls.
 *
 * @param indicator - A directional indicator (higher or lower is better).
 * @param options - `asOf` and/or target `period`.
 * @returns The progress, or `undefined` when there is no target, the target is a band (`between`, or a `withinBand` indicator), or no value is available.
 * @throws {@link DomainError} `invalid_date` – when `asOf` is not an ISO date.
 * @throws {@link DomainError} `invalid_option` – when `indicator` is not an indicator object (with a unit, targets and measurements) or `options` is not an object.
 * @throws {@link DomainError} `invalid_period` – when a period code in the indicator is not valid.
 *
 * @example
 * ```ts
 * import { indicatorProgress, type Indicator } from "opkoers/policy";
 *
 * const schoolverlaters: Indicator = {
 *   id: "vsv", name: "Nieuwe voortijdig schoolverlaters", kind: "effect", unit: { kind: "count" },
 *   direction: "lowerIsBetter", accumulation: "periodic",
 *   baseline: { period: "2020", value: 200 }, targets: [{ period: "2024", comparator: "atMost", value: 120 }],
 *   measurements: [{ period: "2024", value: { state: "available", value: 160 } }],
 * };
 * indicatorProgress(schoolverlaters); //=> { value: 160, period: "2024", targetPeriod: "2024", progress: 0.5, regression: false, met: false }
 * ```
 *
 * @category Progress
 * @since 0.1.0
 */
export function indicatorProgress(indicator: Indicator, options: EvaluationOptions = {}): IndicatorProgress | undefined {
  assertIndicator(indicator);
  assertObject(options, "The options");
  const direction = indicator.direction;
  if (direction === "withinBand") return undefined;
  const asOfMonth = asOfMonthOf(options.asOf);
  const selected = selectTarget(indicator, asOfMonth, options.period);
  if (selected === undefined) return undefined;
  const target = selected.target;
  if (target.comparator === "between") return undefined;
  const reading = selectReading(indicator, selected.first, selected.last, options.asOf, asOfMonth);
  const value = reading?.value;
  if (reading === undefined || value === undefined) return undefined;
  const sign = direction === "higherIsBetter" ? 1 : -1;
  const v = value.value;
  const met = sign * (v - target.value) >= 0;
  const baseline = indicator.baseline;
  const progress = baseline === undefined ? (met ? 1 : 0) : progressUnchecked(v, baseline.value, target.value, sign);
  const regression = baseline !== undefined && sign * (v - baseline.value) < 0;
  return { value: v, period: reading.measurement.period, targetPeriod: target.period, progress, regression, met };
}
