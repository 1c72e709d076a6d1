import { assertPeriodKind, assertYear, periodsPerYear } from "./_internal/periodRules.js";
import type { Period, PeriodKind } from "./types.js";

/**
 * All periods of a kind in a year, in order. Together they cover the year
 * exactly: no day is missing and no day is in two of them.
 *
 * @param year - The (fiscal = calendar) year, 1–9999.
 * @param kind - The kind of period.
 * @returns The periods with index 1, 2, … in order.
 * @throws {@link DomainError} `invalid_period` – when `year` is not a whole year from 1 to 9999 or `kind` is not a period kind.
 *
 * @example
 * ```ts
 * import { periodsOfYear, formatPeriod } from "opkoers/calendar";
 *
 * periodsOfYear(2024, "tertial").map(formatPeriod); //=> ["2024-T1", "2024-T2", "2024-T3"]
 * periodsOfYear(2024, "month").length; //=> 12
 * ```
 *
 * @category Periods
 * @since 0.1.0
 */
export function periodsOfYear(year: number, kind: PeriodKind): Period[] {
  assertYear(year);
  assertPeriodKind(kind);
  return Array.from({ length: periodsPerYear(kind) }, (_, i): Period => ({ kind, year, index: i + 1 }));
}
