/**
 * The shared assessment type, status vocabularies, scales and presets.
 *
 * @module opkoers/status
 */
export { DomainError, type DomainErrorCode } from "../errors/DomainError.js";
export { isDomainError } from "../errors/isDomainError.js";
export type {
  ActivityStatus,
  AnyStatus,
  Assessment,
  GoalStatus,
  IndicatorStatus,
  LocalizedText,
  MilestoneStatus,
  Rule,
  ScaleLevel,
  Severity,
  StatusColour,
  StatusScale,
} from "./types.js";
export { findLevel } from "./findLevel.js";
export { findScale } from "./findScale.js";
export { levelForStatus } from "./levelForStatus.js";
export { ALMERE_KPI_SCALE, FOUR_COLOUR_SCALE, JAARVERSLAG_SCALE, STATUS_SCALE_PRESETS, THREE_COLOUR_SCALE } from "./scales.js";
export { AnyStatusSchema, LocalizedTextSchema, ScaleLevelSchema, StatusColourSchema, StatusScaleSchema } from "./schemas.js";
export { ACTIVITY_STATUSES, GOAL_STATUSES, INDICATOR_STATUSES, MILESTONE_STATUSES } from "./statuses.js";
export { statusLabel } from "./statusLabel.js";
export { statusRank } from "./statusRank.js";
