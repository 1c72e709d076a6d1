import { addMonths as addMonthsFns } from "date-fns";
import { fromUtcDate, toUtcDate } from "./_internal/dates.js";
import { describe } from "./_internal/describe.js";
import { fail } from "./_internal/fail.js";
import { utc } from "./_internal/UtcDate.js";
import type { IsoDate } from "./types.js";

/**
 * Add a number of calendar months to a date (subtract with a negative
 * number). When the day does not exist in the target month the result is
 * clamped to that month's last day: 31 January plus one month is 28 (or 29)
 * February, never 2 or 3 March. Clamping means that adding months and then
 * subtracting them does not always return the start date.
 *
 * @param date - The ISO date to start from.
 * @param months - Whole months to add; may be negative.
 * @returns The ISO date `months` months later, clamped to the end of the month.
 * @throws {@link DomainError} `invalid_date` – when `date` is not an ISO date, or the result is outside the years 0001–9999.
 * @throws {@link DomainError} `invalid_option` – when `months` is not a safe integer.
 *
 * @example
 * ```ts
 * import { addMonths } from "opkoers/calendar";
 *
 * addMonths("2024-01-31", 1); //=> "2024-02-29"
 * addMonths("2023-01-31", 1); //=> "2023-02-28"
 * addMonths("2024-05-15", -6); //=> "2023-11-15"
 * ```
 *
 * @category Dates
 * @since 0.1.0
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const start = toUtcDate(date, "The date");
  if (!Number.isSafeInteger(months)) fail("invalid_option", `The number of months must be a whole number, but it is ${describe(months)}.`, { argument: "months", value: months });
  if (Math.abs(months) > 120_000) fail("invalid_date", `Adding ${months} months to ${date} leaves the supported years 0001–9999.`, { date, months });
  return fromUtcDate(addMonthsFns(start, months, { in: utc }), `addMonths(${date}, ${months})`);
}
