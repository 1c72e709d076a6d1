/**
 * A text in Dutch and English, for labels and for the sentences of an
 * assessment that a controller can paste into a report.
 *
 * @example
 * ```ts
 * import type { LocalizedText } from "opkoers/status";
 *
 * const label: LocalizedText = { nl: "op schema", en: "on track" };
 * label.nl; //=> "op schema"
 * ```
 *
 * @category Status
 * @since 0.1.0
 */
export interface LocalizedText {
  /** Dutch. */
  readonly nl: string;
  /** English. */
  readonly en: string;
}

/**
 * How serious the outcome of a rule is.
 *
 * @example
 * ```ts
 * import type { Severity } from "opkoers/status";
 *
 * const severity: Severity = "warning";
 * severity; //=> "warning"
 * ```
 *
 * @category Status
 * @since 0.1.0
 */
export type Severity = "info" | "warning" | "error";

/**
 * A rule that opkoers applies, as data: a stable id, a severity, what it
 * checks in Dutch and English, and the source it comes from (a BBV article,
 * the GTK 2020, a CBS check, a municipality's financial regulation).
 *
 * @example
 * ```ts
 * import type { Rule } from "opkoers/status";
 *
 * const rule: Rule = {
 *   id: "cbs.PF006",
 *   severity: "error",
 *   description: { nl: "Totaal lasten taakvelden = totaal baten taakvelden", en: "Total expenses equal total revenue over all taakvelden" },
 *   source: "CBS Iv3 fouten.json, PF006",
 * };
 * rule.id; //=> "cbs.PF006"
 * ```
 *
 * @category Status
 * @since 0.1.0
 */
export interface Rule {
  /** Stable id, dotted: `"indicator.progress.linear"`, `"gtk2020.repressive"`, `"cbs.PF006"`. */
  readonly id: string;
  /** How serious a failing outcome is. */
  readonly severity: Severity;
  /** What the rule checks. */
  readonly description: LocalizedText;
  /** Where the rule comes from, as a citation a reader can look up. */
  readonly source: string;
}

/**
 * The explainable result of applying a rule: never a bare colour, but the
 * status together with the rule that decided it, the inputs and thresholds it
 * used, and a sentence in Dutch and English.
 *
 * @typeParam S - The status vocabulary, e.g. `IndicatorStatus`.
 *
 * @example
 * ```ts
 * import type { Assessment } from "opkoers/status";
 *
 * const assessment: Assessment<"onTrack" | "atRisk"> = {
 *   status: "onTrack",
 *   ruleId: "indicator.progress.linear",
 *   subject: "gli-deelnemers",
 *   inputs: { value: 60, expected: 50 },
 *   thresholds: { atRiskBelow: 0.9 },
 *   message: { nl: "60 deelnemers, verwacht 50: op schema.", en: "60 participants, 50 expected: on track." },
 * };
 * assessment.status; //=> "onTrack"
 * ```
 *
 * @category Status
 * @since 0.1.0
 */
export interface Assessment<S extends string = string> {
  /** The outcome. */
  readonly status: S;
  /** The id of the {@link Rule} that decided it. */
  readonly ruleId: string;
  /** What was assessed: an id, a code or a path (e.g. a programme code or an indicator id). */
  readonly subject?: string;
  /** The input values the rule used (JSON-serialisable). */
  readonly inputs: Readonly<Record<string, unknown>>;
  /** The thresholds and options the rule used (JSON-serialisable). */
  readonly thresholds: Readonly<Record<string, unknown>>;
  /** The outcome in a sentence, in Dutch and English. */
  readonly message: LocalizedText;
  /** How serious the outcome is, when that is not implied by the status. */
  readonly severity?: Severity;
}

/**
 * The status of an indicator on an `asOf` date, from best to worst, plus two
 * statuses outside that order:
 *
 * | status | Dutch | meaning |
 * | --- | --- | --- |
 * | `achieved` | behaald | the latest reading meets the target |
 * | `onTrack` | op schema | not yet met, but progress is close enough to the expected progress |
 * | `atRisk` | aandacht | behind the expected progress (or below the baseline) |
 * | `offTrack` | niet haalbaar | far behind the expected progress |
 * | `notAchieved` | niet behaald | the target period is over and the target was missed |
 * | `noData` | geen gegevens | no usable measurement (none, or only "n.n.b.") |
 * | `noTarget` | geen streefwaarde | no target for the period |
 *
 * @example
 * ```ts
 * import { INDICATOR_STATUSES, type IndicatorStatus } from "opkoers/status";
 *
 * const status: IndicatorStatus = "atRisk";
 * INDICATOR_STATUSES.includes(status); //=> true
 * ```
 *
 * @category Status
 * @since 0.1.0
 */
export type IndicatorStatus = "achieved" | "onTrack" | "atRisk" | "offTrack" | "notAchieved" | "noData" | "noTarget";

/**
 * The status of a goal (doelstelling) on an `asOf` date, aggregated from its
 * indicators and activities: the ordered indicator statuses, or `noData`
 * when nothing linked to the goal could be assessed.
 *
 * @example
 * ```ts
 * import { GOAL_STATUSES, type GoalStatus } from "opkoers/status";
 *
 * const status: GoalStatus = "onTrack";
 * GOAL_STATUSES.length; //=> 6
 * ```
 *
 * @category Status
 * @since 0.1.0
 */
export type GoalStatus = "achieved" | "onTrack" | "atRisk" | "offTrack" | "notAchieved" | "noData";

/**
 * The status of an activity (maatregel, project, pilot, contract) on an
 * `asOf` date:
 *
 * | status | Dutch | meaning |
 * | --- | --- | --- |
 * | `notStarted` | nog niet gestart | planned, and its (current) planned start has not passed |
 * | `inProgress` | in uitvoering | started, within its (current) planned end |
 * | `completed` | afgerond | completed |
 * | `delayed` | vertraagd | past its planned start or end, a milestone overdue, or postponed |
 * | `stopped` | gestopt | ended before completion (e.g. a pilot stopped and evaluated) |
 * | `cancelled` | geannuleerd | will not be carried out |
 *
 * @example
 * ```ts
 * import { ACTIVITY_STATUSES, type ActivityStatus } from "opkoers/status";
 *
 * const status: ActivityStatus = "delayed";
 * ACTIVITY_STATUSES.indexOf(status); //=> 3
 * ```
 *
 * @category Status
 * @since 0.1.0
 */
export type ActivityStatus = "notStarted" | "inProgress" | "completed" | "delayed" | "stopped" | "cancelled";

/**
 * The status of a milestone on an `asOf` date: `achieved`, `upcoming`
 * (due later than the window), `due` (due within the window) or `overdue`
 * (its due date has passed and it was not achieved).
 *
 * @example
 * ```ts
 * import { MILESTONE_STATUSES, type MilestoneStatus } from "opkoers/status";
 *
 * const status: MilestoneStatus = "overdue";
 * MILESTONE_STATUSES.includes(status); //=> true
 * ```
 *
 * @category Status
 * @since 0.1.0
 */
export type MilestoneStatus = "achieved" | "upcoming" | "due" | "overdue";

/**
 * Any status opkoers computes: an indicator, goal, activity or milestone status.
 *
 * @example
 * ```ts
 * import { statusLabel, type AnyStatus } from "opkoers/status";
 *
 * const status: AnyStatus = "completed";
 * statusLabel(status).nl; //=> "afgerond"
 * ```
 *
 * @category Status
 * @since 0.1.0
 */
export type AnyStatus = IndicatorStatus | GoalStatus | ActivityStatus | MilestoneStatus;

/**
 * A colour of a status scale, as data: its name in Dutch and English and a
 * hex code for display.
 *
 * @example
 * ```ts
 * import type { StatusColour } from "opkoers/status";
 *
 * const green: StatusColour = { name: { nl: "groen", en: "green" }, hex: "#2e7d32" };
 * green.hex; //=> "#2e7d32"
 * ```
 *
 * @category Scales
 * @since 0.1.0
 */
export interface StatusColour {
  /** The colour's name, e.g. `{ nl: "oranje", en: "orange" }`. */
  readonly name: LocalizedText;
  /** A CSS hex colour `#rrggbb`. */
  readonly hex: string;
}

/**
 * One level of a {@link StatusScale}: a code as the municipality writes it
 * (e.g. `"groen"`), a label, a description, an optional colour, and the
 * computed statuses that this level stands for. A level that stands for no
 * computed status (e.g. "doelstelling gewijzigd") can only be reported, and
 * a reported status on it is not compared with a computed one.
 *
 * @example
 * ```ts
 * import { THREE_COLOUR_SCALE } from "opkoers/status";
 *
 * const orange = THREE_COLOUR_SCALE.levels[1];
 * orange?.code; //=> "oranje"
 * orange?.statuses; //=> ["atRisk", "delayed"]
 * ```
 *
 * @category Scales
 * @since 0.1.0
 */
export interface ScaleLevel {
  /** The code of the level as used in documents, unique within the scale, e.g. `"groen"`. */
  readonly code: string;
  /** A short label, e.g. `{ nl: "op schema", en: "on track" }`. */
  readonly label: LocalizedText;
  /** What the level means, as the municipality defines it. */
  readonly description: LocalizedText;
  /** The colour shown for the level, if the scale uses colours. */
  readonly colour?: StatusColour;
  /** The computed statuses this level stands for; each status belongs to at most one level of a scale. */
  readonly statuses: readonly AnyStatus[];
}

/**
 * A status scale: the levels in which a municipality reports status
 * (traffic lights, jaarverslag symbols), as data. Presets such as
 * {@link THREE_COLOUR_SCALE} cover common scales; a document can define its
 * own.
 *
 * @example
 * ```ts
 * import { JAARVERSLAG_SCALE } from "opkoers/status";
 *
 * JAARVERSLAG_SCALE.levels.map((level) => level.code); //=> ["gerealiseerd", "deelsGerealiseerd", "nietGerealiseerd", "uitgesteld"]
 * ```
 *
 * @category Scales
 * @since 0.1.0
 */
export interface StatusScale {
  /** Stable id, e.g. `"threeColour"`; documents refer to a scale by this id. */
  readonly id: string;
  /** The scale's name. */
  readonly name: LocalizedText;
  /** Where the scale comes from (a municipality's document), as a citation. */
  readonly source: string;
  /** The levels, in display order from best to worst (levels outside that order, such as "gewijzigd", last). */
  readonly levels: readonly ScaleLevel[];
}
