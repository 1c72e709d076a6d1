import type { IsoDate, PeriodCode } from "../calendar/index.js";
import type { Cents } from "../money/index.js";
import type { StatusScale } from "../status/index.js";

/**
 * What an indicator measures (IATI's result level, in BBV terms):
 * `effect` (effectindicator, "Wat willen we bereiken?"), `performance`
 * (prestatie-indicator, "Wat gaan we daarvoor doen?") or `context`
 * (contextindicator: describes the situation, no target expected).
 *
 * @example
 * ```ts
 * import type { IndicatorKind } from "opkoers/policy";
 *
 * const kind: IndicatorKind = "performance";
 * kind; //=> "performance"
 * ```
 *
 * @category Indicators
 * @since 0.1.0
 */
export type IndicatorKind = "effect" | "performance" | "context";

/**
 * The unit of an indicator's values. Values are plain numbers, never money
 * objects, except for `money`, whose values are whole euro cents:
 *
 * | kind | value | example |
 * | --- | --- | --- |
 * | `count` | a number of things (`label` says what) | 250 peuters |
 * | `percentage` | a percentage 0–100 (may exceed 100 for growth figures); may carry numerator and denominator | 43 % |
 * | `rate` | per `per` of a population (`of`); may carry numerator and denominator | 8,4 per 1.000 inwoners |
 * | `money` | whole euro cents | € 9.600 = 960000 |
 * | `ordinal` | an integer level from `min` to `max`, optionally with labels | Inspectie niveau 3 (1–4) |
 * | `boolean` | 1 = ja, 0 = nee | contract gegund |
 * | `quantity` | any other measure (`label` says which) | 180 kg per inwoner |
 *
 * @example
 * ```ts
 * import type { IndicatorUnit } from "opkoers/policy";
 *
 * const level: IndicatorUnit = { kind: "ordinal", min: 1, max: 4, labels: ["zeer zwak", "onvoldoende", "voldoende", "goed"] };
 * level.kind; //=> "ordinal"
 * ```
 *
 * @category Indicators
 * @since 0.1.0
 */
export type IndicatorUnit =
  | {
      /** A number of things. */
      readonly kind: "count";
      /** What is counted, e.g. "peuters", "deelnemers". */
      readonly label?: string;
    }
  | {
      /** A percentage (0–100 for a share). */
      readonly kind: "percentage";
    }
  | {
      /** A rate per N of a population. */
      readonly kind: "rate";
      /** N, e.g. 1000 for "per 1.000 inwoners". */
      readonly per: number;
      /** The population, e.g. "inwoners", "jongeren 12–21 jaar". */
      readonly of: string;
    }
  | {
      /** An amount of money; values are whole euro cents. */
      readonly kind: "money";
    }
  | {
      /** A level on an ordered scale. */
      readonly kind: "ordinal";
      /** The lowest level, e.g. 1. */
      readonly min: number;
      /** The highest level, e.g. 4. */
      readonly max: number;
      /** The names of the levels from `min` to `max`, if any (then exactly max − min + 1 of them). */
      readonly labels?: readonly string[];
    }
  | {
      /** Yes or no: 1 = ja, 0 = nee. */
      readonly kind: "boolean";
    }
  | {
      /** Any other measure. */
      readonly kind: "quantity";
      /** What the value is, e.g. "kg per inwoner". */
      readonly label: string;
    };

/**
 * Which values are better: `higherIsBetter`, `lowerIsBetter` (e.g. the
 * number of voortijdig schoolverlaters), or `withinBand` (stay between two
 * bounds, with a `between` target).
 *
 * @example
 * ```ts
 * import type { Direction } from "opkoers/policy";
 *
 * const direction: Direction = "lowerIsBetter";
 * direction; //=> "lowerIsBetter"
 * ```
 *
 * @category Indicators
 * @since 0.1.0
 */
export type Direction = "higherIsBetter" | "lowerIsBetter" | "withinBand";

/**
 * How the values of an indicator add up over time:
 *
 * - `periodic`: each measurement is the value *of* its own period (e.g. the
 *   number of peuters reached in 2022). A target for a period is judged on the
 *   measurement of that period; for non-additive units (percentage, rate,
 *   ordinal, boolean, quantity) the latest measurement of a shorter period
 *   inside it is used as an interim reading.
 * - `cumulative`: each measurement is the running total since the start (the
 *   baseline), e.g. "100 GLI-deelnemers in twee jaar": the current value is
 *   the **latest** cumulative value, never a sum of the running totals.
 * - `stock`: a point-in-time level (e.g. the number of people in the
 *   opvang on 1 January): the current value is the latest measurement.
 *
 * @example
 * ```ts
 * import type { Accumulation } from "opkoers/policy";
 *
 * const accumulation: Accumulation = "cumulative";
 * accumulation; //=> "cumulative"
 * ```
 *
 * @category Indicators
 * @since 0.1.0
 */
export type Accumulation = "periodic" | "cumulative" | "stock";

/**
 * The value of a measurement: available with a number, or not available
 * ("n.n.b.", "n.v.t.", "niet beschikbaar"). Not available is a state, never
 * a zero. For percentages and rates the available value may carry the
 * numerator and denominator it was computed from, so that aggregation can
 * recompute the rate instead of averaging.
 *
 * @example
 * ```ts
 * import type { MeasurementValue } from "opkoers/policy";
 *
 * const share: MeasurementValue = { state: "available", value: 43, numerator: 430, denominator: 1000 };
 * const unknown: MeasurementValue = { state: "notAvailable", reason: "n.n.b." };
 * share.state; //=> "available"
 * unknown.state; //=> "notAvailable"
 * ```
 *
 * @category Indicators
 * @since 0.1.0
 */
export type MeasurementValue =
  | {
      /** A value was measured. */
      readonly state: "available";
      /** The value in the indicator's unit (cents for money). */
      readonly value: number;
      /** For a percentage or rate: the count it was computed from (e.g. 430 uitgestroomde cliënten zonder ondersteuning). */
      readonly numerator?: number;
      /** For a percentage or rate: the population it was computed from (e.g. 1000 uitgestroomde cliënten); > 0. */
      readonly denominator?: number;
    }
  | {
      /** No value is available (n.n.b.). */
      readonly state: "notAvailable";
      /** Why, as the document says it: "n.n.b.", "n.v.t.", "bron nog niet gepubliceerd". */
      readonly reason?: string;
    };

/**
 * One measurement (realisatie) of an indicator for a period, with its source
 * and peildatum. A measurement with a `breakdown` is a part (e.g. one
 * stadsdeel); measurements without one are totals. When a period has parts
 * but no total, the total is computed from the parts: counts and money are
 * summed, rates and percentages recomputed from the summed numerators and
 * denominators.
 *
 * @example
 * ```ts
 * import type { Measurement } from "opkoers/policy";
 *
 * const m: Measurement = { period: "2024", value: { state: "available", value: 18 }, source: "Jaarverslag 2024", final: true };
 * m.period; //=> "2024"
 * ```
 *
 * @category Indicators
 * @since 0.1.0
 */
export interface Measurement {
  /** The period the value is for (periodic) or at the end of which it stands (cumulative, stock). */
  readonly period: PeriodCode;
  /** The value, or "not available". */
  readonly value: MeasurementValue;
  /** The peildatum: the date the value was known or frozen. Default: the last day of `period`. A measurement counts on an `asOf` date from this date. */
  readonly referenceDate?: IsoDate;
  /** Where the value comes from (bron), e.g. "waarstaatjegemeente.nl", "CBS". */
  readonly source?: string;
  /** `false` for a provisional value (voorlopig), `true` for a final one; default final. */
  readonly final?: boolean;
  /** A part of the total, e.g. `"Almere Haven"` for a stadsdeel; absent for the total. */
  readonly breakdown?: string;
  /** A note (toelichting). */
  readonly note?: string;
}

/**
 * The baseline (nulmeting) of an indicator: its value at the end of a period.
 * Progress runs from the baseline (0) to the target (1), and the expected
 * progress from the end of the baseline period to the end of the target period.
 *
 * @example
 * ```ts
 * import type { Baseline } from "opkoers/policy";
 *
 * const baseline: Baseline = { period: "2021", value: 231, source: "GGD-monitor" };
 * baseline.value; //=> 231
 * ```
 *
 * @category Indicators
 * @since 0.1.0
 */
export interface Baseline {
  /** The period of the nulmeting. */
  readonly period: PeriodCode;
  /** The value measured. */
  readonly value: number;
  /** Where it comes from. */
  readonly source?: string;
  /** A note. */
  readonly note?: string;
}

/**
 * A target (streefwaarde) for a period: at least, at most or equal to a
 * value, or between two bounds. For a `higherIsBetter` indicator use
 * `atLeast` (or `equal`, which then means "reach this value"); for
 * `lowerIsBetter` use `atMost` (or `equal`); for `withinBand` use `between`
 * (or `equal`, a band of width zero).
 *
 * @example
 * ```ts
 * import type { Target } from "opkoers/policy";
 *
 * const vve: Target = { period: "2022", comparator: "atLeast", value: 250 };
 * const band: Target = { period: "2024", comparator: "between", min: 45, max: 55 };
 * vve.comparator; //=> "atLeast"
 * band.comparator; //=> "between"
 * ```
 *
 * @category Indicators
 * @since 0.1.0
 */
export type Target =
  | {
      /** The period the target is for; it is judged at the end of this period. */
      readonly period: PeriodCode;
      /** At least (≥), at most (≤) or equal to (=) `value`. */
      readonly comparator: "atLeast" | "atMost" | "equal";
      /** The target value. */
      readonly value: number;
      /** A note, e.g. the text of the begroting. */
      readonly note?: string;
    }
  | {
      /** The period the target is for. */
      readonly period: PeriodCode;
      /** Between `min` and `max`, both inclusive. */
      readonly comparator: "between";
      /** The lower bound (inclusive). */
      readonly min: number;
      /** The upper bound (inclusive), ≥ `min`. */
      readonly max: number;
      /** A note. */
      readonly note?: string;
    };

/**
 * A point of an indicator's planned trajectory (groeipad): the value expected
 * at the end of a period between the baseline and a target. Without a
 * trajectory the expected value runs linearly from baseline to target.
 *
 * @example
 * ```ts
 * import type { TrajectoryPoint } from "opkoers/policy";
 *
 * const point: TrajectoryPoint = { period: "2021-H2", value: 20 };
 * point.value; //=> 20
 * ```
 *
 * @category Indicators
 * @since 0.1.0
 */
export interface TrajectoryPoint {
  /** The period at whose end the value is expected. */
  readonly period: PeriodCode;
  /** The expected value. */
  readonly value: number;
}

/**
 * An indicator: an effect-, prestatie- or contextindicator, or a verplichte
 * beleidsindicator (BBV) by its number, with unit, direction, accumulation,
 * baseline, targets per period, an optional trajectory and measurements.
 *
 * @example
 * ```ts
 * import type { Indicator } from "opkoers/policy";
 *
 * const gli: Indicator = {
 *   id: "gli-deelnemers",
 *   name: "Deelnemers gecombineerde leefstijlinterventie",
 *   kind: "performance",
 *   unit: { kind: "count", label: "deelnemers" },
 *   direction: "higherIsBetter",
 *   accumulation: "cumulative",
 *   baseline: { period: "2021-Q1", value: 0 },
 *   targets: [{ period: "2022", comparator: "atLeast", value: 100 }],
 *   measurements: [{ period: "2021", value: { state: "available", value: 38 } }],
 * };
 * gli.targets.length; //=> 1
 * ```
 *
 * @category Indicators
 * @since 0.1.0
 */
export interface Indicator {
  /** Stable id, unique in the document, e.g. `"vve-bereik"`. */
  readonly id: string;
  /** The name as the document writes it. */
  readonly name: string;
  /** A longer description or definition. */
  readonly description?: string;
  /** Effect, prestatie or context. */
  readonly kind: IndicatorKind;
  /** The number of the verplichte beleidsindicator (Regeling beleidsindicatoren), if it is one. */
  readonly bbvNumber?: number;
  /** The unit of the values. */
  readonly unit: IndicatorUnit;
  /** Which values are better. */
  readonly direction: Direction;
  /** How values add up over time. */
  readonly accumulation: Accumulation;
  /** The nulmeting. */
  readonly baseline?: Baseline;
  /** The streefwaarden, at most one per period. */
  readonly targets: readonly Target[];
  /** The planned trajectory between baseline and targets, if not linear. */
  readonly trajectory?: readonly TrajectoryPoint[];
  /** The realisaties. */
  readonly measurements: readonly Measurement[];
  /** The default source of the values (bron), e.g. "waarstaatjegemeente.nl". */
  readonly source?: string;
}

/**
 * When a goal should be reached: a year, or a date.
 *
 * @example
 * ```ts
 * import type { Horizon } from "opkoers/policy";
 *
 * const byYear: Horizon = { year: 2022 };
 * const byDate: Horizon = { date: "2026-01-01" };
 * "year" in byYear; //=> true
 * "date" in byDate; //=> true
 * ```
 *
 * @category Goals
 * @since 0.1.0
 */
export type Horizon =
  | {
      /** The year by whose end the goal should be reached. */
      readonly year: number;
    }
  | {
      /** The date by which the goal should be reached. */
      readonly date: IsoDate;
    };

/**
 * The status a municipality reported itself, on one of the status scales
 * (a preset id such as `"threeColour"` or a scale the document defines).
 *
 * @example
 * ```ts
 * import type { ReportedStatus } from "opkoers/policy";
 *
 * const reported: ReportedStatus = { scale: "jaarverslag", level: "uitgesteld", note: "Nieuwe streefdatum 1 januari 2026." };
 * reported.level; //=> "uitgesteld"
 * ```
 *
 * @category Goals
 * @since 0.1.0
 */
export interface ReportedStatus {
  /** The id of the scale. */
  readonly scale: string;
  /** The code of the level on that scale. */
  readonly level: string;
  /** The municipality's explanation. */
  readonly note?: string;
}

/**
 * The weight of one linked indicator or activity in the `weighted` goal rule
 * (default 1 for every link).
 *
 * @example
 * ```ts
 * import type { GoalWeight } from "opkoers/policy";
 *
 * const weight: GoalWeight = { id: "vve-bereik", weight: 2 };
 * weight.weight; //=> 2
 * ```
 *
 * @category Goals
 * @since 0.1.0
 */
export interface GoalWeight {
  /** The id of a linked indicator or activity. */
  readonly id: string;
  /** The weight, ≥ 0. */
  readonly weight: number;
}

/**
 * A goal (doel, doelstelling): "Wat willen we bereiken?". Links to the
 * indicators that measure it and the activities that serve it, and — for the
 * jaarverslag — the planned text (begroting) next to the realised text
 * (verantwoording) and the status the municipality reported.
 *
 * @example
 * ```ts
 * import type { Goal } from "opkoers/policy";
 *
 * const goal: Goal = {
 *   id: "zorg-doel-2",
 *   statement: "In 2022 ontwikkelen 0- tot 23-jarige Almeloërs hun talenten beter op (voor)scholen.",
 *   horizon: { year: 2022 },
 *   indicatorIds: ["vve-bereik", "vve-kwaliteit"],
 *   activityIds: ["jonge-kind"],
 * };
 * goal.indicatorIds.length; //=> 2
 * ```
 *
 * @category Goals
 * @since 0.1.0
 */
export interface Goal {
  /** Stable id, unique in the document. */
  readonly id: string;
  /** The goal as the document states it. */
  readonly statement: string;
  /** By when. */
  readonly horizon?: Horizon;
  /** The indicators that measure the goal (ids in the same programme or its sub-programmes). */
  readonly indicatorIds: readonly string[];
  /** The activities that serve the goal (ids in the same programme or its sub-programmes). */
  readonly activityIds: readonly string[];
  /** Weights for the `weighted` goal rule. */
  readonly weights?: readonly GoalWeight[];
  /** What was planned (begroting: "Wat hadden we gepland?"). */
  readonly planned?: string;
  /** What was realised (verantwoording: "Wat hebben we gerealiseerd?"). */
  readonly realised?: string;
  /** The status the municipality reported. */
  readonly reported?: ReportedStatus;
}

/**
 * What kind of activity: `measure` (maatregel), `project`, `pilot`,
 * `contract`, `subsidy` (subsidie-afspraak) or `other`.
 *
 * @example
 * ```ts
 * import type { ActivityKind } from "opkoers/policy";
 *
 * const kind: ActivityKind = "pilot";
 * kind; //=> "pilot"
 * ```
 *
 * @category Activities
 * @since 0.1.0
 */
export type ActivityKind = "measure" | "project" | "pilot" | "contract" | "subsidy" | "other";

/**
 * The lifecycle state of an activity: planned → started → completed |
 * stopped | cancelled (cancelled may also follow planned directly).
 *
 * @example
 * ```ts
 * import type { LifecycleState } from "opkoers/policy";
 *
 * const state: LifecycleState = "stopped";
 * state; //=> "stopped"
 * ```
 *
 * @category Activities
 * @since 0.1.0
 */
export type LifecycleState = "planned" | "started" | "completed" | "stopped" | "cancelled";

/**
 * Where an activity is in its lifecycle, with the dates it got there. A state
 * without its date applies on every `asOf` date; with its date it applies
 * from that date (before it, the activity counts as started if `startedOn`
 * has passed, else as planned).
 *
 * @example
 * ```ts
 * import type { Lifecycle } from "opkoers/policy";
 *
 * const lifecycle: Lifecycle = { state: "completed", startedOn: "2024-01-01", endedOn: "2024-06-30" };
 * lifecycle.state; //=> "completed"
 * ```
 *
 * @category Activities
 * @since 0.1.0
 */
export interface Lifecycle {
  /** The current state. */
  readonly state: LifecycleState;
  /** When the activity actually started. */
  readonly startedOn?: IsoDate;
  /** When it was completed, stopped or cancelled. */
  readonly endedOn?: IsoDate;
}

/**
 * A milestone of an activity: a dated step, e.g. "De nieuwe contractperiode
 * collectief vervoer Wmo start op 1 oktober 2024". `due` is the date as
 * originally planned; postponements are {@link DateRevision}s.
 *
 * @example
 * ```ts
 * import type { Milestone } from "opkoers/policy";
 *
 * const start: Milestone = { id: "contract-start", label: "Nieuwe contractperiode collectief vervoer Wmo start", due: "2024-10-01" };
 * start.due; //=> "2024-10-01"
 * ```
 *
 * @category Activities
 * @since 0.1.0
 */
export interface Milestone {
  /** Stable id, unique within the activity. */
  readonly id: string;
  /** What happens. */
  readonly label: string;
  /** The date as originally planned. */
  readonly due: IsoDate;
  /** When it was achieved, if it was. */
  readonly achievedOn?: IsoDate;
}

/**
 * A decision to move a planned date (uitstel, an extension such as "pilot
 * verlengd tot en met 2025", or bringing it forward), with its reason and the
 * date of the decision. Revisions keep the history: the
 * planned date on an `asOf` date is the `to` of the last revision decided on
 * or before `asOf`, else the original date.
 *
 * @example
 * ```ts
 * import type { DateRevision } from "opkoers/policy";
 *
 * const postponed: DateRevision = {
 *   subject: "milestone",
 *   milestoneId: "invoering",
 *   to: "2026-01-01",
 *   decidedOn: "2024-06-01",
 *   reason: "Wetsvoorstel ligt nog bij de Tweede Kamer.",
 * };
 * postponed.to; //=> "2026-01-01"
 * ```
 *
 * @category Activities
 * @since 0.1.0
 */
export interface DateRevision {
  /** Which date moves: the planned start, the planned end, or a milestone's due date. */
  readonly subject: "start" | "end" | "milestone";
  /** The milestone, when `subject` is `"milestone"`. */
  readonly milestoneId?: string;
  /** The new date. */
  readonly to: IsoDate;
  /**
   * `"postponed"` (default): the date moved because of a delay (uitstel) — the activity counts as delayed by the shift.
   * `"extended"`: the plan itself was changed by decision (e.g. a pilot verlengd) — not a delay.
   */
  readonly kind?: "postponed" | "extended";
  /** When the decision was taken. */
  readonly decidedOn: IsoDate;
  /** Why. */
  readonly reason: string;
}

/**
 * An evaluation of an activity (e.g. the findings after a pilot).
 *
 * @example
 * ```ts
 * import type { Evaluation } from "opkoers/policy";
 *
 * const evaluation: Evaluation = { notes: "Alle betrokken partijen waren tevreden en positief over de pilot." };
 * evaluation.notes.length > 0; //=> true
 * ```
 *
 * @category Activities
 * @since 0.1.0
 */
export interface Evaluation {
  /** When the evaluation was made. */
  readonly date?: IsoDate;
  /** The findings. */
  readonly notes: string;
}

/**
 * A link from an activity to money: the programme that pays and the amount,
 * e.g. the VNG's ondersteuningsbudget of € 9.600 for the preventieagenda.
 *
 * @example
 * ```ts
 * import { euro } from "opkoers/money";
 * import type { BudgetLink } from "opkoers/policy";
 *
 * const vng: BudgetLink = { programme: "zorg", amount: euro(9600), note: "VNG ondersteuningsbudget" };
 * vng.amount; //=> 960000
 * ```
 *
 * @category Activities
 * @since 0.1.0
 */
export interface BudgetLink {
  /** The code of a programme in the same document. */
  readonly programme: string;
  /** The amount in cents (positive for expenses or revenue alike; `note` says which). */
  readonly amount: Cents;
  /** What the amount is. */
  readonly note?: string;
}

/**
 * An activity (maatregel, project, pilot, contract, subsidie-afspraak):
 * "Wat gaan we daarvoor doen?". Planned start and end as originally planned,
 * milestones, revisions of dates (postponements keep their history), the
 * lifecycle, evaluations and an optional budget link.
 *
 * @example
 * ```ts
 * import type { Activity } from "opkoers/policy";
 *
 * const transport: Activity = {
 *   id: "wmo-vervoer",
 *   name: "Aanbesteding Wmo collectief vervoer",
 *   kind: "contract",
 *   plannedStart: "2024-01-01",
 *   plannedEnd: "2024-12-31",
 *   milestones: [{ id: "contract-start", label: "Nieuwe contractperiode start", due: "2024-10-01" }],
 *   revisions: [],
 *   lifecycle: { state: "started" },
 * };
 * transport.milestones[0]?.due; //=> "2024-10-01"
 * ```
 *
 * @category Activities
 * @since 0.1.0
 */
export interface Activity {
  /** Stable id, unique in the document. */
  readonly id: string;
  /** The name. */
  readonly name: string;
  /** What kind of activity. */
  readonly kind: ActivityKind;
  /** A description. */
  readonly description?: string;
  /** The planned start as originally planned. */
  readonly plannedStart?: IsoDate;
  /** The planned end as originally planned. */
  readonly plannedEnd?: IsoDate;
  /** Dated steps. */
  readonly milestones: readonly Milestone[];
  /** Decisions that moved planned dates, in any order. */
  readonly revisions: readonly DateRevision[];
  /** Where the activity is. */
  readonly lifecycle: Lifecycle;
  /** Evaluations (evaluatie). */
  readonly evaluations?: readonly Evaluation[];
  /** The money. */
  readonly budget?: BudgetLink;
  /** Partners involved. */
  readonly partners?: readonly string[];
}

/**
 * Lasten and baten of a programme ("Wat mag het kosten?"), in cents.
 *
 * @example
 * ```ts
 * import { euro } from "opkoers/money";
 * import type { ProgrammeFinances } from "opkoers/policy";
 *
 * const gezondheid: ProgrammeFinances = { expenses: euro(46634000), revenue: euro(4742000) };
 * gezondheid.expenses; //=> 4663400000
 * ```
 *
 * @category Programmes
 * @since 0.1.0
 */
export interface ProgrammeFinances {
  /** Lasten. */
  readonly expenses: Cents;
  /** Baten. */
  readonly revenue: Cents;
}

/**
 * A sub-programme (raadsprogramma) of a {@link Programme}: the same fields,
 * without further sub-programmes.
 *
 * @example
 * ```ts
 * import type { SubProgramme } from "opkoers/policy";
 *
 * const jeugd: SubProgramme = { code: "2.1", name: "Jeugdhulp", portfolioHolders: [], goals: [], activities: [], indicators: [], taakvelden: ["6.72"], partners: [] };
 * jeugd.code; //=> "2.1"
 * ```
 *
 * @category Programmes
 * @since 0.1.0
 */
export interface SubProgramme {
  /** The programme code, unique in the document. */
  readonly code: string;
  /** The name. */
  readonly name: string;
  /** The ambitie. */
  readonly ambition?: string;
  /** The portefeuillehouders (wethouders). */
  readonly portfolioHolders: readonly string[];
  /** The goals. */
  readonly goals: readonly Goal[];
  /** The activities. */
  readonly activities: readonly Activity[];
  /** The indicators. */
  readonly indicators: readonly Indicator[];
  /** The taakvelden the programme covers, as codes ("6.1", "7.1"). */
  readonly taakvelden: readonly string[];
  /** Partners (zorgpartners, corporaties, …). */
  readonly partners: readonly string[];
  /** Lasten and baten. */
  readonly finances?: ProgrammeFinances;
}

/**
 * A programme (programma) of a planning document: code, name, ambition
 * (ambitie), portfolio holders, goals, activities, indicators, taakvelden,
 * partners, and optional sub-programmes (raadsprogramma's).
 *
 * @example
 * ```ts
 * import type { Programme } from "opkoers/policy";
 *
 * const gezondheid: Programme = {
 *   code: "gezondheid",
 *   name: "Gezondheid",
 *   ambition: "De toegankelijkheid van zorg in Almere staat steeds meer onder druk.",
 *   portfolioHolders: [],
 *   goals: [],
 *   activities: [],
 *   indicators: [],
 *   taakvelden: ["7.1"],
 *   partners: ["De Schoor", "VMCA"],
 * };
 * gezondheid.partners.length; //=> 2
 * ```
 *
 * @category Programmes
 * @since 0.1.0
 */
export interface Programme extends SubProgramme {
  /** Raadsprogramma's under this programme. */
  readonly subProgrammes?: readonly SubProgramme[];
}

/**
 * A municipality by its CBS code (`GM` + four digits, e.g. `GM0034` Almere,
 * `GM0141` Almelo).
 *
 * @example
 * ```ts
 * import type { Municipality } from "opkoers/policy";
 *
 * const almere: Municipality = { code: "GM0034", name: "Almere" };
 * almere.code; //=> "GM0034"
 * ```
 *
 * @category Documents
 * @since 0.1.0
 */
export interface Municipality {
  /** The CBS code, `GM` + four digits. */
  readonly code: string;
  /** The name. */
  readonly name?: string;
}

/**
 * The kinds of planning document: `begroting` (programmabegroting),
 * `bestuursrapportage` (tussentijdse rapportage over a period of the year)
 * and `jaarverslag` (the jaarstukken's account of the year).
 *
 * @example
 * ```ts
 * import { DOCUMENT_TYPES, type DocumentType } from "opkoers/policy";
 *
 * const type: DocumentType = "jaarverslag";
 * DOCUMENT_TYPES.includes(type); //=> true
 * ```
 *
 * @category Documents
 * @since 0.1.0
 */
export type DocumentType = "begroting" | "bestuursrapportage" | "jaarverslag";

/**
 * The fields every planning document has.
 *
 * @example
 * ```ts
 * import type { DocumentBase } from "opkoers/policy";
 *
 * const base: DocumentBase = { municipality: { code: "GM0034", name: "Almere" }, year: 2024, programmes: [] };
 * base.year; //=> 2024
 * ```
 *
 * @category Documents
 * @since 0.1.0
 */
export interface DocumentBase {
  /** The municipality. */
  readonly municipality: Municipality;
  /** The begrotingsjaar. */
  readonly year: number;
  /** The title. */
  readonly title?: string;
  /** When the raad adopted it (vastgesteld). */
  readonly adoptedOn?: IsoDate;
  /** Status scales the document defines in addition to the presets. */
  readonly statusScales?: readonly StatusScale[];
  /** The programmes. */
  readonly programmes: readonly Programme[];
}

/**
 * A programmabegroting.
 *
 * @example
 * ```ts
 * import type { Begroting } from "opkoers/policy";
 *
 * const doc: Begroting = { type: "begroting", municipality: { code: "GM0034" }, year: 2024, programmes: [] };
 * doc.type; //=> "begroting"
 * ```
 *
 * @category Documents
 * @since 0.1.0
 */
export interface Begroting extends DocumentBase {
  /** The document type. */
  readonly type: "begroting";
}

/**
 * A bestuursrapportage about a period of the year (e.g. the first tertiaal).
 *
 * @example
 * ```ts
 * import type { Bestuursrapportage } from "opkoers/policy";
 *
 * const burap: Bestuursrapportage = { type: "bestuursrapportage", municipality: { code: "GM0034" }, year: 2024, period: "2024-T1", programmes: [] };
 * burap.period; //=> "2024-T1"
 * ```
 *
 * @category Documents
 * @since 0.1.0
 */
export interface Bestuursrapportage extends DocumentBase {
  /** The document type. */
  readonly type: "bestuursrapportage";
  /** The period reported on, within `year` (a half year, tertial, quarter or month). */
  readonly period: PeriodCode;
}

/**
 * A jaarverslag: planned next to realised per goal.
 *
 * @example
 * ```ts
 * import type { Jaarverslag } from "opkoers/policy";
 *
 * const report: Jaarverslag = { type: "jaarverslag", municipality: { code: "GM0034" }, year: 2024, programmes: [] };
 * report.type; //=> "jaarverslag"
 * ```
 *
 * @category Documents
 * @since 0.1.0
 */
export interface Jaarverslag extends DocumentBase {
  /** The document type. */
  readonly type: "jaarverslag";
}

/**
 * A planning document: a begroting, bestuursrapportage or jaarverslag of a
 * municipality for a year. Read one from JSON with {@link parsePlanningDocument}.
 *
 * @example
 * ```ts
 * import { parsePlanningDocument, type PlanningDocument } from "opkoers/policy";
 *
 * const result = parsePlanningDocument({ type: "begroting", municipality: { code: "GM0141", name: "Almelo" }, year: 2022, programmes: [] });
 * const doc: PlanningDocument | undefined = result.ok ? result.value : undefined;
 * doc?.municipality.code; //=> "GM0141"
 * ```
 *
 * @category Documents
 * @since 0.1.0
 */
export type PlanningDocument = Begroting | Bestuursrapportage | Jaarverslag;
