import { assertIndicator, assertObject } from "./_internal/assertInput.js";
import type { IsoDate, PeriodCode } from "../calendar/index.js";
import { asOfMonthOf, selectTarget } from "./_internal/select.js";
import type { Indicator, Target } from "./types.js";

/**
 * Which period to evaluate an indicator for, and on which date.
 *
 * @example
 * ```ts
 * import type { EvaluationOptions } from "opkoers/policy";
 *
 * const options: EvaluationOptions = { asOf: "2024-11-14", period: "2024" };
 * options.period; //=> "2024"
 * ```
 *
 * @category Progress
 * @since 0.1.0
 */
export interface EvaluationOptions {
  /** The date of the evaluation; measurements count from their peildatum (or their period's end). Without it every measurement counts. */
  readonly asOf?: IsoDate;
  /** The target period to evaluate; without it, the first target (by end) not yet ended on `asOf`, else the last target. */
  readonly period?: PeriodCode;
}

/**
 * The target an indicator is judged against: the target for `period` when
 * given; otherwise the first target (by end of period) that has not ended on
 * `asOf`, or — when every target has ended, or without `asOf` — the last one.
 *
 * @param indicator - The indicator.
 * @param options - `asOf` and/or `period`.
 * @returns The target, or `undefined` when there is none (for that period).
 * @throws {@link DomainError} `invalid_date` – when `asOf` is not an ISO date.
 * @throws {@link DomainError} `invalid_option` – when `indicator` is not an indicator object (with a unit, targets and measurements) or `options` is not an object.
 * @throws {@link DomainError} `invalid_period` – when a period code in the indicator is not valid.
 *
 * @example
 * ```ts
 * import { targetFor, type Indicator } from "opkoers/policy";
 *
 * const vve: Indicator = {
 *   id: "vve-bereik", name: "Peuters met VVE-aanbod", kind: "performance", unit: { kind: "count", label: "peuters" },
 *   direction: "higherIsBetter", accumulation: "periodic", measurements: [],
 *   targets: [{ period: "2022", comparator: "atLeast", value: 250 }, { period: "2023", comparator: "atLeast", value: 260 }],
 * };
 * targetFor(vve, { asOf: "2022-06-30" }); //=> { period: "2022", comparator: "atLeast", value: 250 }
 * targetFor(vve, { asOf: "2023-01-01" })?.period; //=> "2023"
 * targetFor(vve, { period: "2021" }); //=> undefined
 * ```
 *
 * @category Progress
 * @since 0.1.0
 */
export function targetFor(indicator: Indicator, options: EvaluationOptions = {}): Target | undefined {
  assertIndicator(indicator);
  assertObject(options, "The options");
  return selectTarget(indicator, asOfMonthOf(options.asOf), options.period)?.target;
}
