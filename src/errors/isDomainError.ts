import type { DomainError, DomainErrorCode } from "./DomainError.js";

/**
 * Tell whether a caught value is an opkoers {@link DomainError}, optionally
 * with a given code. Works across two installed copies of the package, where
 * `instanceof` would fail, because it checks the error's name and code.
 *
 * @param error - Any caught value.
 * @param code - When given, the code the error must have.
 * @returns `true` when `error` is a DomainError (with that code).
 *
 * @example
 * ```ts
 * import { euro, isDomainError } from "opkoers/money";
 *
 * try {
 *   euro("12.345");
 * } catch (error) {
 *   isDomainError(error, "fraction_of_cent"); //=> true
 * }
 * isDomainError(new Error("x")); //=> false
 * ```
 *
 * @category Errors
 * @since 0.1.0
 */
export function isDomainError(error: unknown, code?: DomainErrorCode): error is DomainError {
  if (typeof error !== "object" || error === null) return false;
  const candidate = error as { readonly name?: unknown; readonly code?: unknown };
  if (candidate.name !== "DomainError" || typeof candidate.code !== "string") return false;
  return code === undefined || candidate.code === code;
}
