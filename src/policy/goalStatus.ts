import { assertGoal, assertProgramme } from "./_internal/assertInput.js";
import type { IsoDate } from "../calendar/index.js";
import { DomainError } from "../errors/DomainError.js";
import {
  findLevel,
  findScale,
  levelForStatus,
  statusLabel,
  statusRank,
  type ActivityStatus,
  type Assessment,
  type GoalStatus,
  type IndicatorStatus,
  type LocalizedText,
  type StatusScale,
} from "../status/index.js";
import { activityStatus } from "./activityStatus.js";
import { indicatorStatus, type StatusThresholds } from "./indicatorStatus.js";
import type { Activity, Goal, Indicator } from "./types.js";

/**
 * The named rules that aggregate a goal's linked items into a goal status:
 *
 * - `worstOf` (default): the worst status of the assessable items.
 * - `weighted`: the weighted mean of the items' ranks (achieved 0, onTrack 1,
 *   atRisk 2, offTrack 3, notAchieved 4), rounded half up to a status;
 *   weights from the goal's `weights` (default 1).
 * - `allRequired`: `achieved` when all items are, `onTrack` when all are
 *   achieved or on track; otherwise `notAchieved` if any item is, else
 *   `offTrack`; `noData` as soon as one item cannot be assessed.
 *
 * Items without a judgement (`noData`, `noTarget`, or an activity status that
 * `activityAs` maps to `noData`) are left out by `worstOf` and `weighted`;
 * when no item is left, the goal is `noData`.
 *
 * @example
 * ```ts
 * import { GOAL_RULES, type GoalRule } from "opkoers/policy";
 *
 * const rule: GoalRule = "allRequired";
 * GOAL_RULES.includes(rule); //=> true
 * ```
 *
 * @category Status rules
 * @since 0.1.0
 */
export type GoalRule = "worstOf" | "weighted" | "allRequired";

/**
 * Every {@link GoalRule}.
 *
 * @example
 * ```ts
 * import { GOAL_RULES } from "opkoers/policy";
 *
 * GOAL_RULES; //=> ["worstOf", "weighted", "allRequired"]
 * ```
 *
 * @category Status rules
 * @since 0.1.0
 */
export const GOAL_RULES: readonly GoalRule[] = ["worstOf", "weighted", "allRequired"];

/**
 * How an activity status counts in a goal status, by default: completed →
 * achieved, in progress or not started → on track, delayed → at risk,
 * stopped → off track, cancelled → off track.
 *
 * @example
 * ```ts
 * import { ACTIVITY_AS_GOAL_STATUS } from "opkoers/policy";
 *
 * ACTIVITY_AS_GOAL_STATUS.delayed; //=> "atRisk"
 * ```
 *
 * @category Status rules
 * @since 0.1.0
 */
export const ACTIVITY_AS_GOAL_STATUS: Readonly<Record<ActivityStatus, GoalStatus>> = {
  completed: "achieved",
  inProgress: "onTrack",
  notStarted: "onTrack",
  delayed: "atRisk",
  stopped: "offTrack",
  cancelled: "offTrack",
};

/**
 * Options of {@link goalStatus}.
 *
 * @example
 * ```ts
 * import type { GoalStatusOptions } from "opkoers/policy";
 *
 * const options: GoalStatusOptions = { asOf: "2024-12-31", rule: "weighted" };
 * options.rule; //=> "weighted"
 * ```
 *
 * @category Status rules
 * @since 0.1.0
 */
export interface GoalStatusOptions extends StatusThresholds {
  /** The date of the evaluation. */
  readonly asOf: IsoDate;
  /** The aggregation rule; default `"worstOf"`. */
  readonly rule?: GoalRule;
  /** How activity statuses count; default {@link ACTIVITY_AS_GOAL_STATUS}. */
  readonly activityAs?: Readonly<Record<ActivityStatus, GoalStatus>>;
  /** The document's own status scales, for the reported status (presets are always known). */
  readonly scales?: readonly StatusScale[];
}

/**
 * One linked item in a goal assessment.
 *
 * @example
 * ```ts
 * import type { GoalItem } from "opkoers/policy";
 *
 * const item: GoalItem = { kind: "activity", id: "gli", status: "delayed", counts: "atRisk", weight: 1 };
 * item.counts; //=> "atRisk"
 * ```
 *
 * @category Status rules
 * @since 0.1.0
 */
export interface GoalItem {
  /** An indicator or an activity. */
  readonly kind: "indicator" | "activity";
  /** Its id. */
  readonly id: string;
  /** Its own status. */
  readonly status: IndicatorStatus | ActivityStatus;
  /** The goal status it counts as, or `undefined` when it has no judgement (noData, noTarget). */
  readonly counts: GoalStatus | undefined;
  /** Its weight in the `weighted` rule. */
  readonly weight: number;
}

/**
 * Whether the computed goal status agrees with the reported one:
 * `agree` (the reported level stands for the computed goal status, or for
 * the own status of an item that decided it — e.g. a goal at risk because
 * its activity is delayed agrees with "uitgesteld"), `disagree`,
 * `notComparable` (the reported level stands for no computed status, e.g.
 * "doelstelling gewijzigd", or the goal has no data) or `notReported`.
 *
 * @example
 * ```ts
 * import type { Agreement } from "opkoers/policy";
 *
 * const agreement: Agreement = "disagree";
 * agreement; //=> "disagree"
 * ```
 *
 * @category Status rules
 * @since 0.1.0
 */
export type Agreement = "agree" | "disagree" | "notComparable" | "notReported";

/**
 * The assessment of a goal: the computed status by the chosen rule, its
 * items, and the reported status next to it with their agreement.
 *
 * @example
 * ```ts
 * import type { GoalAssessment } from "opkoers/policy";
 *
 * const a: GoalAssessment = {
 *   status: "noData", ruleId: "goal.status.worstOf", subject: "doel-1", inputs: {}, thresholds: {},
 *   message: { nl: "…", en: "…" }, items: [], agreement: "notReported",
 * };
 * a.agreement; //=> "notReported"
 * ```
 *
 * @category Status rules
 * @since 0.1.0
 */
export interface GoalAssessment extends Assessment<GoalStatus> {
  /** The goal's id. */
  readonly subject: string;
  /** The linked items and how they counted. */
  readonly items: readonly GoalItem[];
  /** The status the municipality reported, with its scale and label. */
  readonly reported?: ReportedLevel;
  /** The computed status on the reported scale (its level code), when the scale has a level for it. */
  readonly computedLevel?: string;
  /** Whether computed and reported agree. */
  readonly agreement: Agreement;
}

/**
 * A reported status resolved on its scale: the scale id, the level code and the level's label.
 *
 * @example
 * ```ts
 * import type { ReportedLevel } from "opkoers/policy";
 *
 * const reported: ReportedLevel = { scale: "jaarverslag", level: "uitgesteld", label: { nl: "uitgesteld", en: "postponed" } };
 * reported.label.en; //=> "postponed"
 * ```
 *
 * @category Status rules
 * @since 0.1.0
 */
export interface ReportedLevel {
  /** The scale id. */
  readonly scale: string;
  /** The level code. */
  readonly level: string;
  /** The level's label. */
  readonly label: LocalizedText;
}

const BY_RANK: readonly GoalStatus[] = ["achieved", "onTrack", "atRisk", "offTrack", "notAchieved"];

/**
 * The status of a goal on an `asOf` date: its linked indicators
 * ({@link indicatorStatus}, judged against the target for the goal's horizon
 * year when the indicator has one) and activities ({@link activityStatus},
 * counted via `activityAs`) aggregated by a named {@link GoalRule}, next to
 * the status the municipality reported. When the two disagree, the
 * assessment says so (`agreement: "disagree"`) and the sentence names both.
 *
 * @param goal - The goal.
 * @param items - Where the linked ids are found: a {@link Programme} (or any object with its indicators and activities).
 * @param options - `asOf`, `rule`, `activityAs`, the document's `scales`, and indicator {@link StatusThresholds}.
 * @returns The assessment.
 * @throws {@link DomainError} `unknown_code` – when a linked id or the reported scale or level does not exist.
 * @throws {@link DomainError} `invalid_option` – when `rule` is not a goal rule or a threshold is out of range, or `goal` or `items` does not have the shape of a goal or a programme's indicators and activities.
 * @throws {@link DomainError} `invalid_date` – when `asOf` is missing or not an ISO date.
 *
 * @example
 * ```ts
 * import { goalStatus, type Activity, type Goal } from "opkoers/policy";
 *
 * const housingFirst: Activity = {
 *   id: "housing-first", name: "Pilot Housing First", kind: "pilot", plannedStart: "2022-01-01", plannedEnd: "2024-12-31",
 *   milestones: [], lifecycle: { state: "started", startedOn: "2022-01-01" },
 *   revisions: [{ subject: "end", to: "2025-12-31", kind: "extended", decidedOn: "2024-10-01", reason: "Verlengd tot en met 2025, om op te nemen in het reguliere aanbod." }],
 * };
 * const goal: Goal = {
 *   id: "housing-first-doorzetten", statement: "We zetten Housing First door en werken aan gezinsopvang",
 *   indicatorIds: [], activityIds: ["housing-first"], reported: { scale: "jaarverslag", level: "gerealiseerd" },
 * };
 * const assessment = goalStatus(goal, { indicators: [], activities: [housingFirst] }, { asOf: "2024-12-31" });
 * assessment.status; //=> "onTrack"
 * assessment.agreement; //=> "disagree"
 * assessment.computedLevel; //=> "deelsGerealiseerd"
 * ```
 *
 * @category Status rules
 * @since 0.1.0
 */
export function goalStatus(
  goal: Goal,
  items: { readonly indicators: readonly Indicator[]; readonly activities: readonly Activity[]; readonly subProgrammes?: readonly { readonly indicators: readonly Indicator[]; readonly activities: readonly Activity[] }[] },
  options: GoalStatusOptions,
): GoalAssessment {
  if (options?.asOf === undefined) throw new DomainError("invalid_date", "goalStatus needs an asOf date.", {});
  assertGoal(goal);
  assertProgramme(items, "The items", false);
  const rule = options.rule ?? "worstOf";
  if (!GOAL_RULES.includes(rule)) throw new DomainError("invalid_option", `${JSON.stringify(rule) ?? String(rule)} is not a goal rule; use "worstOf", "weighted" or "allRequired".`, { option: "rule", value: rule });
  const activityAs = options.activityAs ?? ACTIVITY_AS_GOAL_STATUS;
  const all = [items, ...(items.subProgrammes ?? [])];
  const indicators = new Map(all.flatMap((p) => p.indicators.map((indicator): [string, Indicator] => [indicator.id, indicator])));
  const activities = new Map(all.flatMap((p) => p.activities.map((activity): [string, Activity] => [activity.id, activity])));
  const weightOf = new Map((goal.weights ?? []).map((w) => [w.id, w.weight]));
  const horizonYear = goal.horizon === undefined ? undefined : "year" in goal.horizon ? goal.horizon.year : Number(goal.horizon.date.slice(0, 4));

  const goalItems: GoalItem[] = [];
  for (const id of goal.indicatorIds) {
    const indicator = indicators.get(id);
    if (indicator === undefined) throw new DomainError("unknown_code", `Goal "${goal.id}" links to indicator "${id}", which is not among the items given.`, { goal: goal.id, id });
    const period = horizonYear !== undefined && indicator.targets.some((t) => t.period === String(horizonYear)) ? String(horizonYear) : undefined;
    const assessment = indicatorStatus(indicator, { ...options, ...(period === undefined ? {} : { period }) });
    const counts = assessment.status === "noData" || assessment.status === "noTarget" ? undefined : (assessment.status as GoalStatus);
    goalItems.push({ kind: "indicator", id, status: assessment.status, counts, weight: weightOf.get(id) ?? 1 });
  }
  for (const id of goal.activityIds) {
    const activity = activities.get(id);
    if (activity === undefined) throw new DomainError("unknown_code", `Goal "${goal.id}" links to activity "${id}", which is not among the items given.`, { goal: goal.id, id });
    const assessment = activityStatus(activity, { asOf: options.asOf });
    // an activity status mapped to noData is unjudged, like an indicator without data: it must not count as rank 0 (achieved)
    const mapped = activityAs[assessment.status];
    goalItems.push({ kind: "activity", id, status: assessment.status, counts: mapped === "noData" ? undefined : mapped, weight: weightOf.get(id) ?? 1 });
  }

  const judged = goalItems.filter((item) => item.counts !== undefined);
  const rank = (item: GoalItem): number => statusRank(item.counts as GoalStatus) ?? 0;
  let status: GoalStatus;
  if (rule === "allRequired") {
    if (goalItems.length === 0 || judged.length < goalItems.length) status = "noData";
    else if (judged.every((item) => item.counts === "achieved")) status = "achieved";
    else if (judged.every((item) => rank(item) <= 1)) status = "onTrack";
    else status = judged.some((item) => item.counts === "notAchieved") ? "notAchieved" : "offTrack";
  } else if (rule === "weighted") {
    let total = 0;
    let weights = 0;
    for (const item of judged) {
      total += item.weight * rank(item);
      weights += item.weight;
    }
    status = weights > 0 ? (BY_RANK[Math.min(4, Math.floor(total / weights + 0.5))] as GoalStatus) : "noData";
  } else {
    status = judged.length === 0 ? "noData" : (BY_RANK[Math.max(...judged.map(rank))] as GoalStatus);
  }

  const label = statusLabel(status);
  let reported: GoalAssessment["reported"];
  let computedLevel: string | undefined;
  let agreement: Agreement = "notReported";
  if (goal.reported !== undefined) {
    const scale = findScale(goal.reported.scale, options.scales ?? []);
    if (scale === undefined) throw new DomainError("unknown_code", `Goal "${goal.id}" reports on scale "${goal.reported.scale}", which is not a preset nor among the scales given.`, { goal: goal.id, scale: goal.reported.scale });
    const level = findLevel(scale, goal.reported.level);
    if (level === undefined) throw new DomainError("unknown_code", `Scale "${scale.id}" has no level "${goal.reported.level}".`, { goal: goal.id, level: goal.reported.level });
    reported = { scale: scale.id, level: level.code, label: level.label };
    computedLevel = levelForStatus(scale, status)?.code;
    // The reported level agrees when it stands for the goal status, or for the own status of an item that
    // decided it (a goal that is at risk because an activity is delayed agrees with "uitgesteld").
    const decisive = judged.filter((item) => item.counts === status).map((item) => item.status);
    agreement = level.statuses.length === 0 || status === "noData" ? "notComparable" : level.statuses.includes(status) || decisive.some((s) => level.statuses.includes(s)) ? "agree" : "disagree";
  }
  const counted = `${judged.length}/${goalItems.length}`;
  const ruleName = { worstOf: ["slechtste van", "worst of"], weighted: ["gewogen gemiddelde van", "weighted mean of"], allRequired: ["alle vereist van", "all required of"] }[rule];
  // The statement is the sentence's subject: a full stop at its end would stand before the colon (".:").
  const subject = goal.statement.replace(/\.+$/, "");
  let nl = `${subject}: ${label.nl} (${ruleName[0]} ${counted} beoordeelde onderdelen).`;
  let en = `${subject}: ${label.en} (${ruleName[1]} ${counted} assessed items).`;
  if (reported !== undefined) {
    const verdict = { agree: ["komt overeen met", "agrees with"], disagree: ["wijkt af van", "differs from"], notComparable: ["is niet te vergelijken met", "cannot be compared with"], notReported: ["", ""] }[agreement];
    nl += ` Dit ${verdict[0]} de gerapporteerde status "${reported.label.nl}".`;
    en += ` This ${verdict[1]} the reported status "${reported.label.en}".`;
  }
  return {
    status,
    ruleId: `goal.status.${rule}`,
    subject: goal.id,
    items: goalItems,
    ...(reported === undefined ? {} : { reported }),
    ...(computedLevel === undefined ? {} : { computedLevel }),
    agreement,
    inputs: { asOf: options.asOf, items: goalItems.map((item) => ({ id: item.id, status: item.status, counts: item.counts ?? null, weight: item.weight })), reported: goal.reported ?? null },
    thresholds: { rule, activityAs },
    message: { nl, en },
  };
}
