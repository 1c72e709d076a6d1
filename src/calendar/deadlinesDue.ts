import { checkIsoDate } from "./_internal/assertIsoDate.js";
import { compareDeadlines } from "./_internal/compareDeadlines.js";
import { describe } from "./_internal/describe.js";
import { fail } from "./_internal/fail.js";
import { epochDay } from "./_internal/epochDay.js";
import type { Deadline, IsoDate } from "./types.js";

/**
 * The deadlines that need attention on a date: not yet delivered, and
 * either overdue or due within the next `windowDays` days. "Not yet
 * delivered" means no delivery dated on or before `asOf` in `submissions`.
 *
 * @param deadlines - The deadlines, e.g. from {@link pcDeadlines} (several years may be combined).
 * @param asOf - The date to judge on.
 * @param windowDays - How many days ahead to look; 0 = due today or overdue.
 * @param submissions - Delivery dates by deadline id; default none.
 * @returns The deadlines with `daysUntil ≤ windowDays` that were not delivered by `asOf`, sorted by due date, then id.
 * @throws {@link DomainError} `invalid_date` – when `asOf`, a due date or a delivery date is not an ISO date.
 * @throws {@link DomainError} `invalid_option` – when `deadlines` is not an array of deadlines, `windowDays` is not a whole number ≥ 0, or `submissions` is not an object.
 *
 * @example
 * ```ts
 * import { deadlinesDue, pcDeadlines } from "opkoers/calendar";
 *
 * const calendar = pcDeadlines(2025); // begroting and Iv3 begroting due 2024-11-14
 * deadlinesDue(calendar, "2024-11-01", 30).map((d) => d.id); //=> ["begroting.2025", "iv3.begroting.2025"]
 * deadlinesDue(calendar, "2024-11-01", 7).map((d) => d.id); //=> []
 * const sent = { "begroting.2025": "2024-11-08" };
 * deadlinesDue(calendar, "2024-11-20", 0, sent).map((d) => d.id); //=> ["iv3.begroting.2025"]
 * ```
 *
 * @category Deadlines
 * @since 0.1.0
 */
export function deadlinesDue(
  deadlines: readonly Deadline[],
  asOf: IsoDate,
  windowDays: number,
  submissions: Readonly<Record<string, IsoDate>> = {},
): Deadline[] {
  if (!Array.isArray(deadlines)) fail("invalid_option", `The deadlines must be an array, but they are ${describe(deadlines)}.`, { argument: "deadlines" });
  if (typeof submissions !== "object" || submissions === null || Array.isArray(submissions)) {
    fail("invalid_option", `The submissions must be an object of deadline id → date, but they are ${describe(submissions)}.`, { argument: "submissions" });
  }
  const today = epochDay(asOf, "The as-of date (asOf)");
  if (typeof windowDays !== "number" || !Number.isSafeInteger(windowDays) || windowDays < 0) {
    fail("invalid_option", `The window must be a whole number of days ≥ 0, but it is ${describe(windowDays)}.`, { argument: "windowDays", value: windowDays });
  }
  return deadlines
    .filter((deadline, i) => {
      if (typeof deadline !== "object" || deadline === null) fail("invalid_option", `Deadline ${i} is ${describe(deadline)}, not a deadline object.`, { argument: "deadlines", index: i });
      const submittedOn = Object.hasOwn(submissions, deadline.id) ? submissions[deadline.id] : undefined;
      if (submittedOn !== undefined) {
        checkIsoDate(submittedOn, `The submission date of ${deadline.id}`);
        if (submittedOn <= asOf) return false;
      }
      return epochDay(deadline?.due, "The deadline's due date") - today <= windowDays;
    })
    .sort(compareDeadlines);
}
