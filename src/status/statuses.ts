import type { ActivityStatus, GoalStatus, IndicatorStatus, MilestoneStatus } from "./types.js";

/**
 * Every {@link IndicatorStatus}, the ordered ones from best to worst first.
 *
 * @example
 * ```ts
 * import { INDICATOR_STATUSES } from "opkoers/status";
 *
 * INDICATOR_STATUSES; //=> ["achieved", "onTrack", "atRisk", "offTrack", "notAchieved", "noData", "noTarget"]
 * ```
 *
 * @category Status
 * @since 0.1.0
 */
export const INDICATOR_STATUSES: readonly IndicatorStatus[] = ["achieved", "onTrack", "atRisk", "offTrack", "notAchieved", "noData", "noTarget"];

/**
 * Every {@link GoalStatus}, from best to worst, then `noData`.
 *
 * @example
 * ```ts
 * import { GOAL_STATUSES } from "opkoers/status";
 *
 * GOAL_STATUSES; //=> ["achieved", "onTrack", "atRisk", "offTrack", "notAchieved", "noData"]
 * ```
 *
 * @category Status
 * @since 0.1.0
 */
export const GOAL_STATUSES: readonly GoalStatus[] = ["achieved", "onTrack", "atRisk", "offTrack", "notAchieved", "noData"];

/**
 * Every {@link ActivityStatus}.
 *
 * @example
 * ```ts
 * import { ACTIVITY_STATUSES } from "opkoers/status";
 *
 * ACTIVITY_STATUSES; //=> ["notStarted", "inProgress", "completed", "delayed", "stopped", "cancelled"]
 * ```
 *
 * @category Status
 * @since 0.1.0
 */
export const ACTIVITY_STATUSES: readonly ActivityStatus[] = ["notStarted", "inProgress", "completed", "delayed", "stopped", "cancelled"];

/**
 * Every {@link MilestoneStatus}.
 *
 * @example
 * ```ts
 * import { MILESTONE_STATUSES } from "opkoers/status";
 *
 * MILESTONE_STATUSES; //=> ["achieved", "upcoming", "due", "overdue"]
 * ```
 *
 * @category Status
 * @since 0.1.0
 */
export const MILESTONE_STATUSES: readonly MilestoneStatus[] = ["achieved", "upcoming", "due", "overdue"];
