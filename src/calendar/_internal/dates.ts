import type { IsoDate } from "../types.js";
import { assertIsoDate } from "./assertIsoDate.js";
import { fail } from "./fail.js";
import { formatIsoDate, MAX_YEAR, MIN_YEAR } from "./isoDateParts.js";
import { UtcDate } from "./UtcDate.js";

/** Turn a checked ISO date into a UtcDate at midnight UTC (years below 100 included). */
export function toUtcDate(value: unknown, name: string): UtcDate {
  const { year, month, day } = assertIsoDate(value, name);
  const date = new UtcDate(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

/** Turn a UtcDate back into an ISO date; throws when the result left years 0001–9999. */
export function fromUtcDate(date: Date, operation: string): IsoDate {
  const year = date.getUTCFullYear();
  if (!Number.isFinite(date.getTime()) || year < MIN_YEAR || year > MAX_YEAR) {
    return fail("invalid_date", `The result of ${operation} is outside the supported years 0001–9999.`, { operation });
  }
  return formatIsoDate(year, date.getUTCMonth() + 1, date.getUTCDate());
}
