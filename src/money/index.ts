/**
 * Exact money arithmetic in integer euro cents: construction, arithmetic,
 * rounding, allocation, percentages, presentation rounding, and Dutch
 * parsing and formatting.
 *
 * @module opkoers/money
 */
export { DomainError, type DomainErrorCode } from "../errors/DomainError.js";
export { isDomainError } from "../errors/isDomainError.js";
export type { Cents, ExactNumber, Factor, PresentationUnit, Ratio, RoundingMode } from "./types.js";
export { abs } from "./abs.js";
export { add } from "./add.js";
export { allocate } from "./allocate.js";
export { cents } from "./cents.js";
export { compare } from "./compare.js";
export { divide } from "./divide.js";
export { equals } from "./equals.js";
export { euro } from "./euro.js";
export { formatAmount, type FormatAmountOptions } from "./formatAmount.js";
export { isNegative } from "./isNegative.js";
export { isPositive } from "./isPositive.js";
export { isRoundingMode } from "./isRoundingMode.js";
export { isZero } from "./isZero.js";
export { max } from "./max.js";
export { min } from "./min.js";
export { multiply } from "./multiply.js";
export { negate } from "./negate.js";
export { parseAmount, type ParseAmountOptions } from "./parseAmount.js";
export { percentageOf, type Percentage, type PercentageOptions } from "./percentageOf.js";
export { roundForPresentation, type PresentationOptions, type PresentationTable } from "./roundForPresentation.js";
export { ROUNDING_MODES } from "./roundingModes.js";
export { CentsSchema, RoundingModeSchema } from "./schemas.js";
export { subtract } from "./subtract.js";
export { sum } from "./sum.js";
export { toEuroString } from "./toEuroString.js";
