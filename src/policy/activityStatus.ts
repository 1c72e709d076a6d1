import { assertActivity } from "./_internal/assertInput.js";
import { dateLabel, daysBetween, type IsoDate } from "../calendar/index.js";
import { DomainError } from "../errors/DomainError.js";
import { statusLabel, type ActivityStatus, type Assessment, type LocalizedText, type MilestoneStatus } from "../status/index.js";
import { formatDays } from "./_internal/format.js";
import { asOfMonthOf } from "./_internal/select.js";
import { plannedDates, type PlannedMilestone } from "./plannedDates.js";
import type { Activity, LifecycleState } from "./types.js";

/**
 * The status of one milestone on an `asOf` date.
 *
 * @example
 * ```ts
 * import type { MilestoneAssessment } from "opkoers/policy";
 *
 * const m: MilestoneAssessment = { id: "contract-start", label: "Contract start", status: "due", due: "2024-10-01", originalDue: "2024-10-01", days: 17 };
 * m.status; //=> "due"
 * ```
 *
 * @category Activities
 * @since 0.1.0
 */
export interface MilestoneAssessment {
  /** The milestone's id. */
  readonly id: string;
  /** What happens. */
  readonly label: string;
  /** `achieved`, `upcoming`, `due` (within the window) or `overdue`. */
  readonly status: MilestoneStatus;
  /** The due date now (after revisions). */
  readonly due: IsoDate;
  /** The due date as originally planned. */
  readonly originalDue: IsoDate;
  /** Days from `asOf` to `due`: positive = still to come, negative = overdue by that many days. */
  readonly days: number;
}

/**
 * Why an activity is delayed, and by how much: `pastEnd` (its planned end
 * has passed and it is not completed), `pastStart` (its planned start has
 * passed and it has not started), `milestoneOverdue`, or `postponed` (a
 * planned date was moved later).
 *
 * @example
 * ```ts
 * import type { Delay } from "opkoers/policy";
 *
 * const delay: Delay = { reason: "postponed", days: 365, subject: "invoering" };
 * delay.days; //=> 365
 * ```
 *
 * @category Activities
 * @since 0.1.0
 */
export interface Delay {
  /** The reason. */
  readonly reason: "pastEnd" | "pastStart" | "milestoneOverdue" | "postponed";
  /** Days overdue, or days postponed. */
  readonly days: number;
  /** `"start"`, `"end"` or the milestone id concerned. */
  readonly subject: string;
}

/**
 * Options of {@link activityStatus}.
 *
 * @example
 * ```ts
 * import type { ActivityStatusOptions } from "opkoers/policy";
 *
 * const options: ActivityStatusOptions = { asOf: "2024-09-14", dueWithinDays: 30 };
 * options.dueWithinDays; //=> 30
 * ```
 *
 * @category Activities
 * @since 0.1.0
 */
export interface ActivityStatusOptions {
  /** The date of the evaluation. */
  readonly asOf: IsoDate;
  /** A milestone due within this many days is `due`; default 30. */
  readonly dueWithinDays?: number;
}

/**
 * The assessment of an activity: the {@link Assessment} plus the
 * lifecycle state that applied on `asOf`, the delay (if delayed) and the
 * milestones.
 *
 * @example
 * ```ts
 * import type { ActivityAssessment } from "opkoers/policy";
 *
 * const a: ActivityAssessment = {
 *   status: "notStarted", ruleId: "activity.status.schedule", subject: "woonzorgvisie", inputs: {}, thresholds: {},
 *   message: { nl: "…", en: "…" }, state: "planned", milestones: [],
 * };
 * a.state; //=> "planned"
 * ```
 *
 * @category Activities
 * @since 0.1.0
 */
export interface ActivityAssessment extends Assessment<ActivityStatus> {
  /** The activity's id. */
  readonly subject: string;
  /** The lifecycle state that applied on `asOf`. */
  readonly state: LifecycleState;
  /** Why and by how much it is delayed (status `delayed`), or how late it ended (`completed` after its planned end). */
  readonly delay?: Delay;
  /** The milestones on `asOf`. */
  readonly milestones: readonly MilestoneAssessment[];
}

function stateOn(activity: Activity, asOf: IsoDate): LifecycleState {
  const { state, startedOn, endedOn } = activity.lifecycle;
  const started: LifecycleState = startedOn === undefined || startedOn <= asOf ? "started" : "planned";
  if (state === "completed" || state === "stopped" || state === "cancelled") {
    if (endedOn === undefined || endedOn <= asOf) return state;
    return startedOn !== undefined && startedOn <= asOf ? "started" : "planned";
  }
  return state === "started" ? started : "planned";
}

/**
 * The status of an activity on an `asOf` date (rule
 * `activity.status.schedule`): `cancelled`, `stopped` or `completed` once its
 * lifecycle says so (from `endedOn`, if given); otherwise `delayed` when its
 * planned end (if started) or start (if not) has passed, a milestone is
 * overdue, or a planned date was postponed — with the reason and the days;
 * otherwise `inProgress` or `notStarted`. Milestones are `achieved`,
 * `overdue`, `due` within `dueWithinDays`, or `upcoming`.
 *
 * @param activity - The activity.
 * @param options - `asOf` and `dueWithinDays` (default 30).
 * @returns The assessment.
 * @throws {@link DomainError} `invalid_date` – when `asOf` is missing or not an ISO date.
 * @throws {@link DomainError} `invalid_option` – when `dueWithinDays` is not a whole number ≥ 0, or `activity` is not an activity object (with milestones, revisions and a lifecycle).
 *
 * @example
 * ```ts
 * import { activityStatus, type Activity } from "opkoers/policy";
 *
 * const vervoer: Activity = {
 *   id: "wmo-vervoer", name: "Nieuw contract Wmo collectief vervoer", kind: "contract",
 *   plannedStart: "2024-01-01", plannedEnd: "2024-12-31",
 *   milestones: [{ id: "contract-start", label: "Nieuwe contractperiode collectief vervoer Wmo start", due: "2024-10-01" }],
 *   revisions: [], lifecycle: { state: "started", startedOn: "2024-01-15" },
 * };
 * const sept = activityStatus(vervoer, { asOf: "2024-09-14" });
 * sept.status; //=> "inProgress"
 * sept.milestones[0]?.status; //=> "due"
 * const nov = activityStatus(vervoer, { asOf: "2024-11-01" });
 * nov.status; //=> "delayed"
 * nov.delay; //=> { reason: "milestoneOverdue", days: 31, subject: "contract-start" }
 * ```
 *
 * @category Activities
 * @since 0.1.0
 */
export function activityStatus(activity: Activity, options: ActivityStatusOptions): ActivityAssessment {
  if (options?.asOf === undefined) throw new DomainError("invalid_date", "activityStatus needs an asOf date.", {});
  assertActivity(activity);
  const asOf = options.asOf;
  asOfMonthOf(asOf);
  const window = options.dueWithinDays ?? 30;
  if (!Number.isSafeInteger(window) || window < 0) throw new DomainError("invalid_option", `dueWithinDays must be a whole number ≥ 0, but it is ${String(window)}.`, { option: "dueWithinDays", value: window });

  const dates = plannedDates(activity, asOf);
  const state = stateOn(activity, asOf);
  const ended = state === "completed" || state === "stopped" || state === "cancelled";
  const milestones: MilestoneAssessment[] = activity.milestones.map((milestone, i) => {
    const planned = dates.milestones[i] as PlannedMilestone;
    const days = daysBetween(asOf, planned.due);
    const achieved = milestone.achievedOn !== undefined && milestone.achievedOn <= asOf;
    const status: MilestoneStatus = achieved ? "achieved" : days < 0 ? "overdue" : days <= window ? "due" : "upcoming";
    return { id: milestone.id, label: milestone.label, status, due: planned.due, originalDue: planned.originalDue, days };
  });

  const name = activity.name;
  let status: ActivityStatus;
  let delay: Delay | undefined;
  if (ended) {
    status = state as ActivityStatus;
    const endedOn = activity.lifecycle.endedOn;
    if (state === "completed" && endedOn !== undefined && dates.end !== undefined && endedOn > dates.end) delay = { reason: "pastEnd", days: daysBetween(dates.end, endedOn), subject: "end" };
  } else {
    const overdue = milestones.filter((m) => m.status === "overdue").sort((a, b) => a.days - b.days)[0];
    const postponements = [
      { subject: "start", days: dates.startPostponedDays },
      { subject: "end", days: dates.endPostponedDays },
      ...dates.milestones.map((m) => ({ subject: m.id, days: m.postponedDays })),
    ].filter((p) => p.days > 0).sort((a, b) => b.days - a.days);
    if (state === "started" && dates.end !== undefined && asOf > dates.end) delay = { reason: "pastEnd", days: daysBetween(dates.end, asOf), subject: "end" };
    else if (state === "planned" && dates.start !== undefined && asOf > dates.start) delay = { reason: "pastStart", days: daysBetween(dates.start, asOf), subject: "start" };
    else if (overdue !== undefined) delay = { reason: "milestoneOverdue", days: -overdue.days, subject: overdue.id };
    else if (postponements[0] !== undefined) delay = { reason: "postponed", days: postponements[0].days, subject: postponements[0].subject };
    status = delay !== undefined ? "delayed" : state === "started" ? "inProgress" : "notStarted";
  }
  const label = statusLabel(status);
  const message = describe(name, status, label, delay, dates.milestones, activity);
  return {
    status,
    ruleId: "activity.status.schedule",
    subject: activity.id,
    state,
    ...(delay === undefined ? {} : { delay }),
    milestones,
    inputs: { asOf, state, plannedStart: dates.start ?? null, plannedEnd: dates.end ?? null, originalStart: dates.originalStart ?? null, originalEnd: dates.originalEnd ?? null, revisions: dates.applied.length, delay: delay ?? null },
    thresholds: { dueWithinDays: window },
    message,
  };
}


function describe(name: string, status: ActivityStatus, label: LocalizedText, delay: Delay | undefined, milestones: readonly PlannedMilestone[], activity: Activity): LocalizedText {
  if (delay === undefined) return { nl: `${name}: ${label.nl}.`, en: `${name}: ${label.en}.` };
  const days = formatDays(delay.days);
  const milestone = activity.milestones.find((m) => m.id === delay.subject);
  const what = delay.subject === "start" ? { nl: "de geplande start", en: "the planned start" } : delay.subject === "end" ? { nl: "het geplande einde", en: "the planned end" } : { nl: `mijlpaal "${milestone?.label ?? delay.subject}"`, en: `milestone "${milestone?.label ?? delay.subject}"` };
  if (status === "completed") return { nl: `${name}: afgerond, ${days.nl} na ${what.nl}.`, en: `${name}: completed, ${days.en} after ${what.en}.` };
  if (delay.reason === "postponed") {
    const now = delay.subject === "start" || delay.subject === "end" ? undefined : milestones.find((m) => m.id === delay.subject);
    const to = now === undefined ? "" : ` naar ${dateLabel(now.due, "nl")}`;
    const toEn = now === undefined ? "" : ` to ${dateLabel(now.due, "en")}`;
    return { nl: `${name}: ${label.nl}; ${what.nl} is ${days.nl} uitgesteld${to}.`, en: `${name}: ${label.en}; ${what.en} was postponed by ${days.en}${toEn}.` };
  }
  return { nl: `${name}: ${label.nl}; ${what.nl} is ${days.nl} verstreken.`, en: `${name}: ${label.en}; ${what.en} passed ${days.en} ago.` };
}
