/**
 * Budgets: lines per programme, taakveld, year and phase; phases as data
 * (original, numbered amendments, actual per year or quarter, forecasts,
 * your own); fast rollups and the programme × taakveld cross-table;
 * begrotingswijzigingen applied with an audit trail (immer patches) and
 * checked as assessments; the overzicht van baten en lasten with the phases
 * side by side, rounded × € 1.000 so that it adds up.
 *
 * @module opkoers/budget
 */
export { DomainError, type DomainErrorCode } from "../errors/DomainError.js";
export { isDomainError } from "../errors/isDomainError.js";
export type { Issue, ParseResult } from "../errors/Issue.js";
export type {
  Amendment,
  AmendmentStatus,
  BatenLastenOverview,
  BudgetDocument,
  BudgetLine,
  CrossTable,
  Dimension,
  Figures,
  Mutation,
  Nature,
  OnvoorzienLocation,
  OverviewColumn,
  OverviewLine,
  OverviewPart,
  OverviewSubtotal,
  OverviewSubtotalPart,
  Phase,
  PhaseKind,
  BudgetProgramme,
  Reserve,
  ReserveFigures,
  ReserveMutationLine,
  Rollup,
  RollupKey,
  RollupRow,
  TaakveldClassification,
} from "./types.js";
export { aggregateAmendment, type AggregateAmendmentInfo } from "./aggregateAmendment.js";
export { amendedPhaseIds } from "./amendedPhaseIds.js";
export { applyAmendment, type AmendmentResult, type BudgetPatch } from "./applyAmendment.js";
export { assessAmendment, type AmendmentCheckStatus, type AssessAmendmentOptions } from "./assessAmendment.js";
export { BUDGET_RULES } from "./budgetRules.js";
export { crossTable, type CrossTableOptions } from "./crossTable.js";
export { DIMENSIONS } from "./dimensions.js";
export { GENERAL_TAAKVELDEN } from "./generalTaakvelden.js";
export { lineClassifier, type ClassifiedLine, type LineClassifierOptions, type LinePart } from "./lineClassifier.js";
export { linesOf } from "./linesOf.js";
export { overviewOfBatenLasten, type OverviewOptions } from "./overviewOfBatenLasten.js";
export { parseBudget, type ParseBudgetOptions } from "./parseBudget.js";
export { phasesOf } from "./phasesOf.js";
export { presentOverview, type PresentedFigures, type PresentedOverview, type PresentedReserveFigures, type PresentOverviewOptions } from "./presentOverview.js";
export { programmeShare, type ProgrammeShare, type ProgrammeShareOptions } from "./programmeShare.js";
export { rollup, type RollupOptions } from "./rollup.js";
export {
  AmendmentSchema,
  BudgetDocumentSchema,
  BudgetLineSchema,
  BudgetLinesSchema,
  MutationSchema,
  NatureSchema,
  PhaseKindSchema,
  PhaseSchema,
  BudgetProgrammeSchema,
  ReserveSchema,
} from "./schemas.js";
export { standardColumns } from "./standardColumns.js";
export { undoAmendment } from "./undoAmendment.js";
export { validateBudgetLines, type ValidateBudgetLinesOptions } from "./validateBudgetLines.js";
