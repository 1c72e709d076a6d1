import { epochDay } from "./_internal/epochDay.js";
import type { IsoDate } from "./types.js";

/**
 * Count the calendar days from one date to another: positive when `to` is
 * later, negative when it is earlier, 0 on the same day. It is the `n` for
 * which `addDays(from, n) === to`. Pure UTC day arithmetic (what date-fns'
 * `differenceInCalendarDays` computes for UTC dates, without its overhead),
 * so the result does not depend on the machine's time zone.
 *
 * @param from - The ISO date to count from.
 * @param to - The ISO date to count to.
 * @returns `to − from` in whole days.
 * @throws {@link DomainError} `invalid_date` – when either argument is not an ISO date.
 *
 * @example
 * ```ts
 * import { daysBetween } from "opkoers/calendar";
 *
 * daysBetween("2024-01-01", "2024-12-31"); //=> 365
 * daysBetween("2024-11-14", "2024-11-01"); //=> -13
 * ```
 *
 * @category Dates
 * @since 0.1.0
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const start = epochDay(from, "The start date (from)");
  const end = epochDay(to, "The end date (to)");
  return end - start;
}
