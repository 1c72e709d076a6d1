/**
 * Programmes, goals, activities and indicators of a municipality's planning
 * documents (begroting, bestuursrapportage, jaarverslag): typed model, zod
 * schemas and JSON Schemas, and the progress and status rules — indicator
 * progress from baseline to target, expected progress, indicator, activity
 * and goal status as explainable assessments, and a programme summary.
 *
 * @module opkoers/policy
 */
export { DomainError, type DomainErrorCode } from "../errors/DomainError.js";
export type { Issue, ParseResult } from "../errors/Issue.js";
export { isDomainError } from "../errors/isDomainError.js";
export type {
  Accumulation,
  Activity,
  ActivityKind,
  Baseline,
  Begroting,
  Bestuursrapportage,
  BudgetLink,
  DateRevision,
  Direction,
  DocumentBase,
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
export { activityStatus, type ActivityAssessment, type ActivityStatusOptions, type Delay, type MilestoneAssessment } from "./activityStatus.js";
export { aggregateMeasurements } from "./aggregateMeasurements.js";
export { DOCUMENT_TYPES } from "./documentTypes.js";
export { expectedProgress } from "./expectedProgress.js";
export { ACTIVITY_AS_GOAL_STATUS, GOAL_RULES, goalStatus, type Agreement, type GoalAssessment, type GoalItem, type GoalRule, type GoalStatusOptions, type ReportedLevel } from "./goalStatus.js";
export { indicatorProgress, type IndicatorProgress } from "./indicatorProgress.js";
export { indicatorStatus, type IndicatorAssessment, type IndicatorStatusOptions, type StatusThresholds } from "./indicatorStatus.js";
export { indicatorValue, type IndicatorReading } from "./indicatorValue.js";
export { MAX_INDICATOR_VALUE, MAX_PROGRESS } from "./limits.js";
export { parsePlanningDocument, type ParsePlanningOptions } from "./parsePlanningDocument.js";
export { plannedDates, type PlannedDates, type PlannedMilestone } from "./plannedDates.js";
export { programmeSummary, type AttentionItem, type ProgrammeSummary, type SummaryOptions } from "./programmeSummary.js";
export { progressBetween } from "./progressBetween.js";
export { POLICY_RULES } from "./rules.js";
export {
  AccumulationSchema,
  ActivityKindSchema,
  ActivitySchema,
  BaselineSchema,
  BegrotingSchema,
  BestuursrapportageSchema,
  BudgetLinkSchema,
  DateRevisionSchema,
  DirectionSchema,
  DocumentTypeSchema,
  EvaluationSchema,
  GoalSchema,
  GoalWeightSchema,
  HorizonSchema,
  IndicatorKindSchema,
  IndicatorSchema,
  IndicatorUnitSchema,
  JaarverslagSchema,
  LifecycleSchema,
  LifecycleStateSchema,
  MeasurementSchema,
  MeasurementValueSchema,
  MilestoneSchema,
  MunicipalitySchema,
  planningDocumentJsonSchema,
  PlanningDocumentSchema,
  ProgrammeFinancesSchema,
  ProgrammeSchema,
  ReportedStatusSchema,
  SubProgrammeSchema,
  TargetSchema,
  TrajectoryPointSchema,
} from "./schemas.js";
export { targetFor, type EvaluationOptions } from "./targetFor.js";
