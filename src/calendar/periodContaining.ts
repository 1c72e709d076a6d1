import { assertIsoDate } from "./_internal/assertIsoDate.js";
import { assertPeriodKind, MONTHS_PER_PERIOD } from "./_internal/periodRules.js";
import type { IsoDate, Period, PeriodKind } from "./types.js";

/**
 * The period of a kind that a date falls in.
 *
 * @param date - An ISO date.
 * @param kind - The kind of period wanted.
 * @returns The one period of that kind with `periodStart ≤ date ≤ periodEnd`.
 * @throws {@link DomainError} `invalid_date` – when `date` is not an ISO date.
 * @throws {@link DomainError} `invalid_period` – when `kind` is not a period kind.
 *
 * @example
 * ```ts
 * import { periodContaining, formatPeriod } from "opkoers/calendar";
 *
 * formatPeriod(periodContaining("2024-05-01", "tertial")); //=> "2024-T2"
 * formatPeriod(periodContaining("2024-09-30", "quarter")); //=> "2024-Q3"
 * periodContaining("2024-09-30", "year"); //=> { kind: "year", year: 2024, index: 1 }
 * ```
 *
 * @category Periods
 * @since 0.1.0
 */
export function periodContaining(date: IsoDate, kind: PeriodKind): Period {
  const { year, month } = assertIsoDate(date, "The date");
  assertPeriodKind(kind);
  return { kind, year, index: Math.floor((month - 1) / MONTHS_PER_PERIOD[kind]) + 1 };
}
