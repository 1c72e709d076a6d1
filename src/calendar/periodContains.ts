import { checkIsoDate } from "./_internal/assertIsoDate.js";
import { periodEnd } from "./periodEnd.js";
import { periodStart } from "./periodStart.js";
import type { IsoDate, Period } from "./types.js";

/**
 * Tell whether a date falls in a period (first and last day included).
 *
 * @param period - The period.
 * @param date - An ISO date.
 * @returns `true` when `periodStart(period) ≤ date ≤ periodEnd(period)`.
 * @throws {@link DomainError} `invalid_period` – when `period` is not a valid period.
 * @throws {@link DomainError} `invalid_date` – when `date` is not an ISO date.
 *
 * @example
 * ```ts
 * import { periodContains, parsePeriod } from "opkoers/calendar";
 *
 * periodContains(parsePeriod("2024-T2"), "2024-08-31"); //=> true
 * periodContains(parsePeriod("2024-T2"), "2024-09-01"); //=> false
 * ```
 *
 * @category Periods
 * @since 0.1.0
 */
export function periodContains(period: Period, date: IsoDate): boolean {
  const start = periodStart(period);
  const end = periodEnd(period);
  checkIsoDate(date, "The date");
  return start <= date && date <= end;
}
