import { assertIndicator, assertObject } from "./_internal/assertInput.js";
import type { IsoDate, PeriodCode } from "../calendar/index.js";
import { periodMonths } from "./_internal/periodMonths.js";
import { asOfMonthOf, knownFrom, selectReading, selectTarget } from "./_internal/select.js";
import type { EvaluationOptions } from "./targetFor.js";
import type { Indicator } from "./types.js";

/**
 * The current value of an indicator as read by {@link indicatorValue}.
 *
 * @example
 * ```ts
 * import type { IndicatorReading } from "opkoers/policy";
 *
 * const reading: IndicatorReading = { state: "notAvailable", period: "2024", reason: "n.n.b." };
 * reading.state; //=> "notAvailable"
 * ```
 *
 * @category Progress
 * @since 0.1.0
 */
export type IndicatorReading =
  | {
      /** A value is available. */
      readonly state: "available";
      /** The value. */
      readonly value: number;
      /** The period of the measurement. */
      readonly period: PeriodCode;
      /** The date from which the value was known: the peildatum, else the period's last day. */
      readonly knownFrom: IsoDate;
      /** Whether the value is final (not provisional). */
      readonly final: boolean;
      /** Whether the measurement covers less than the target period (an interim reading, or an older cumulative total). */
      readonly interim: boolean;
      /** For rates and percentages: the numerator, if known. */
      readonly numerator?: number;
      /** For rates and percentages: the denominator, if known. */
      readonly denominator?: number;
      /** When the value was combined from parts (stadsdelen): how many. */
      readonly parts?: number;
    }
  | {
      /** Only "not available" measurements exist. */
      readonly state: "notAvailable";
      /** The period of the latest of them. */
      readonly period: PeriodCode;
      /** Its reason, e.g. "n.n.b.". */
      readonly reason?: string;
    };

/**
 * The current value of an indicator for a target period on an `asOf` date:
 * the latest available measurement, per the indicator's accumulation —
 * `periodic`: a measurement of the target period itself (or, for
 * non-additive units, the latest one of a shorter period inside it);
 * `cumulative`: the latest running total up to the end of the target period
 * (never a sum of running totals); `stock`: the latest level. A period with
 * parts (stadsdelen) but no total gets the combined value of its parts (see
 * {@link aggregateMeasurements}). "n.n.b." readings are skipped; if nothing
 * else exists the result says not available.
 *
 * @param indicator - The indicator.
 * @param options - `asOf` and/or the target `period` (see {@link targetFor}); a `period` without a target still limits the reading to that period; without either, any period counts.
 * @returns The reading, or `undefined` when there is no measurement at all.
 * @throws {@link DomainError} `invalid_date` – when `asOf` is not an ISO date.
 * @throws {@link DomainError} `invalid_option` – when `indicator` is not an indicator object (with a unit, targets and measurements) or `options` is not an object.
 * @throws {@link DomainError} `invalid_period` – when a period code in the indicator is not valid.
 *
 * @example
 * ```ts
 * import { indicatorValue, type Indicator } from "opkoers/policy";
 *
 * const gli: Indicator = {
 *   id: "gli", name: "GLI-deelnemers", kind: "performance", unit: { kind: "count" }, direction: "higherIsBetter", accumulation: "cumulative",
 *   baseline: { period: "2021-Q1", value: 0 }, targets: [{ period: "2022-12", comparator: "atLeast", value: 100 }],
 *   measurements: [
 *     { period: "2021-12", value: { state: "available", value: 38 } },
 *     { period: "2022-06", value: { state: "available", value: 61 } },
 *     { period: "2022-09", value: { state: "notAvailable", reason: "n.n.b." } },
 *   ],
 * };
 * indicatorValue(gli, { asOf: "2022-10-15" }); //=> { state: "available", value: 61, period: "2022-06", knownFrom: "2022-06-30", final: true, interim: true }
 * indicatorValue(gli, { asOf: "2022-01-15" }); //=> { state: "available", value: 38, period: "2021-12", knownFrom: "2021-12-31", final: true, interim: true }
 * indicatorValue(gli, { asOf: "2021-06-30" }); //=> undefined
 * ```
 *
 * @category Progress
 * @since 0.1.0
 */
export function indicatorValue(indicator: Indicator, options: EvaluationOptions = {}): IndicatorReading | undefined {
  assertIndicator(indicator);
  assertObject(options, "The options");
  const asOfMonth = asOfMonthOf(options.asOf);
  const target = selectTarget(indicator, asOfMonth, options.period);
  const window = target ?? (options.period === undefined ? undefined : { ...periodMonths(options.period), target: undefined });
  const reading = selectReading(indicator, window?.first, window?.last, options.asOf, asOfMonth);
  if (reading === undefined) return undefined;
  const m = reading.measurement;
  if (reading.value === undefined) {
    const reason = m.value.state === "notAvailable" ? m.value.reason : undefined;
    return { state: "notAvailable", period: m.period, ...(reason === undefined ? {} : { reason }) };
  }
  const { numerator, denominator } = reading.value;
  return {
    state: "available",
    value: reading.value.value,
    period: m.period,
    knownFrom: knownFrom(m, reading.last),
    final: m.final !== false,
    interim: window === undefined ? false : m.period !== (window.target?.period ?? options.period),
    ...(numerator === undefined || denominator === undefined ? {} : { numerator, denominator }),
    ...(reading.parts > 0 ? { parts: reading.parts } : {}),
  };
}
