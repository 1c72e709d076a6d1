import { assertIsoDate } from "./assertIsoDate.js";

const DAY_MS = 86_400_000;
/** Days in 400 Gregorian years: the calendar repeats exactly after them. */
const DAYS_PER_400_YEARS = 146_097;

/**
 * The day number of an ISO date (days since 1970-01-01), checked, without
 * creating a Date: `Date.UTC` is pure UTC arithmetic. It maps years 0–99 to
 * 1900–1999, so those years are shifted by one 400-year cycle and back.
 */
export function epochDay(value: unknown, name: string): number {
  const { year, month, day } = assertIsoDate(value, name);
  if (year < 100) return Date.UTC(year + 400, month - 1, day) / DAY_MS - DAYS_PER_400_YEARS;
  return Date.UTC(year, month - 1, day) / DAY_MS;
}
