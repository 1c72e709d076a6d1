import { fc } from "@fast-check/vitest";
import type { IsoDate, Period, PeriodKind } from "opkoers/calendar";

// An independent model of the proleptic Gregorian calendar (H. Hinnant's
// days_from_civil / civil_from_days), used as the oracle for the date-fns based
// implementation. Pure integer arithmetic: no Date, no time zone.

/** Days since 1970-01-01 of a civil date (month 1–12). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date of a day number since 1970-01-01, as an ISO string. */
export function civilFromDays(days: number): IsoDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp + (mp < 10 ? 3 : -9);
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Day number of an ISO date string (assumed valid). */
export function dayNumber(date: IsoDate): number {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return daysFromCivil(y, m, d);
}

export const FIRST_DAY = daysFromCivil(1, 1, 1);
export const LAST_DAY = daysFromCivil(9999, 12, 31);

/** Any ISO date from 0001-01-01 to 9999-12-31, biased towards P&C years. */
export const anyDate: fc.Arbitrary<IsoDate> = fc.oneof(
  fc.integer({ min: FIRST_DAY, max: LAST_DAY }),
  fc.integer({ min: daysFromCivil(1900, 1, 1), max: daysFromCivil(2200, 12, 31) }),
).map(civilFromDays);

/** An ISO date in 1900–2200. */
export const modernDate: fc.Arbitrary<IsoDate> = fc
  .integer({ min: daysFromCivil(1900, 1, 1), max: daysFromCivil(2200, 12, 31) })
  .map(civilFromDays);

export const KINDS: readonly PeriodKind[] = ["year", "half", "tertial", "quarter", "month"];
export const COUNT: Readonly<Record<PeriodKind, number>> = { year: 1, half: 2, tertial: 3, quarter: 4, month: 12 };

export const anyKind: fc.Arbitrary<PeriodKind> = fc.constantFrom(...KINDS);

/** Any valid period, years 1–9999. */
export const anyPeriod: fc.Arbitrary<Period> = fc
  .tuple(anyKind, fc.integer({ min: 1, max: 9999 }))
  .chain(([kind, year]) => fc.integer({ min: 1, max: COUNT[kind] }).map((index): Period => ({ kind, year, index })));
