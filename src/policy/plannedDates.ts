import { assertActivity } from "./_internal/assertInput.js";
import { daysBetween, type IsoDate } from "../calendar/index.js";
import { asOfMonthOf } from "./_internal/select.js";
import type { Activity, DateRevision } from "./types.js";

/**
 * A milestone's due date on an `asOf` date, next to the original one.
 *
 * @example
 * ```ts
 * import type { PlannedMilestone } from "opkoers/policy";
 *
 * const m: PlannedMilestone = { id: "invoering", due: "2026-01-01", originalDue: "2024-01-01", postponedDays: 731 };
 * m.postponedDays; //=> 731
 * ```
 *
 * @category Activities
 * @since 0.1.0
 */
export interface PlannedMilestone {
  /** The milestone's id. */
  readonly id: string;
  /** The due date now. */
  readonly due: IsoDate;
  /** The due date as originally planned. */
  readonly originalDue: IsoDate;
  /** Days postponed in total by `"postponed"` revisions (extensions do not count). */
  readonly postponedDays: number;
}

/**
 * The planned dates of an activity on an `asOf` date, after the revisions
 * decided by then, next to the original dates.
 *
 * @example
 * ```ts
 * import type { PlannedDates } from "opkoers/policy";
 *
 * const dates: PlannedDates = { originalEnd: "2024-12-31", end: "2025-12-31", startPostponedDays: 0, endPostponedDays: 0, milestones: [], applied: [] };
 * dates.end; //=> "2025-12-31"
 * ```
 *
 * @category Activities
 * @since 0.1.0
 */
export interface PlannedDates {
  /** The planned start now. */
  readonly start?: IsoDate;
  /** The planned end now. */
  readonly end?: IsoDate;
  /** The planned start as originally planned. */
  readonly originalStart?: IsoDate;
  /** The planned end as originally planned. */
  readonly originalEnd?: IsoDate;
  /** Days the start was postponed in total by `"postponed"` revisions (negative when brought forward; extensions do not count). */
  readonly startPostponedDays: number;
  /** Days the end was postponed in total by `"postponed"` revisions. */
  readonly endPostponedDays: number;
  /** Every milestone's due date now and originally, and the days it was postponed. */
  readonly milestones: readonly PlannedMilestone[];
  /** The revisions decided on or before `asOf`, in the order they were decided. */
  readonly applied: readonly DateRevision[];
}

/**
 * The planned start, end and milestone dates of an activity on an `asOf`
 * date: each is the `to` of the last revision decided on or before `asOf`
 * (by `decidedOn`, ties in document order), else the original date. The
 * original dates and the applied revisions stay in the result, so a
 * postponement keeps its history ("uitgesteld naar 1 januari 2025, opnieuw
 * uitgesteld naar 1 januari 2026").
 *
 * @param activity - The activity.
 * @param asOf - The date; without it every revision applies.
 * @returns The dates.
 * @throws {@link DomainError} `invalid_date` – when `asOf` is not an ISO date.
 * @throws {@link DomainError} `invalid_option` – when `activity` is not an activity object (with milestones, revisions and a lifecycle).
 *
 * @example
 * ```ts
 * import { plannedDates, type Activity } from "opkoers/policy";
 *
 * const bw: Activity = {
 *   id: "bw-doordecentralisatie", name: "Doordecentralisatie Beschermd Wonen", kind: "project",
 *   milestones: [{ id: "invoering", label: "Invoering doordecentralisatie", due: "2024-01-01" }],
 *   revisions: [
 *     { subject: "milestone", milestoneId: "invoering", to: "2025-01-01", decidedOn: "2023-03-01", reason: "Met een jaar uitgesteld." },
 *     { subject: "milestone", milestoneId: "invoering", to: "2026-01-01", decidedOn: "2024-05-01", reason: "Opnieuw uitgesteld; ligt bij de Tweede Kamer." },
 *   ],
 *   lifecycle: { state: "started" },
 * };
 * plannedDates(bw, "2023-12-31").milestones; //=> [{ id: "invoering", due: "2025-01-01", originalDue: "2024-01-01", postponedDays: 366 }]
 * plannedDates(bw, "2024-12-31").milestones[0]?.due; //=> "2026-01-01"
 * plannedDates(bw).applied.length; //=> 2
 * ```
 *
 * @category Activities
 * @since 0.1.0
 */
export function plannedDates(activity: Activity, asOf?: IsoDate): PlannedDates {
  assertActivity(activity);
  asOfMonthOf(asOf);
  const applied = activity.revisions
    .map((revision, index) => ({ revision, index }))
    .filter(({ revision }) => asOf === undefined || revision.decidedOn <= asOf)
    .sort((a, b) => (a.revision.decidedOn < b.revision.decidedOn ? -1 : a.revision.decidedOn > b.revision.decidedOn ? 1 : a.index - b.index))
    .map(({ revision }) => revision);
  let start = activity.plannedStart;
  let end = activity.plannedEnd;
  let startPostponedDays = 0;
  let endPostponedDays = 0;
  const due = new Map(activity.milestones.map((milestone) => [milestone.id, milestone.due]));
  const postponed = new Map<string, number>();
  const shift = (revision: DateRevision, from: IsoDate | undefined): number => (from === undefined || revision.kind === "extended" ? 0 : daysBetween(from, revision.to));
  for (const revision of applied) {
    if (revision.subject === "start") {
      startPostponedDays += shift(revision, start);
      start = revision.to;
    } else if (revision.subject === "end") {
      endPostponedDays += shift(revision, end);
      end = revision.to;
    } else if (revision.milestoneId !== undefined && due.has(revision.milestoneId)) {
      postponed.set(revision.milestoneId, (postponed.get(revision.milestoneId) ?? 0) + shift(revision, due.get(revision.milestoneId)));
      due.set(revision.milestoneId, revision.to);
    }
  }
  return {
    ...(start === undefined ? {} : { start }),
    ...(end === undefined ? {} : { end }),
    ...(activity.plannedStart === undefined ? {} : { originalStart: activity.plannedStart }),
    ...(activity.plannedEnd === undefined ? {} : { originalEnd: activity.plannedEnd }),
    startPostponedDays,
    endPostponedDays,
    milestones: activity.milestones.map((milestone) => ({ id: milestone.id, due: due.get(milestone.id) ?? milestone.due, originalDue: milestone.due, postponedDays: postponed.get(milestone.id) ?? 0 })),
    applied,
  };
}
