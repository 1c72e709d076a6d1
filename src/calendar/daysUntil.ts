import { checkIsoDate } from "./_internal/assertIsoDate.js";
import { daysBetween } from "./daysBetween.js";
import type { Deadline, IsoDate } from "./types.js";

/**
 * Count the days from a date to a deadline's due day: positive before it,
 * 0 on the due day itself (the last day on time), negative after it (the
 * number of days it is overdue, negated).
 *
 * @param deadline - The deadline (only `due` is used).
 * @param asOf - The date to count from.
 * @returns `due − asOf` in calendar days.
 * @throws {@link DomainError} `invalid_date` – when `deadline.due` or `asOf` is not an ISO date.
 *
 * @example
 * ```ts
 * import { daysUntil, pcDeadlines } from "opkoers/calendar";
 *
 * const begroting = pcDeadlines(2025)[0]!; // due 2024-11-14
 * daysUntil(begroting, "2024-11-01"); //=> 13
 * daysUntil(begroting, "2024-11-14"); //=> 0
 * daysUntil(begroting, "2024-11-16"); //=> -2
 * ```
 *
 * @category Deadlines
 * @since 0.1.0
 */
export function daysUntil(deadline: Deadline, asOf: IsoDate): number {
  checkIsoDate(deadline?.due, "The deadline's due date");
  return daysBetween(asOf, deadline.due);
}
