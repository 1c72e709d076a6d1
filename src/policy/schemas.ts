import { z } from "zod";
import { say, saying } from "../errors/_internal/schemas.js";
import { isIsoDate } from "../calendar/index.js";
import { DomainError } from "../errors/DomainError.js";
import { CentsSchema } from "../money/index.js";
import { StatusScaleSchema } from "../status/index.js";
import { checkActivity } from "./_internal/checkActivity.js";
import { checkDocument } from "./_internal/checkDocument.js";
import { checkIndicator } from "./_internal/checkIndicator.js";
import { checkProgramme } from "./_internal/checkProgramme.js";
import { DOCUMENT_TYPES } from "./documentTypes.js";
import { MAX_INDICATOR_VALUE } from "./limits.js";
import type {
  Activity,
  ActivityKind,
  Accumulation,
  Baseline,
  Begroting,
  Bestuursrapportage,
  BudgetLink,
  DateRevision,
  Direction,
  DocumentType,
  Evaluation,
  Goal,
  GoalWeight,
  Horizon,
  Indicator,
  IndicatorKind,
  IndicatorUnit,
  Jaarverslag,
  Lifecycle,
  LifecycleState,
  Measurement,
  MeasurementValue,
  Milestone,
  Municipality,
  PlanningDocument,
  Programme,
  ProgrammeFinances,
  ReportedStatus,
  SubProgramme,
  Target,
  TrajectoryPoint,
} from "./types.js";

// Only this file imports zod. Every object schema is strict: unknown keys are rejected with an
// "unrecognized_keys" issue (so a typo such as "indicatorsIds" is caught, and a "__proto__" key in
// JSON input is reported instead of being copied). Cross-field rules live in ./_internal/check*.ts.

// A malformed date is one issue at its path: the pattern check aborts, so the calendar check does not report
// "2024-3-1" a second time. (The pattern also goes into the JSON Schemas.)
const IsoDateWire = /* @__PURE__ */ z
  .string({ error: /* @__PURE__ */ saying("A date must be a string YYYY-MM-DD.", "Een datum moet een tekst JJJJ-MM-DD zijn.") })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: /* @__PURE__ */ saying("A date must be written YYYY-MM-DD.", "Een datum moet geschreven zijn als JJJJ-MM-DD."), abort: true })
  .refine(isIsoDate, { error: /* @__PURE__ */ saying("A date must be a real calendar date (YYYY-MM-DD, years 0001–9999).", "Een datum moet een echte kalenderdag zijn (JJJJ-MM-DD, jaren 0001–9999).") });

const PeriodCodeWire = /* @__PURE__ */ z
  .string({ error: /* @__PURE__ */ saying("A period code must be a string.", "Een periodecode moet een tekst zijn.") })
  .regex(/^(?!0000)\d{4}(-(H[12]|T[1-3]|Q[1-4]|0[1-9]|1[0-2]))?$/, {
    error: /* @__PURE__ */ saying('A period code must be "2024" (year), "2024-H1" (half), "2024-T2" (tertial), "2024-Q3" (quarter) or "2024-03" (month).', 'Een periodecode moet "2024" (jaar), "2024-H1" (halfjaar), "2024-T2" (tertaal), "2024-Q3" (kwartaal) of "2024-03" (maand) zijn.'),
  });

const Id = /* @__PURE__ */ z.string().min(1, { error: /* @__PURE__ */ saying("An id must not be empty.", "Een id mag niet leeg zijn.") }).max(200);

const IndicatorNumber = /* @__PURE__ */ z
  .number({ error: /* @__PURE__ */ saying("An indicator value must be a finite number.", "Een indicatorwaarde moet een eindig getal zijn.") })
  .min(-MAX_INDICATOR_VALUE, { error: /* @__PURE__ */ saying(`An indicator value must be within ±${MAX_INDICATOR_VALUE}.`, `Een indicatorwaarde moet binnen ±${MAX_INDICATOR_VALUE} liggen.`) })
  .max(MAX_INDICATOR_VALUE, { error: /* @__PURE__ */ saying(`An indicator value must be within ±${MAX_INDICATOR_VALUE}.`, `Een indicatorwaarde moet binnen ±${MAX_INDICATOR_VALUE} liggen.`) });

const Note = /* @__PURE__ */ z.string();

const indicatorKindRaw = /* @__PURE__ */ z.enum(["effect", "performance", "context"]);

/**
 * zod schema of an {@link IndicatorKind}.
 *
 * @example
 * ```ts
 * import { IndicatorKindSchema } from "opkoers/policy";
 *
 * IndicatorKindSchema.parse("effect"); //=> "effect"
 * IndicatorKindSchema.safeParse("impact").success; //=> false
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const IndicatorKindSchema: z.ZodType<IndicatorKind, unknown> = indicatorKindRaw;

const indicatorUnitRaw = /* @__PURE__ */ z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("count"), label: z.string().exactOptional() }).readonly(),
  z.strictObject({ kind: z.literal("percentage") }).readonly(),
  z.strictObject({ kind: z.literal("rate"), per: z.number().positive().max(MAX_INDICATOR_VALUE), of: z.string().min(1) }).readonly(),
  z.strictObject({ kind: z.literal("money") }).readonly(),
  z
    .strictObject({ kind: z.literal("ordinal"), min: z.int().min(-1000).max(1000), max: z.int().min(-1000).max(1000), labels: z.array(z.string()).readonly().exactOptional() })
    .readonly()
    .superRefine((unit, ctx) => {
      if (unit.min >= unit.max) ctx.addIssue({ code: "custom", path: ["max"], message: say(`An ordinal scale needs min < max, but it runs from ${unit.min} to ${unit.max}.`, `Een ordinale schaal vraagt min < max, maar loopt van ${unit.min} tot ${unit.max}.`) });
      else if (unit.labels !== undefined && unit.labels.length !== unit.max - unit.min + 1) {
        ctx.addIssue({ code: "custom", path: ["labels"], message: say(`An ordinal scale from ${unit.min} to ${unit.max} needs ${unit.max - unit.min + 1} labels, but it has ${unit.labels.length}.`, `Een ordinale schaal van ${unit.min} tot ${unit.max} heeft ${unit.max - unit.min + 1} labels nodig, maar heeft er ${unit.labels.length}.`) });
      }
    }),
  z.strictObject({ kind: z.literal("boolean") }).readonly(),
  z.strictObject({ kind: z.literal("quantity"), label: z.string().min(1) }).readonly(),
]);

/**
 * zod schema of an {@link IndicatorUnit}, discriminated on `kind`. An ordinal
 * scale needs integer `min` < `max` and, if labels are given, one per level;
 * a rate needs `per` > 0.
 *
 * @example
 * ```ts
 * import { IndicatorUnitSchema } from "opkoers/policy";
 *
 * IndicatorUnitSchema.parse({ kind: "rate", per: 1000, of: "inwoners" }); //=> { kind: "rate", per: 1000, of: "inwoners" }
 * IndicatorUnitSchema.safeParse({ kind: "ordinal", min: 4, max: 1 }).success; //=> false
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const IndicatorUnitSchema: z.ZodType<IndicatorUnit, unknown> = indicatorUnitRaw;

const directionRaw = /* @__PURE__ */ z.enum(["higherIsBetter", "lowerIsBetter", "withinBand"]);

/**
 * zod schema of a {@link Direction}.
 *
 * @example
 * ```ts
 * import { DirectionSchema } from "opkoers/policy";
 *
 * DirectionSchema.parse("lowerIsBetter"); //=> "lowerIsBetter"
 * DirectionSchema.safeParse("down").success; //=> false
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const DirectionSchema: z.ZodType<Direction, unknown> = directionRaw;

const accumulationRaw = /* @__PURE__ */ z.enum(["periodic", "cumulative", "stock"]);

/**
 * zod schema of an {@link Accumulation}.
 *
 * @example
 * ```ts
 * import { AccumulationSchema } from "opkoers/policy";
 *
 * AccumulationSchema.parse("stock"); //=> "stock"
 * AccumulationSchema.safeParse("sum").success; //=> false
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const AccumulationSchema: z.ZodType<Accumulation, unknown> = accumulationRaw;

const measurementValueRaw = /* @__PURE__ */ z.discriminatedUnion("state", [
  z
    .strictObject({
      state: z.literal("available"),
      value: IndicatorNumber,
      numerator: IndicatorNumber.exactOptional(),
      denominator: IndicatorNumber.positive({ error: /* @__PURE__ */ saying("A denominator must be greater than zero.", "Een noemer moet groter dan nul zijn.") }).exactOptional(),
    })
    .readonly()
    .superRefine((value, ctx) => {
      if ((value.numerator === undefined) !== (value.denominator === undefined)) {
        ctx.addIssue({ code: "custom", path: [value.numerator === undefined ? "numerator" : "denominator"], message: say("Give both numerator and denominator, or neither.", "Geef zowel teller als noemer, of geen van beide.") });
      }
    }),
  z.strictObject({ state: z.literal("notAvailable"), reason: z.string().exactOptional() }).readonly(),
]);

/**
 * zod schema of a {@link MeasurementValue}: `{ state: "available", value }`
 * (numerator and denominator both or neither, denominator > 0) or
 * `{ state: "notAvailable", reason? }`.
 *
 * @example
 * ```ts
 * import { MeasurementValueSchema } from "opkoers/policy";
 *
 * MeasurementValueSchema.safeParse({ state: "available", value: 43, numerator: 43, denominator: 100 }).success; //=> true
 * MeasurementValueSchema.safeParse({ state: "available", value: 43, numerator: 43 }).success; //=> false
 * MeasurementValueSchema.safeParse({ state: "notAvailable", reason: "n.n.b." }).success; //=> true
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const MeasurementValueSchema: z.ZodType<MeasurementValue, unknown> = measurementValueRaw;

const measurementRaw = /* @__PURE__ */ z
  .strictObject({
    period: PeriodCodeWire,
    value: measurementValueRaw,
    referenceDate: IsoDateWire.exactOptional(),
    source: z.string().exactOptional(),
    final: z.boolean().exactOptional(),
    breakdown: z.string().min(1).exactOptional(),
    note: Note.exactOptional(),
  })
  .readonly();

/**
 * zod schema of a {@link Measurement}.
 *
 * @example
 * ```ts
 * import { MeasurementSchema } from "opkoers/policy";
 *
 * MeasurementSchema.safeParse({ period: "2024-Q2", value: { state: "notAvailable" } }).success; //=> true
 * MeasurementSchema.safeParse({ period: "2024-Q5", value: { state: "notAvailable" } }).success; //=> false
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const MeasurementSchema: z.ZodType<Measurement, unknown> = measurementRaw;

const baselineRaw = /* @__PURE__ */ z
  .strictObject({ period: PeriodCodeWire, value: IndicatorNumber, source: z.string().exactOptional(), note: Note.exactOptional() })
  .readonly();

/**
 * zod schema of a {@link Baseline}.
 *
 * @example
 * ```ts
 * import { BaselineSchema } from "opkoers/policy";
 *
 * BaselineSchema.parse({ period: "2021", value: 231 }); //=> { period: "2021", value: 231 }
 * BaselineSchema.safeParse({ period: "2021", value: null }).success; //=> false
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const BaselineSchema: z.ZodType<Baseline, unknown> = baselineRaw;

const targetRaw = /* @__PURE__ */ z.discriminatedUnion("comparator", [
  z.strictObject({ period: PeriodCodeWire, comparator: z.enum(["atLeast", "atMost", "equal"]), value: IndicatorNumber, note: Note.exactOptional() }).readonly(),
  z
    .strictObject({ period: PeriodCodeWire, comparator: z.literal("between"), min: IndicatorNumber, max: IndicatorNumber, note: Note.exactOptional() })
    .readonly()
    .superRefine((target, ctx) => {
      if (target.min > target.max) ctx.addIssue({ code: "custom", path: ["max"], message: say(`A "between" target needs min ≤ max, but min is ${target.min} and max is ${target.max}.`, `Een streefwaarde "between" vraagt min ≤ max, maar min is ${target.min} en max is ${target.max}.`) });
    }),
]);

/**
 * zod schema of a {@link Target}, discriminated on `comparator`: `between`
 * needs `min` and `max` with min ≤ max; the others need `value`.
 *
 * @example
 * ```ts
 * import { TargetSchema } from "opkoers/policy";
 *
 * TargetSchema.safeParse({ period: "2022", comparator: "atLeast", value: 250 }).success; //=> true
 * TargetSchema.safeParse({ period: "2022", comparator: "between", min: 5 }).success; //=> false
 * TargetSchema.safeParse({ period: "2022", comparator: "between", min: 5, max: 4 }).success; //=> false
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const TargetSchema: z.ZodType<Target, unknown> = targetRaw;

const trajectoryPointRaw = /* @__PURE__ */ z.strictObject({ period: PeriodCodeWire, value: IndicatorNumber }).readonly();

/**
 * zod schema of a {@link TrajectoryPoint}.
 *
 * @example
 * ```ts
 * import { TrajectoryPointSchema } from "opkoers/policy";
 *
 * TrajectoryPointSchema.parse({ period: "2021-H2", value: 20 }); //=> { period: "2021-H2", value: 20 }
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const TrajectoryPointSchema: z.ZodType<TrajectoryPoint, unknown> = trajectoryPointRaw;

const indicatorRaw = /* @__PURE__ */ z
  .strictObject({
    id: Id,
    name: z.string().min(1),
    description: z.string().exactOptional(),
    kind: indicatorKindRaw,
    bbvNumber: z.int().min(1).max(999).exactOptional(),
    unit: indicatorUnitRaw,
    direction: directionRaw,
    accumulation: accumulationRaw,
    baseline: baselineRaw.exactOptional(),
    targets: z.array(targetRaw).readonly(),
    trajectory: z.array(trajectoryPointRaw).readonly().exactOptional(),
    measurements: z.array(measurementRaw).readonly(),
    source: z.string().exactOptional(),
  })
  .readonly()
  .superRefine((indicator, ctx) => {
    for (const issue of checkIndicator(indicator)) ctx.addIssue({ code: "custom", path: [...issue.path], message: issue.message });
  });

/**
 * zod schema of an {@link Indicator}, with its cross-field rules (issues at
 * the offending path): the comparator fits the direction (`atLeast`/`equal`
 * for higher-is-better, `atMost`/`equal` for lower-is-better,
 * `between`/`equal` for a band); at most one target per period; the baseline
 * period ends before every target period; values fit the unit (whole cents
 * for money, whole levels within the scale for ordinal, 0 or 1 for boolean);
 * numerator and denominator only for percentages and rates, and consistent
 * with the value (within half a unit of its last decimal); at most one total
 * and one value per breakdown per period; trajectory points lie after the
 * baseline and no later than the last target.
 *
 * @example
 * ```ts
 * import { IndicatorSchema } from "opkoers/policy";
 *
 * const vve = {
 *   id: "vve-bereik", name: "Peuters met VVE-aanbod", kind: "performance",
 *   unit: { kind: "count", label: "peuters" }, direction: "higherIsBetter", accumulation: "periodic",
 *   targets: [{ period: "2022", comparator: "atLeast", value: 250 }], measurements: [],
 * };
 * IndicatorSchema.safeParse(vve).success; //=> true
 * IndicatorSchema.safeParse({ ...vve, direction: "lowerIsBetter" }).error?.issues[0]?.path; //=> ["targets", 0, "comparator"]
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const IndicatorSchema: z.ZodType<Indicator, unknown> = indicatorRaw;

const horizonRaw = /* @__PURE__ */ z.union([
  z.strictObject({ year: z.int().min(1).max(9999) }).readonly(),
  z.strictObject({ date: IsoDateWire }).readonly(),
]);

/**
 * zod schema of a {@link Horizon}: `{ year }` or `{ date }`.
 *
 * @example
 * ```ts
 * import { HorizonSchema } from "opkoers/policy";
 *
 * HorizonSchema.parse({ year: 2022 }); //=> { year: 2022 }
 * HorizonSchema.safeParse({ year: 2022, date: "2022-12-31" }).success; //=> false
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const HorizonSchema: z.ZodType<Horizon, unknown> = horizonRaw;

const reportedStatusRaw = /* @__PURE__ */ z
  .strictObject({ scale: z.string().min(1), level: z.string().min(1), note: Note.exactOptional() })
  .readonly();

/**
 * zod schema of a {@link ReportedStatus}. That the scale and level exist is
 * checked at document level.
 *
 * @example
 * ```ts
 * import { ReportedStatusSchema } from "opkoers/policy";
 *
 * ReportedStatusSchema.parse({ scale: "threeColour", level: "groen" }); //=> { scale: "threeColour", level: "groen" }
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const ReportedStatusSchema: z.ZodType<ReportedStatus, unknown> = reportedStatusRaw;

const goalWeightRaw = /* @__PURE__ */ z
  .strictObject({ id: Id, weight: z.number().min(0).max(1e6) })
  .readonly();

/**
 * zod schema of a {@link GoalWeight}.
 *
 * @example
 * ```ts
 * import { GoalWeightSchema } from "opkoers/policy";
 *
 * GoalWeightSchema.safeParse({ id: "vve-bereik", weight: -1 }).success; //=> false
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const GoalWeightSchema: z.ZodType<GoalWeight, unknown> = goalWeightRaw;

const goalRaw = /* @__PURE__ */ z
  .strictObject({
    id: Id,
    statement: z.string().min(1),
    horizon: horizonRaw.exactOptional(),
    indicatorIds: z.array(Id).readonly(),
    activityIds: z.array(Id).readonly(),
    weights: z.array(goalWeightRaw).readonly().exactOptional(),
    planned: z.string().exactOptional(),
    realised: z.string().exactOptional(),
    reported: reportedStatusRaw.exactOptional(),
  })
  .readonly()
  .superRefine((goal, ctx) => {
    const linked = new Set<string>();
    for (const key of ["indicatorIds", "activityIds"] as const) {
      goal[key].forEach((id, i) => {
        if (linked.has(id)) ctx.addIssue({ code: "custom", path: [key, i], message: say(`"${id}" is linked to goal "${goal.id}" twice.`, `"${id}" is twee keer aan doel "${goal.id}" gekoppeld.`) });
        linked.add(id);
      });
    }
    const weighted = new Set<string>();
    goal.weights?.forEach((weight, i) => {
      if (!linked.has(weight.id)) ctx.addIssue({ code: "custom", path: ["weights", i, "id"], message: say(`The weight names "${weight.id}", which goal "${goal.id}" does not link to.`, `Het gewicht noemt "${weight.id}", waar doel "${goal.id}" niet naar verwijst.`) });
      else if (weighted.has(weight.id)) ctx.addIssue({ code: "custom", path: ["weights", i, "id"], message: say(`"${weight.id}" has two weights.`, `"${weight.id}" heeft twee gewichten.`) });
      weighted.add(weight.id);
    });
  });

/**
 * zod schema of a {@link Goal}. That linked ids exist is checked at
 * programme level; here: no id is linked twice, and weights name linked ids.
 *
 * @example
 * ```ts
 * import { GoalSchema } from "opkoers/policy";
 *
 * GoalSchema.safeParse({ id: "doel-1", statement: "Meer Almeloërs redden zich zonder hulp.", indicatorIds: [], activityIds: ["gli"] }).success; //=> true
 * GoalSchema.safeParse({ id: "doel-1", statement: "…", indicatorIds: [], activityIds: ["gli", "gli"] }).error?.issues[0]?.path; //=> ["activityIds", 1]
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const GoalSchema: z.ZodType<Goal, unknown> = goalRaw;

const activityKindRaw = /* @__PURE__ */ z.enum(["measure", "project", "pilot", "contract", "subsidy", "other"]);

/**
 * zod schema of an {@link ActivityKind}.
 *
 * @example
 * ```ts
 * import { ActivityKindSchema } from "opkoers/policy";
 *
 * ActivityKindSchema.parse("subsidy"); //=> "subsidy"
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const ActivityKindSchema: z.ZodType<ActivityKind, unknown> = activityKindRaw;

const lifecycleStateRaw = /* @__PURE__ */ z.enum(["planned", "started", "completed", "stopped", "cancelled"]);

/**
 * zod schema of a {@link LifecycleState}.
 *
 * @example
 * ```ts
 * import { LifecycleStateSchema } from "opkoers/policy";
 *
 * LifecycleStateSchema.safeParse("postponed").success; //=> false
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const LifecycleStateSchema: z.ZodType<LifecycleState, unknown> = lifecycleStateRaw;

const lifecycleRaw = /* @__PURE__ */ z
  .strictObject({ state: lifecycleStateRaw, startedOn: IsoDateWire.exactOptional(), endedOn: IsoDateWire.exactOptional() })
  .readonly()
  .superRefine((lifecycle, ctx) => {
    if (lifecycle.state === "planned" && lifecycle.startedOn !== undefined) ctx.addIssue({ code: "custom", path: ["startedOn"], message: say("A planned activity has not started; remove startedOn or change the state.", "Een geplande activiteit is nog niet gestart; verwijder startedOn of wijzig de toestand.") });
    if ((lifecycle.state === "planned" || lifecycle.state === "started") && lifecycle.endedOn !== undefined) {
      ctx.addIssue({ code: "custom", path: ["endedOn"], message: say(`An activity that is ${lifecycle.state} has not ended; remove endedOn or change the state.`, `Een activiteit met toestand ${lifecycle.state} is niet beëindigd; verwijder endedOn of wijzig de toestand.`) });
    }
    // A date already reported as no real day (2023-02-29) is not compared again: one issue per malformed date.
    if (lifecycle.startedOn !== undefined && lifecycle.endedOn !== undefined && isIsoDate(lifecycle.startedOn) && isIsoDate(lifecycle.endedOn) && lifecycle.startedOn > lifecycle.endedOn) {
      ctx.addIssue({ code: "custom", path: ["endedOn"], message: say(`The activity ended (${lifecycle.endedOn}) before it started (${lifecycle.startedOn}).`, `De activiteit is geëindigd (${lifecycle.endedOn}) voordat ze begon (${lifecycle.startedOn}).`) });
    }
  });

/**
 * zod schema of a {@link Lifecycle}: `startedOn` ≤ `endedOn`; a `planned`
 * activity has neither date, a `started` one no `endedOn`.
 *
 * @example
 * ```ts
 * import { LifecycleSchema } from "opkoers/policy";
 *
 * LifecycleSchema.safeParse({ state: "stopped", endedOn: "2024-06-30" }).success; //=> true
 * LifecycleSchema.safeParse({ state: "completed", startedOn: "2024-06-30", endedOn: "2024-01-01" }).error?.issues[0]?.path; //=> ["endedOn"]
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const LifecycleSchema: z.ZodType<Lifecycle, unknown> = lifecycleRaw;

const milestoneRaw = /* @__PURE__ */ z
  .strictObject({ id: Id, label: z.string().min(1), due: IsoDateWire, achievedOn: IsoDateWire.exactOptional() })
  .readonly();

/**
 * zod schema of a {@link Milestone}.
 *
 * @example
 * ```ts
 * import { MilestoneSchema } from "opkoers/policy";
 *
 * MilestoneSchema.safeParse({ id: "start", label: "Contract start", due: "2024-10-01" }).success; //=> true
 * MilestoneSchema.safeParse({ id: "start", label: "Contract start", due: "2024-10-32" }).success; //=> false
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const MilestoneSchema: z.ZodType<Milestone, unknown> = milestoneRaw;

const dateRevisionRaw = /* @__PURE__ */ z
  .strictObject({ subject: z.enum(["start", "end", "milestone"]), milestoneId: Id.exactOptional(), to: IsoDateWire, kind: z.enum(["postponed", "extended"]).exactOptional(), decidedOn: IsoDateWire, reason: z.string() })
  .readonly()
  .superRefine((revision, ctx) => {
    if (revision.subject === "milestone" && revision.milestoneId === undefined) ctx.addIssue({ code: "custom", path: ["milestoneId"], message: say("A milestone revision must name its milestone (milestoneId).", "Een herziening van een mijlpaal moet die mijlpaal noemen (milestoneId).") });
    if (revision.subject !== "milestone" && revision.milestoneId !== undefined) ctx.addIssue({ code: "custom", path: ["milestoneId"], message: say(`A revision of the planned ${revision.subject} has no milestoneId.`, `Een herziening van de geplande ${revision.subject} heeft geen milestoneId.`) });
  });

/**
 * zod schema of a {@link DateRevision}: a `milestone` revision names its
 * milestone, the others do not.
 *
 * @example
 * ```ts
 * import { DateRevisionSchema } from "opkoers/policy";
 *
 * DateRevisionSchema.safeParse({ subject: "end", to: "2025-12-31", decidedOn: "2024-03-01", reason: "Pilot verlengd." }).success; //=> true
 * DateRevisionSchema.safeParse({ subject: "milestone", to: "2026-01-01", decidedOn: "2024-06-01", reason: "Uitgesteld." }).error?.issues[0]?.path; //=> ["milestoneId"]
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const DateRevisionSchema: z.ZodType<DateRevision, unknown> = dateRevisionRaw;

const evaluationRaw = /* @__PURE__ */ z.strictObject({ date: IsoDateWire.exactOptional(), notes: z.string() }).readonly();

/**
 * zod schema of an {@link Evaluation}.
 *
 * @example
 * ```ts
 * import { EvaluationSchema } from "opkoers/policy";
 *
 * EvaluationSchema.parse({ notes: "Geëvalueerd." }); //=> { notes: "Geëvalueerd." }
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const EvaluationSchema: z.ZodType<Evaluation, unknown> = evaluationRaw;

const budgetLinkRaw = /* @__PURE__ */ z
  .strictObject({ programme: z.string().min(1), amount: CentsSchema, note: Note.exactOptional() })
  .readonly();

/**
 * zod schema of a {@link BudgetLink}; the amount is whole cents. That the
 * programme exists is checked at document level.
 *
 * @example
 * ```ts
 * import { BudgetLinkSchema } from "opkoers/policy";
 *
 * BudgetLinkSchema.parse({ programme: "zorg", amount: 960000 }); //=> { programme: "zorg", amount: 960000 }
 * BudgetLinkSchema.safeParse({ programme: "zorg", amount: 9600.5 }).success; //=> false
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const BudgetLinkSchema: z.ZodType<BudgetLink, unknown> = budgetLinkRaw;

const activityRaw = /* @__PURE__ */ z
  .strictObject({
    id: Id,
    name: z.string().min(1),
    kind: activityKindRaw,
    description: z.string().exactOptional(),
    plannedStart: IsoDateWire.exactOptional(),
    plannedEnd: IsoDateWire.exactOptional(),
    milestones: z.array(milestoneRaw).readonly(),
    revisions: z.array(dateRevisionRaw).readonly(),
    lifecycle: lifecycleRaw,
    evaluations: z.array(evaluationRaw).readonly().exactOptional(),
    budget: budgetLinkRaw.exactOptional(),
    partners: z.array(z.string()).readonly().exactOptional(),
  })
  .readonly()
  .superRefine((activity, ctx) => {
    for (const issue of checkActivity(activity)) ctx.addIssue({ code: "custom", path: [...issue.path], message: issue.message });
  });

/**
 * zod schema of an {@link Activity}, with its cross-field rules: planned
 * start ≤ planned end, unique milestone ids, revisions name existing
 * milestones, and a revised start stays on or before the end (and vice versa).
 *
 * @example
 * ```ts
 * import { ActivitySchema } from "opkoers/policy";
 *
 * const pilot = { id: "toeleiding", name: "Pilot Toeleiding naar werk", kind: "pilot", plannedStart: "2023-01-01", plannedEnd: "2024-12-31", milestones: [], revisions: [], lifecycle: { state: "stopped" } };
 * ActivitySchema.safeParse(pilot).success; //=> true
 * ActivitySchema.safeParse({ ...pilot, plannedEnd: "2022-12-31" }).error?.issues[0]?.path; //=> ["plannedEnd"]
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const ActivitySchema: z.ZodType<Activity, unknown> = activityRaw;

const programmeFinancesRaw = /* @__PURE__ */ z
  .strictObject({ expenses: CentsSchema, revenue: CentsSchema })
  .readonly();

/**
 * zod schema of {@link ProgrammeFinances}.
 *
 * @example
 * ```ts
 * import { ProgrammeFinancesSchema } from "opkoers/policy";
 *
 * ProgrammeFinancesSchema.parse({ expenses: 4663400000, revenue: 474200000 }); //=> { expenses: 4663400000, revenue: 474200000 }
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const ProgrammeFinancesSchema: z.ZodType<ProgrammeFinances, unknown> = programmeFinancesRaw;

const subProgrammeShape = {
  code: z.string().min(1).max(100),
  name: z.string().min(1),
  ambition: z.string().exactOptional(),
  portfolioHolders: z.array(z.string()).readonly(),
  goals: z.array(goalRaw).readonly(),
  activities: z.array(activityRaw).readonly(),
  indicators: z.array(indicatorRaw).readonly(),
  taakvelden: z.array(z.string().regex(/^\d{1,2}\.\d{1,2}[a-z]?$/, { error: /* @__PURE__ */ saying('A taakveld is a code such as "6.1", "0.10" or "6.71a".', 'Een taakveld is een code zoals "6.1", "0.10" of "6.71a".') })).readonly(),
  partners: z.array(z.string()).readonly(),
  finances: programmeFinancesRaw.exactOptional(),
};

const subProgrammeRaw = /* @__PURE__ */ z.strictObject(subProgrammeShape).readonly();

/**
 * zod schema of a {@link SubProgramme} (raadsprogramma).
 *
 * @example
 * ```ts
 * import { SubProgrammeSchema } from "opkoers/policy";
 *
 * SubProgrammeSchema.safeParse({ code: "2.1", name: "Jeugdhulp", portfolioHolders: [], goals: [], activities: [], indicators: [], taakvelden: ["6.72"], partners: [] }).success; //=> true
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const SubProgrammeSchema: z.ZodType<SubProgramme, unknown> = subProgrammeRaw;

const programmeRaw = /* @__PURE__ */ z
  .strictObject({ ...subProgrammeShape, subProgrammes: z.array(subProgrammeRaw).readonly().exactOptional() })
  .readonly()
  .superRefine((programme, ctx) => {
    for (const issue of checkProgramme(programme)) ctx.addIssue({ code: "custom", path: [...issue.path], message: issue.message });
  });

/**
 * zod schema of a {@link Programme}, with its cross-field rules: every id a
 * goal links to is an indicator or activity of the programme or one of its
 * sub-programmes.
 *
 * @example
 * ```ts
 * import { ProgrammeSchema } from "opkoers/policy";
 *
 * const programme = { code: "zorg", name: "Zorg", portfolioHolders: [], activities: [], indicators: [], taakvelden: [], partners: [],
 *   goals: [{ id: "doel-2", statement: "Talenten beter ontwikkelen", indicatorIds: ["vve-bereik"], activityIds: [] }] };
 * ProgrammeSchema.safeParse(programme).error?.issues[0]?.path; //=> ["goals", 0, "indicatorIds", 0]
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const ProgrammeSchema: z.ZodType<Programme, unknown> = programmeRaw;

const municipalityRaw = /* @__PURE__ */ z
  .strictObject({
    code: z.string().regex(/^GM\d{4}$/, { error: /* @__PURE__ */ saying('A municipality code is the CBS code "GM" + four digits, e.g. "GM0034" (Almere).', 'Een gemeentecode is de CBS-code "GM" + vier cijfers, bv. "GM0034" (Almere).') }),
    name: z.string().exactOptional(),
  })
  .readonly();

/**
 * zod schema of a {@link Municipality}: the CBS code is `GM` + four digits.
 *
 * @example
 * ```ts
 * import { MunicipalitySchema } from "opkoers/policy";
 *
 * MunicipalitySchema.parse({ code: "GM0034", name: "Almere" }); //=> { code: "GM0034", name: "Almere" }
 * MunicipalitySchema.safeParse({ code: "0034" }).success; //=> false
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const MunicipalitySchema: z.ZodType<Municipality, unknown> = municipalityRaw;

const documentTypeRaw = /* @__PURE__ */ z.enum(DOCUMENT_TYPES as [DocumentType, ...DocumentType[]]);

/**
 * zod schema of a {@link DocumentType}.
 *
 * @example
 * ```ts
 * import { DocumentTypeSchema } from "opkoers/policy";
 *
 * DocumentTypeSchema.safeParse("voorjaarsnota").success; //=> false
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const DocumentTypeSchema: z.ZodType<DocumentType, unknown> = documentTypeRaw;

const baseShape = {
  municipality: municipalityRaw,
  year: z.int().min(1).max(9999),
  title: z.string().exactOptional(),
  adoptedOn: IsoDateWire.exactOptional(),
  statusScales: z.array(StatusScaleSchema).readonly().exactOptional(),
  programmes: z.array(programmeRaw).readonly(),
};

function documentChecks(document: PlanningDocument, ctx: z.RefinementCtx): void {
  for (const issue of checkDocument(document)) ctx.addIssue({ code: "custom", path: [...issue.path], message: issue.message });
}

const begrotingRaw = /* @__PURE__ */ z
  .strictObject({ type: z.literal("begroting"), ...baseShape })
  .readonly()
  .superRefine(documentChecks);

/**
 * zod schema of a {@link Begroting} (with the document-level rules of
 * {@link PlanningDocumentSchema}).
 *
 * @example
 * ```ts
 * import { BegrotingSchema } from "opkoers/policy";
 *
 * BegrotingSchema.safeParse({ type: "begroting", municipality: { code: "GM0034" }, year: 2024, programmes: [] }).success; //=> true
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const BegrotingSchema: z.ZodType<Begroting, unknown> = begrotingRaw;

const bestuursrapportageRaw = /* @__PURE__ */ z
  .strictObject({ type: z.literal("bestuursrapportage"), period: PeriodCodeWire, ...baseShape })
  .readonly()
  .superRefine(documentChecks);

/**
 * zod schema of a {@link Bestuursrapportage}: `period` is a half year,
 * tertial, quarter or month of `year`.
 *
 * @example
 * ```ts
 * import { BestuursrapportageSchema } from "opkoers/policy";
 *
 * const burap = { type: "bestuursrapportage", municipality: { code: "GM0034" }, year: 2024, period: "2024-T1", programmes: [] };
 * BestuursrapportageSchema.safeParse(burap).success; //=> true
 * BestuursrapportageSchema.safeParse({ ...burap, period: "2023-T1" }).error?.issues[0]?.path; //=> ["period"]
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const BestuursrapportageSchema: z.ZodType<Bestuursrapportage, unknown> = bestuursrapportageRaw;

const jaarverslagRaw = /* @__PURE__ */ z
  .strictObject({ type: z.literal("jaarverslag"), ...baseShape })
  .readonly()
  .superRefine(documentChecks);

/**
 * zod schema of a {@link Jaarverslag}.
 *
 * @example
 * ```ts
 * import { JaarverslagSchema } from "opkoers/policy";
 *
 * JaarverslagSchema.safeParse({ type: "jaarverslag", municipality: { code: "GM0034" }, year: 2024, programmes: [] }).success; //=> true
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const JaarverslagSchema: z.ZodType<Jaarverslag, unknown> = jaarverslagRaw;

const planningDocumentRaw = /* @__PURE__ */ z.discriminatedUnion("type", [begrotingRaw, bestuursrapportageRaw, jaarverslagRaw]);

/**
 * zod schema of a {@link PlanningDocument}, discriminated on `type`.
 * Unknown keys are rejected everywhere (`unrecognized_keys`). Document-level
 * rules: programme codes and the ids of goals, activities and indicators are
 * unique in the document; a budget link names a programme of the document; a
 * reported status names a known scale (preset or `statusScales`) and one of
 * its levels; a bestuursrapportage's period lies in its year. Cross-field
 * rules run once the structure is valid, so fix structural issues first.
 * Prefer {@link parsePlanningDocument}, which returns opkoers issues.
 *
 * @example
 * ```ts
 * import { PlanningDocumentSchema } from "opkoers/policy";
 *
 * PlanningDocumentSchema.safeParse({ type: "jaarverslag", municipality: { code: "GM0034" }, year: 2024, programmes: [] }).success; //=> true
 * PlanningDocumentSchema.safeParse({ type: "voorjaarsnota", municipality: { code: "GM0034" }, year: 2024, programmes: [] }).success; //=> false
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export const PlanningDocumentSchema: z.ZodType<PlanningDocument, unknown> = planningDocumentRaw;

const SCHEMA_OF: Readonly<Record<DocumentType, z.ZodType>> = { begroting: begrotingRaw, bestuursrapportage: bestuursrapportageRaw, jaarverslag: jaarverslagRaw };

/**
 * The JSON Schema (draft 2020-12) of a planning document type, generated
 * from the zod schemas with zod's `toJSONSchema`, so that tools in other
 * languages validate the same documents. It describes the structure (types,
 * required keys, patterns, `additionalProperties: false`); the cross-field
 * rules (links, unique ids, date order) are only checked by
 * {@link parsePlanningDocument}. The package ships these as
 * `schemas/<type>.schema.json`.
 *
 * @param type - `"begroting"`, `"bestuursrapportage"` or `"jaarverslag"`; without it, the schema of any planning document (`oneOf` the three).
 * @returns A JSON-serialisable JSON Schema object.
 * @throws {@link DomainError} `invalid_option` – when `type` is not a document type.
 *
 * @example
 * ```ts
 * import { planningDocumentJsonSchema } from "opkoers/policy";
 *
 * const schema = planningDocumentJsonSchema("begroting");
 * schema["$schema"]; //=> "https://json-schema.org/draft/2020-12/schema"
 * (schema["required"] as string[]).includes("municipality"); //=> true
 * planningDocumentJsonSchema("voorjaarsnota" as never); //=> throws invalid_option
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export function planningDocumentJsonSchema(type?: DocumentType): Record<string, unknown> {
  if (type !== undefined && !(DOCUMENT_TYPES as readonly unknown[]).includes(type)) {
    throw new DomainError("invalid_option", `${JSON.stringify(type) ?? String(type)} is not a document type; use "begroting", "bestuursrapportage" or "jaarverslag".`, { value: type });
  }
  const schema = type === undefined ? planningDocumentRaw : SCHEMA_OF[type];
  const title = type === undefined ? "opkoers planning document" : `opkoers ${type}`;
  // A local registry names the main schemas, so they become readable $defs instead of being inlined everywhere.
  const metadata = z.registry<{ id: string }>();
  const named: [z.ZodType, string][] = [
    [indicatorRaw, "Indicator"],
    [measurementRaw, "Measurement"],
    [targetRaw, "Target"],
    [goalRaw, "Goal"],
    [activityRaw, "Activity"],
    [subProgrammeRaw, "SubProgramme"],
    [programmeRaw, "Programme"],
    [municipalityRaw, "Municipality"],
    [StatusScaleSchema, "StatusScale"],
  ];
  for (const [item, id] of named) metadata.add(item, { id });
  const json = z.toJSONSchema(schema, {
    metadata,
    io: "input",
    target: "draft-2020-12",
    override: (context) => {
      delete (context.jsonSchema as { readOnly?: unknown }).readOnly;
    },
  }) as Record<string, unknown>;
  return { ...json, title };
}

/**
 * The schemas as inferred by zod, before the public `z.ZodType<T, unknown>` annotation: the type tests pin
 * their output to the hand-written types (test/<layer>/schemas.test-d.ts). Not exported from the layer's index;
 * the exported schemas are these same objects.
 *
 * @example
 * ```ts
 * import { IndicatorSchema } from "opkoers/policy";
 *
 * IndicatorSchema.safeParse({}).success; //=> false
 * ```
 *
 * @internal
 */
export const rawSchemas = {
  IndicatorKind: indicatorKindRaw,
  IndicatorUnit: indicatorUnitRaw,
  Direction: directionRaw,
  Accumulation: accumulationRaw,
  MeasurementValue: measurementValueRaw,
  Measurement: measurementRaw,
  Baseline: baselineRaw,
  Target: targetRaw,
  TrajectoryPoint: trajectoryPointRaw,
  Indicator: indicatorRaw,
  Horizon: horizonRaw,
  ReportedStatus: reportedStatusRaw,
  GoalWeight: goalWeightRaw,
  Goal: goalRaw,
  ActivityKind: activityKindRaw,
  LifecycleState: lifecycleStateRaw,
  Lifecycle: lifecycleRaw,
  Milestone: milestoneRaw,
  DateRevision: dateRevisionRaw,
  Evaluation: evaluationRaw,
  BudgetLink: budgetLinkRaw,
  Activity: activityRaw,
  ProgrammeFinances: programmeFinancesRaw,
  SubProgramme: subProgrammeRaw,
  Programme: programmeRaw,
  Municipality: municipalityRaw,
  DocumentType: documentTypeRaw,
  Begroting: begrotingRaw,
  Bestuursrapportage: bestuursrapportageRaw,
  Jaarverslag: jaarverslagRaw,
  PlanningDocument: planningDocumentRaw,
} as const;
