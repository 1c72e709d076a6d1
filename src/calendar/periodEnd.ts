import { daysInMonth, formatIsoDate } from "./_internal/isoDateParts.js";
import { assertPeriod, MONTHS_PER_PERIOD } from "./_internal/periodRules.js";
import type { IsoDate, Period } from "./types.js";

/**
 * The last day of a period, inclusive: the period covers every day from
 * {@link periodStart} up to and including this day.
 *
 * @param period - The period.
 * @returns The ISO date of its last day.
 * @throws {@link DomainError} `invalid_period` – when `period` is not a valid period.
 *
 * @example
 * ```ts
 * import { periodEnd, parsePeriod } from "opkoers/calendar";
 *
 * periodEnd(parsePeriod("2024-T1")); //=> "2024-04-30"
 * periodEnd(parsePeriod("2024-02")); //=> "2024-02-29"
 * periodEnd(parsePeriod("2024")); //=> "2024-12-31"
 * ```
 *
 * @category Periods
 * @since 0.1.0
 */
export function periodEnd(period: Period): IsoDate {
  assertPeriod(period);
  const month = period.index * MONTHS_PER_PERIOD[period.kind];
  return formatIsoDate(period.year, month, daysInMonth(period.year, month));
}
