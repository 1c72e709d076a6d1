import { isoDateParts } from "./_internal/isoDateParts.js";
import type { IsoDate } from "./types.js";

/**
 * Tell whether a value is an {@link IsoDate}: a string `YYYY-MM-DD` that
 * names a day that exists in the (proleptic Gregorian) calendar, with a year
 * from 0001 to 9999. Date-times (`"2024-03-01T00:00"`), other separators and
 * impossible days (`"2023-02-29"`, `"2024-04-31"`) are not dates.
 *
 * @param value - Any value.
 * @returns `true` when `value` is a real ISO calendar date.
 *
 * @example
 * ```ts
 * import { isIsoDate } from "opkoers/calendar";
 *
 * isIsoDate("2024-02-29"); //=> true
 * isIsoDate("2023-02-29"); //=> false
 * isIsoDate("2024-3-1"); //=> false
 * isIsoDate(new Date()); //=> false
 * ```
 *
 * @category Dates
 * @since 0.1.0
 */
export function isIsoDate(value: unknown): value is IsoDate {
  return isoDateParts(value) !== undefined;
}
