import { checkIsoDate } from "./_internal/assertIsoDate.js";
import type { Deadline, IsoDate } from "./types.js";

/**
 * Tell whether a delivery missed its deadline: it was made after the due
 * day. This is what "niet tijdig ingezonden" means for supervision
 * (Gemeentewet art. 203 lid 2).
 *
 * @param deadline - The deadline (only `due` is used).
 * @param submittedOn - The day it was delivered.
 * @returns `true` when `submittedOn > due`.
 * @throws {@link DomainError} `invalid_date` – when `deadline.due` or `submittedOn` is not an ISO date.
 *
 * @example
 * ```ts
 * import { isLate, pcDeadlines } from "opkoers/calendar";
 *
 * const jaarstukken = pcDeadlines(2024).find((d) => d.kind === "jaarstukken")!; // due 2025-07-14
 * isLate(jaarstukken, "2025-07-14"); //=> false
 * isLate(jaarstukken, "2025-07-15"); //=> true
 * ```
 *
 * @category Deadlines
 * @since 0.1.0
 */
export function isLate(deadline: Deadline, submittedOn: IsoDate): boolean {
  checkIsoDate(deadline?.due, "The deadline's due date");
  checkIsoDate(submittedOn, "The submission date (submittedOn)");
  return submittedOn > deadline.due;
}
