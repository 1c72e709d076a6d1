/**
 * Calendar dates, reporting periods and the P&C calendar: ISO dates
 * (`YYYY-MM-DD`) and day/month arithmetic that does not depend on the
 * machine's time zone; years, halves, tertials (the four-monthly
 * bestuursrapportages), quarters and months with their wire codes
 * (`"2024-T2"`) and labels; how much of a period has elapsed; and the
 * statutory deadlines of a begrotingsjaar — begroting and jaarstukken to
 * the provincie, Iv3 deliveries to CBS — together with a municipality's own
 * moments. Nothing here reads the clock: pass an `asOf` date.
 *
 * @module opkoers/calendar
 */
export { DomainError, type DomainErrorCode } from "../errors/DomainError.js";
export { isDomainError } from "../errors/isDomainError.js";
export type { Deadline, DeadlineKind, IsoDate, Period, PeriodCode, PeriodKind } from "./types.js";
export { addDays } from "./addDays.js";
export { addMonths } from "./addMonths.js";
export { comparePeriods } from "./comparePeriods.js";
export { daysBetween } from "./daysBetween.js";
export { daysUntil } from "./daysUntil.js";
export { deadlinesDue } from "./deadlinesDue.js";
export { elapsedFraction } from "./elapsedFraction.js";
export { formatPeriod } from "./formatPeriod.js";
export { isIsoDate } from "./isIsoDate.js";
export { isLate } from "./isLate.js";
export { isOverdue } from "./isOverdue.js";
export { isPeriodKind } from "./isPeriodKind.js";
export { parsePeriod } from "./parsePeriod.js";
export { pcDeadlines, type CustomDeadline, type PcDeadlineOptions, type RecurringDeadline } from "./pcDeadlines.js";
export { PERIOD_KINDS } from "./periodKinds.js";
export { periodContaining } from "./periodContaining.js";
export { periodContains } from "./periodContains.js";
export { periodEnd } from "./periodEnd.js";
export { dateLabel } from "./dateLabel.js";
export { periodLabel } from "./periodLabel.js";
export { periodsOfYear } from "./periodsOfYear.js";
export { periodStart } from "./periodStart.js";
export { DeadlineKindSchema, DeadlineSchema, IsoDateSchema, PeriodCodeSchema, PeriodKindSchema, PeriodSchema } from "./schemas.js";
