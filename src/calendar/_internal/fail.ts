import { DomainError, type DomainErrorCode } from "../../errors/DomainError.js";

/** Throw a DomainError; a function so call sites stay one line. */
export function fail(code: DomainErrorCode, message: string, details: Readonly<Record<string, unknown>> = {}): never {
  throw new DomainError(code, message, details);
}
