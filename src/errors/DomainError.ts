/**
 * Every stable error code that opkoers throws. Codes are public API: a code
 * is never renamed or removed in a minor release (messages may be improved).
 *
 * | code | thrown when |
 * | --- | --- |
 * | `invalid_amount` | a value is not a number, is NaN or Infinity, or is not a whole number of cents |
 * | `fraction_of_cent` | an amount in euros has more than two decimals |
 * | `amount_out_of_range` | an amount or a result is beyond ±(2^53 − 1) cents |
 * | `invalid_factor` | a factor, divisor or ratio is not an exact number |
 * | `division_by_zero` | a divisor or a ratio's denominator is zero |
 * | `invalid_weight` | an allocation weight is negative or not an exact number, or all weights are zero for a non-zero total |
 * | `invalid_rounding_mode` | a rounding mode name is not one of {@link ROUNDING_MODES} |
 * | `invalid_amount_text` | Dutch amount text could not be read as a number |
 * | `invalid_option` | an option has a value outside its documented range |
 * | `invalid_date` | a value is not a real ISO calendar date `YYYY-MM-DD` (years 0001–9999), or date arithmetic left that range |
 * | `invalid_period` | a period code, period object, period kind or year is not valid (e.g. `"2024-Q5"`) |
 * | `unknown_boekjaar` | a boekjaar is outside the years whose CBS Iv3 code lists opkoers ships (2017–2026, see `BOEKJAREN`) |
 * | `unknown_code` | a taakveld, categorie, balance code or CBS error code is not in the code list of that boekjaar |
 * | `unknown_phase` | a phase id is not declared by the budget document (nor is it one of its amendments) |
 * | `invalid_amendment` | a begrotingswijziging cannot be applied: it does not pass `AmendmentSchema` (an unknown key or status, a year or amount out of range, …), its id or number is taken, or a mutation names an unknown programme, taakveld or reserve |
 * | `invalid_document` | a value passed as a budget document is not one (not an object, or its programmes, taakvelden, phases, lines or amendments are not lists) |
 * | `invalid_patch` | patches given to `undoAmendment` are not those of one `applyAmendment` result, or do not fit the document (already undone or redone, or the history changed since) |
 * | `missing_categorie` | a budget line that goes into an Iv3 delivery has no economische categorie (Iv3 needs one for every amount) |
 *
 * @example
 * ```ts
 * import { euro, isDomainError, type DomainErrorCode } from "opkoers/money";
 *
 * let code: DomainErrorCode | undefined;
 * try {
 *   euro("0.001");
 * } catch (error) {
 *   if (isDomainError(error)) code = error.code;
 * }
 * code; //=> "fraction_of_cent"
 * ```
 *
 * @category Errors
 * @since 0.1.0
 */
export type DomainErrorCode =
  | "invalid_amount"
  | "fraction_of_cent"
  | "amount_out_of_range"
  | "invalid_factor"
  | "division_by_zero"
  | "invalid_weight"
  | "invalid_rounding_mode"
  | "invalid_amount_text"
  | "invalid_option"
  | "invalid_date"
  | "invalid_period"
  | "unknown_boekjaar"
  | "unknown_code"
  | "unknown_phase"
  | "invalid_amendment"
  | "invalid_document"
  | "invalid_patch"
  | "missing_categorie";

/**
 * The one error class of opkoers, thrown only for programmer errors and bad
 * values passed to a function (never for business outcomes such as "over
 * budget", which are returned as results). Switch on {@link DomainError.code},
 * which is stable; the message says in plain words what was wrong and where.
 *
 * @example
 * ```ts
 * import { cents, DomainError } from "opkoers/money";
 *
 * try {
 *   cents(12.5);
 * } catch (error) {
 *   error instanceof DomainError; //=> true
 *   (error as DomainError).code; //=> "invalid_amount"
 * }
 * ```
 *
 * @category Errors
 * @since 0.1.0
 */
export class DomainError extends Error {
  /** The stable, machine-readable error code. */
  readonly code: DomainErrorCode;
  /** Extra facts about the failure, such as the offending value and argument name. */
  readonly details: Readonly<Record<string, unknown>>;

  /**
   * @param code - The stable error code.
   * @param message - A sentence that says what was wrong; it is prefixed with `[opkoers] `.
   * @param details - The offending value(s) and where they came from.
   */
  constructor(code: DomainErrorCode, message: string, details: Readonly<Record<string, unknown>> = {}) {
    super(`[opkoers] ${message}`);
    this.name = "DomainError";
    this.code = code;
    this.details = details;
  }
}
