import { checkIsoDate } from "./_internal/assertIsoDate.js";
import type { Deadline, IsoDate } from "./types.js";

/**
 * Tell whether a deadline is overdue on a date: its due day has passed and
 * nothing was delivered yet. "Yet" means on or before `asOf`: a delivery
 * dated after `asOf` is not known on `asOf`. A delivery made late ends the
 * overdue state; use {@link isLate} to tell whether it was in time.
 *
 * @param deadline - The deadline (only `due` is used).
 * @param asOf - The date to judge on.
 * @param submittedOn - The day it was delivered, if it was.
 * @returns `true` when `asOf > due` and there is no delivery on or before `asOf`.
 * @throws {@link DomainError} `invalid_date` – when `deadline.due`, `asOf` or `submittedOn` is not an ISO date.
 *
 * @example
 * ```ts
 * import { isOverdue, pcDeadlines } from "opkoers/calendar";
 *
 * const begroting = pcDeadlines(2025)[0]!; // due 2024-11-14
 * isOverdue(begroting, "2024-11-14"); //=> false
 * isOverdue(begroting, "2024-11-15"); //=> true
 * isOverdue(begroting, "2024-11-20", "2024-11-12"); //=> false
 * isOverdue(begroting, "2024-11-20", "2024-11-25"); //=> true
 * ```
 *
 * @category Deadlines
 * @since 0.1.0
 */
export function isOverdue(deadline: Deadline, asOf: IsoDate, submittedOn?: IsoDate): boolean {
  checkIsoDate(deadline?.due, "The deadline's due date");
  checkIsoDate(asOf, "The as-of date (asOf)");
  if (submittedOn !== undefined) checkIsoDate(submittedOn, "The submission date (submittedOn)");
  if (asOf <= deadline.due) return false;
  return submittedOn === undefined || submittedOn > asOf;
}
