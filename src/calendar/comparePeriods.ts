import { periodEnd } from "./periodEnd.js";
import { periodStart } from "./periodStart.js";
import type { Period } from "./types.js";

/**
 * Compare two periods, for sorting: first by end date, then by start date
 * (both ascending). A period sorts after every period that ends before it;
 * of periods that end on the same day the longer one comes first
 * (`2024-H1` < `2024-Q2` < `2024-06`). Two periods compare equal only when
 * they are the same period.
 *
 * @param a - The first period.
 * @param b - The second period.
 * @returns `-1` when `a` sorts first, `0` when they are the same period, `1` when `b` sorts first.
 * @throws {@link DomainError} `invalid_period` – when an argument is not a valid period.
 *
 * @example
 * ```ts
 * import { comparePeriods, parsePeriod, formatPeriod } from "opkoers/calendar";
 *
 * const periods = ["2024", "2024-T2", "2024-06", "2024-Q2", "2024-H1"].map(parsePeriod);
 * periods.sort(comparePeriods).map(formatPeriod); //=> ["2024-H1", "2024-Q2", "2024-06", "2024-T2", "2024"]
 * ```
 *
 * @category Periods
 * @since 0.1.0
 */
export function comparePeriods(a: Period, b: Period): -1 | 0 | 1 {
  const endA = periodEnd(a);
  const endB = periodEnd(b);
  if (endA !== endB) return endA < endB ? -1 : 1;
  const startA = periodStart(a);
  const startB = periodStart(b);
  if (startA !== startB) return startA < startB ? -1 : 1;
  return 0;
}
