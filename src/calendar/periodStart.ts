import { formatIsoDate } from "./_internal/isoDateParts.js";
import { assertPeriod, MONTHS_PER_PERIOD } from "./_internal/periodRules.js";
import type { IsoDate, Period } from "./types.js";

/**
 * The first day of a period.
 *
 * @param period - The period.
 * @returns The ISO date of its first day.
 * @throws {@link DomainError} `invalid_period` – when `period` is not a valid period.
 *
 * @example
 * ```ts
 * import { periodStart, parsePeriod } from "opkoers/calendar";
 *
 * periodStart(parsePeriod("2024-T3")); //=> "2024-09-01"
 * periodStart(parsePeriod("2024-H2")); //=> "2024-07-01"
 * ```
 *
 * @category Periods
 * @since 0.1.0
 */
export function periodStart(period: Period): IsoDate {
  assertPeriod(period);
  return formatIsoDate(period.year, (period.index - 1) * MONTHS_PER_PERIOD[period.kind] + 1, 1);
}
