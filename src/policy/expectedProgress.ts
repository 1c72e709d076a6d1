import { assertIndicator } from "./_internal/assertInput.js";
import { expectedAt } from "./_internal/expected.js";
import { asOfMonthOf, selectTarget } from "./_internal/select.js";
import type { EvaluationOptions } from "./targetFor.js";
import type { Indicator } from "./types.js";
import { DomainError } from "../errors/DomainError.js";
import type { IsoDate } from "../calendar/index.js";

/**
 * The progress (0–1) an indicator is expected to have made on a date: linear
 * in time from the end of the baseline period (0) to the end of the target
 * period (1), or piecewise linear through the indicator's trajectory points.
 * Without a baseline, or when the target is not beyond the baseline, the
 * expected progress is the elapsed fraction of that span (from the start of
 * the target period when there is no baseline). Never decreases as the date
 * moves on.
 *
 * @param indicator - A directional indicator.
 * @param options - `asOf` (required: the date) and/or target `period`.
 * @returns The expected progress 0–1, or `undefined` when there is no target or it is a band.
 * @throws {@link DomainError} `invalid_date` – when `asOf` is missing or not an ISO date.
 * @throws {@link DomainError} `invalid_option` – when `indicator` is not an indicator object (with a unit, targets and measurements).
 * @throws {@link DomainError} `invalid_period` – when a period code in the indicator is not valid.
 *
 * @example
 * ```ts
 * import { expectedProgress, type Indicator } from "opkoers/policy";
 *
 * const gli: Indicator = {
 *   id: "gli", name: "GLI-deelnemers", kind: "performance", unit: { kind: "count" }, direction: "higherIsBetter", accumulation: "cumulative",
 *   baseline: { period: "2021-03", value: 0 }, targets: [{ period: "2023-03", comparator: "atLeast", value: 100 }], measurements: [],
 * };
 * expectedProgress(gli, { asOf: "2021-03-31" }); //=> 0
 * expectedProgress(gli, { asOf: "2022-03-31" }); //=> 0.5
 * expectedProgress({ ...gli, trajectory: [{ period: "2022-03", value: 30 }] }, { asOf: "2022-03-31" }); //=> 0.3
 * expectedProgress(gli, { asOf: "2024-01-01" }); //=> 1
 * ```
 *
 * @category Progress
 * @since 0.1.0
 */
export function expectedProgress(indicator: Indicator, options: EvaluationOptions & { readonly asOf: IsoDate }): number | undefined {
  if (options?.asOf === undefined) throw new DomainError("invalid_date", "expectedProgress needs an asOf date.", {});
  assertIndicator(indicator);
  const asOfMonth = asOfMonthOf(options.asOf);
  if (indicator.direction === "withinBand") return undefined;
  const selected = selectTarget(indicator, asOfMonth, options.period);
  if (selected === undefined || selected.target.comparator === "between") return undefined;
  return expectedAt(indicator, selected, indicator.direction === "higherIsBetter" ? 1 : -1, options.asOf).fraction;
}
