import { assertPeriod } from "./_internal/periodRules.js";
import type { Period, PeriodCode } from "./types.js";

/**
 * Write a period in its wire format ({@link PeriodCode}), the inverse of
 * {@link parsePeriod}.
 *
 * @param period - The period.
 * @returns `"2024"`, `"2024-H1"`, `"2024-T2"`, `"2024-Q3"` or `"2024-03"`.
 * @throws {@link DomainError} `invalid_period` – when `period` is not a valid period (unknown kind, year outside 1–9999, index out of range).
 *
 * @example
 * ```ts
 * import { formatPeriod } from "opkoers/calendar";
 *
 * formatPeriod({ kind: "quarter", year: 2024, index: 3 }); //=> "2024-Q3"
 * formatPeriod({ kind: "month", year: 2024, index: 3 }); //=> "2024-03"
 * formatPeriod({ kind: "quarter", year: 2024, index: 5 }); //=> throws invalid_period
 * ```
 *
 * @category Periods
 * @since 0.1.0
 */
export function formatPeriod(period: Period): PeriodCode {
  assertPeriod(period);
  const year = String(period.year).padStart(4, "0");
  switch (period.kind) {
    case "year":
      return year;
    case "half":
      return `${year}-H${period.index}`;
    case "tertial":
      return `${year}-T${period.index}`;
    case "quarter":
      return `${year}-Q${period.index}`;
    case "month":
      return `${year}-${String(period.index).padStart(2, "0")}`;
  }
}
