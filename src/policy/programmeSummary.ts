import { assertObject, assertProgramme } from "./_internal/assertInput.js";
import { dateLabel, daysUntil, deadlinesDue, isOverdue, type Deadline, type IsoDate } from "../calendar/index.js";
import { ACTIVITY_STATUSES, GOAL_STATUSES, INDICATOR_STATUSES, type ActivityStatus, type AnyStatus, type GoalStatus, type IndicatorStatus, type LocalizedText } from "../status/index.js";
import { formatDays } from "./_internal/format.js";
import { programmeTree } from "./_internal/plainIssue.js";
import { activityStatus, type ActivityAssessment } from "./activityStatus.js";
import { goalStatus, type GoalAssessment, type GoalStatusOptions } from "./goalStatus.js";
import { indicatorStatus, type IndicatorAssessment } from "./indicatorStatus.js";
import type { Programme } from "./types.js";

/**
 * Options of {@link programmeSummary}: those of {@link goalStatus} (date,
 * rule, scales, thresholds), plus the P&C deadlines to watch and the window.
 *
 * @example
 * ```ts
 * import { pcDeadlines } from "opkoers/calendar";
 * import type { SummaryOptions } from "opkoers/policy";
 *
 * const options: SummaryOptions = { asOf: "2024-10-20", deadlines: pcDeadlines(2024), windowDays: 30 };
 * options.windowDays; //=> 30
 * ```
 *
 * @category Summary
 * @since 0.1.0
 */
export interface SummaryOptions extends GoalStatusOptions {
  /** The deadlines to watch, e.g. `pcDeadlines(2024)`; default none. */
  readonly deadlines?: readonly Deadline[];
  /** Deadlines and milestones due within this many days are listed; default 30. */
  readonly windowDays?: number;
  /** When deadlines were met (deadline id → date delivered); a delivered deadline is not listed. */
  readonly submissions?: Readonly<Record<string, IsoDate>>;
}

/**
 * Something in a programme that needs attention on the `asOf` date.
 * `urgency` 0 is most urgent: 0 = overdue or missed (deadline overdue,
 * milestone overdue, indicator not achieved); 1 = off track (indicator off
 * track, activity past its planned start or end, goal off track or not
 * achieved, or reported differently than computed); 2 = needs attention
 * (indicator at risk, activity postponed, deadline or milestone due soon);
 * 3 = no data for an indicator with a target.
 *
 * @example
 * ```ts
 * import type { AttentionItem } from "opkoers/policy";
 *
 * const item: AttentionItem = { kind: "deadline", id: "iv3.2024-Q3", status: "due", urgency: 2, days: 10, message: { nl: "…", en: "…" } };
 * item.urgency; //=> 2
 * ```
 *
 * @category Summary
 * @since 0.1.0
 */
export interface AttentionItem {
  /** What needs attention. */
  readonly kind: "indicator" | "activity" | "milestone" | "goal" | "deadline";
  /** Its id (for a milestone: `activityId/milestoneId`). */
  readonly id: string;
  /** Its status (for deadlines: `"overdue"` or `"due"`). */
  readonly status: AnyStatus;
  /** 0 (most urgent) to 3. */
  readonly urgency: number;
  /** Days until due (positive) or overdue (negative), when there is a date. */
  readonly days?: number;
  /** Why, in a sentence. */
  readonly message: LocalizedText;
}

/**
 * A programme's status on an `asOf` date, as computed by {@link programmeSummary}.
 *
 * @example
 * ```ts
 * import { programmeSummary, type ProgrammeSummary } from "opkoers/policy";
 *
 * const summary: ProgrammeSummary = programmeSummary(
 *   { code: "leeg", name: "Leeg", portfolioHolders: [], goals: [], activities: [], indicators: [], taakvelden: [], partners: [] },
 *   { asOf: "2024-06-30" },
 * );
 * summary.counts.goals; //=> { achieved: 0, onTrack: 0, atRisk: 0, offTrack: 0, notAchieved: 0, noData: 0 }
 * ```
 *
 * @category Summary
 * @since 0.1.0
 */
export interface ProgrammeSummary {
  /** The programme code. */
  readonly programme: string;
  /** The date. */
  readonly asOf: IsoDate;
  /** How many goals, indicators and activities have each status (every status is a key). */
  readonly counts: {
    /** Goals per status. */
    readonly goals: Readonly<Record<GoalStatus, number>>;
    /** Indicators per status. */
    readonly indicators: Readonly<Record<IndicatorStatus, number>>;
    /** Activities per status. */
    readonly activities: Readonly<Record<ActivityStatus, number>>;
  };
  /** Every goal assessment. */
  readonly goals: readonly GoalAssessment[];
  /** Every indicator assessment. */
  readonly indicators: readonly IndicatorAssessment[];
  /** Every activity assessment. */
  readonly activities: readonly ActivityAssessment[];
  /** The deadlines overdue or due within the window (from `options.deadlines`), earliest first. */
  readonly deadlinesDue: readonly Deadline[];
  /** What needs attention, most urgent first. */
  readonly attention: readonly AttentionItem[];
}

function countOf<S extends string>(keys: readonly S[], statuses: readonly S[]): Record<S, number> {
  const counts = Object.fromEntries(keys.map((key) => [key, 0])) as Record<S, number>;
  for (const status of statuses) counts[status] += 1;
  return counts;
}

/**
 * A programme's status on an `asOf` date: the assessment of every goal,
 * indicator and activity (including those of its sub-programmes), counts per
 * status, the P&C deadlines that are due, and the items needing attention,
 * most urgent first (see {@link AttentionItem}; ties: longest overdue, then
 * soonest due, then id).
 *
 * @param programme - The programme.
 * @param options - `asOf`, `deadlines`, `windowDays` (default 30), and the {@link GoalStatusOptions}.
 * @returns The summary.
 * @throws {@link DomainError} `invalid_date` – when `asOf` is missing or not an ISO date.
 * @throws {@link DomainError} `invalid_option` – when an option is out of range, `options` is not an object, or `programme` does not have arrays of goals, activities and indicators.
 * @throws {@link DomainError} `unknown_code` – when a goal links to an id the programme does not have.
 *
 * @example
 * ```ts
 * import { pcDeadlines } from "opkoers/calendar";
 * import { programmeSummary, type Programme } from "opkoers/policy";
 *
 * const gezondheid: Programme = {
 *   code: "gezondheid", name: "Gezondheid", portfolioHolders: [], indicators: [], taakvelden: ["7.1"], partners: [],
 *   activities: [{
 *     id: "wmo-vervoer", name: "Nieuw contract Wmo collectief vervoer", kind: "contract", plannedStart: "2024-01-01", plannedEnd: "2024-12-31",
 *     milestones: [{ id: "contract-start", label: "Nieuwe contractperiode collectief vervoer Wmo start", due: "2024-10-01" }],
 *     revisions: [], lifecycle: { state: "started", startedOn: "2024-01-01" },
 *   }],
 *   goals: [{ id: "mobiliteit", statement: "Toekomstbestendige inclusieve mobiliteit", indicatorIds: [], activityIds: ["wmo-vervoer"] }],
 * };
 * const delivered = { "begroting.2024": "2023-11-09", "iv3.begroting.2024": "2023-11-09", "iv3.2024-Q1": "2024-04-29", "iv3.2024-Q2": "2024-07-30" };
 * const summary = programmeSummary(gezondheid, { asOf: "2024-10-20", deadlines: pcDeadlines(2024), submissions: delivered, windowDays: 30 });
 * summary.counts.activities.delayed; //=> 1
 * summary.attention.map((item) => `${item.kind} ${item.id}`); //=> ["milestone wmo-vervoer/contract-start", "activity wmo-vervoer", "goal mobiliteit", "deadline iv3.2024-Q3"]
 * summary.deadlinesDue.map((d) => d.id); //=> ["iv3.2024-Q3"]
 * ```
 *
 * @category Summary
 * @since 0.1.0
 */
export function programmeSummary(programme: Programme, options: SummaryOptions): ProgrammeSummary {
  assertProgramme(programme);
  assertObject(options, "The options");
  const asOf = options?.asOf;
  const windowDays = options.windowDays ?? 30;
  const tree = programmeTree(programme, []).map(([p]) => p);
  const indicators = tree.flatMap((p) => p.indicators.map((indicator) => ({ indicator, assessment: indicatorStatus(indicator, options) })));
  const activities = tree.flatMap((p) => p.activities.map((activity) => ({ activity, assessment: activityStatus(activity, { asOf, dueWithinDays: windowDays }) })));
  const goals = tree.flatMap((p) => p.goals.map((goal) => goalStatus(goal, programme, options)));
  const due = deadlinesDue(options.deadlines ?? [], asOf, windowDays, options.submissions ?? {});

  const attention: (AttentionItem & { readonly order: number })[] = [];
  const add = (item: AttentionItem): void => {
    attention.push({ ...item, order: item.days === undefined ? 0 : item.days });
  };
  for (const { assessment } of indicators) {
    const urgency = { notAchieved: 0, offTrack: 1, atRisk: 2, noData: 3 }[assessment.status as string];
    if (urgency !== undefined) add({ kind: "indicator", id: assessment.subject, status: assessment.status, urgency, message: assessment.message });
  }
  for (const { activity, assessment } of activities) {
    if (assessment.state === "completed" || assessment.state === "stopped" || assessment.state === "cancelled") continue;
    for (const milestone of assessment.milestones) {
      if (milestone.status !== "overdue" && milestone.status !== "due") continue;
      const days = formatDays(Math.abs(milestone.days));
      add({
        kind: "milestone",
        id: `${activity.id}/${milestone.id}`,
        status: milestone.status,
        urgency: milestone.status === "overdue" ? 0 : 2,
        days: milestone.days,
        message:
          milestone.status === "overdue"
            ? { nl: `${activity.name}: mijlpaal "${milestone.label}" (${dateLabel(milestone.due, "nl")}) is ${days.nl} verlopen.`, en: `${activity.name}: milestone "${milestone.label}" (${dateLabel(milestone.due, "en")}) is ${days.en} overdue.` }
            : { nl: `${activity.name}: mijlpaal "${milestone.label}" over ${days.nl} (${dateLabel(milestone.due, "nl")}).`, en: `${activity.name}: milestone "${milestone.label}" due in ${days.en} (${dateLabel(milestone.due, "en")}).` },
      });
    }
    if (assessment.status === "delayed") {
      add({ kind: "activity", id: activity.id, status: "delayed", urgency: assessment.delay?.reason === "postponed" ? 2 : 1, days: -(assessment.delay?.days ?? 0), message: assessment.message });
    }
  }
  for (const goal of goals) {
    const urgency = goal.agreement === "disagree" || goal.status === "offTrack" || goal.status === "notAchieved" ? 1 : goal.status === "atRisk" ? 2 : undefined;
    if (urgency !== undefined) add({ kind: "goal", id: goal.subject, status: goal.status, urgency, message: goal.message });
  }
  for (const deadline of due) {
    const overdue = isOverdue(deadline, asOf);
    const days = daysUntil(deadline, asOf);
    const text = formatDays(Math.abs(days));
    add({
      kind: "deadline",
      id: deadline.id,
      status: overdue ? "overdue" : "due",
      urgency: overdue ? 0 : 2,
      days,
      message: overdue
        ? { nl: `${deadline.label.nl}: ${text.nl} over de termijn (${dateLabel(deadline.due, "nl")}).`, en: `${deadline.label.en}: ${text.en} overdue (${dateLabel(deadline.due, "en")}).` }
        : { nl: `${deadline.label.nl}: uiterlijk ${dateLabel(deadline.due, "nl")}, over ${text.nl}.`, en: `${deadline.label.en}: due ${dateLabel(deadline.due, "en")}, in ${text.en}.` },
    });
  }
  attention.sort((a, b) => a.urgency - b.urgency || a.order - b.order || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  return {
    programme: programme.code,
    asOf,
    counts: {
      goals: countOf(GOAL_STATUSES, goals.map((g) => g.status)),
      indicators: countOf(INDICATOR_STATUSES, indicators.map((i) => i.assessment.status)),
      activities: countOf(ACTIVITY_STATUSES, activities.map((a) => a.assessment.status)),
    },
    goals,
    indicators: indicators.map((i) => i.assessment),
    activities: activities.map((a) => a.assessment),
    deadlinesDue: due,
    attention: attention.map(({ order: _order, ...item }) => item),
  };
}
