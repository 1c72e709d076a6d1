import { addDays as addDaysFns } from "date-fns";
import { fromUtcDate, toUtcDate } from "./_internal/dates.js";
import { describe } from "./_internal/describe.js";
import { fail } from "./_internal/fail.js";
import { utc } from "./_internal/UtcDate.js";
import type { IsoDate } from "./types.js";

/**
 * Add a number of calendar days to a date (subtract with a negative number).
 * The arithmetic is on calendar days, so the result does not depend on the
 * machine's time zone or on daylight saving time.
 *
 * @param date - The ISO date to start from.
 * @param days - Whole days to add; may be negative.
 * @returns The ISO date `days` days later.
 * @throws {@link DomainError} `invalid_date` – when `date` is not an ISO date, or the result is outside the years 0001–9999.
 * @throws {@link DomainError} `invalid_option` – when `days` is not a safe integer.
 *
 * @example
 * ```ts
 * import { addDays } from "opkoers/calendar";
 *
 * addDays("2024-03-31", 30); //=> "2024-04-30"
 * addDays("2025-01-01", -1); //=> "2024-12-31"
 * addDays("2024-02-28", 1); //=> "2024-02-29"
 * ```
 *
 * @category Dates
 * @since 0.1.0
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  const start = toUtcDate(date, "The date");
  if (!Number.isSafeInteger(days)) fail("invalid_option", `The number of days must be a whole number, but it is ${describe(days)}.`, { argument: "days", value: days });
  if (Math.abs(days) > 4_000_000) fail("invalid_date", `Adding ${days} days to ${date} leaves the supported years 0001–9999.`, { date, days });
  return fromUtcDate(addDaysFns(start, days, { in: utc }), `addDays(${date}, ${days})`);
}
