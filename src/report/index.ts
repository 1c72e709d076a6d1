/**
 * The status report of a planning document: computed as data by
 * {@link buildReport} (programmes with the assessments of their goals,
 * indicators and activities, the budget with the overzicht van baten en
 * lasten, deviations, structural balance and supervision regime, and the P&C
 * deadlines around the report date), and rendered by {@link renderReport} as
 * text, Markdown, JSON or one self-contained HTML file with SVG charts.
 *
 * @module opkoers/report
 */
export { DomainError, type DomainErrorCode } from "../errors/DomainError.js";
export { isDomainError } from "../errors/isDomainError.js";
export type { Issue, ParseResult } from "../errors/Issue.js";
export type {
  BudgetReport,
  BuildReportOptions,
  DeadlineItem,
  Iv3Settings,
  ProgrammeFigures,
  ProgrammeReport,
  Report,
  ReportFormat,
  ReportInput,
  ReportLanguage,
} from "./types.js";
export { buildReport } from "./buildReport.js";
export { parseReportInput, type ParseReportOptions } from "./parseReportInput.js";
export { REPORT_FORMATS, renderReport, type RenderOptions } from "./renderReport.js";
export { budgetDocumentJsonSchema, reportInputJsonSchema, ReportSettingsSchema } from "./schemas.js";
