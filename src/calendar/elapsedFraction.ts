import { epochDay } from "./_internal/epochDay.js";
import { periodEnd } from "./periodEnd.js";
import { periodStart } from "./periodStart.js";
import type { IsoDate, Period } from "./types.js";

/**
 * How much of a period has passed on a date, from 0 to 1, counted in whole
 * days. `asOf` counts as the **end** of that day: the day itself has fully
 * elapsed. So with a period of N days:
 *
 * - before the first day: `0`;
 * - on the first day: `1/N` (one day has passed);
 * - on day k of the period: `k/N`;
 * - on the last day and after it: `1`.
 *
 * This is the fraction a linear expectation uses: "of a target of 120 for the
 * year, 40 should be reached by the end of April". The result is never NaN
 * and never decreases when `asOf` moves later.
 *
 * @param period - The period.
 * @param asOf - The date to measure on (the end of that day).
 * @returns The fraction elapsed, in [0, 1].
 * @throws {@link DomainError} `invalid_period` – when `period` is not a valid period.
 * @throws {@link DomainError} `invalid_date` – when `asOf` is not an ISO date.
 *
 * @example
 * ```ts
 * import { elapsedFraction, parsePeriod } from "opkoers/calendar";
 *
 * const t1 = parsePeriod("2024-T1"); // 1 January – 30 April 2024, 121 days
 * elapsedFraction(t1, "2023-12-31"); //=> 0
 * elapsedFraction(t1, "2024-01-01"); //=> 1 / 121
 * elapsedFraction(t1, "2024-04-30"); //=> 1
 * elapsedFraction(parsePeriod("2025"), "2025-07-02"); //=> 183 / 365
 * ```
 *
 * @category Periods
 * @since 0.1.0
 */
export function elapsedFraction(period: Period, asOf: IsoDate): number {
  const start = epochDay(periodStart(period), "The period's start");
  const end = epochDay(periodEnd(period), "The period's end");
  const length = end - start + 1;
  const elapsed = Math.min(Math.max(epochDay(asOf, "The as-of date (asOf)") - start + 1, 0), length);
  return elapsed / length;
}
