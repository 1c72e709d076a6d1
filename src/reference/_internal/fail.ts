import { DomainError, type DomainErrorCode } from "../../errors/DomainError.js";

/** Throw a {@link DomainError}; typed `never` so it can end an expression. */
export function fail(code: DomainErrorCode, message: string, details: Readonly<Record<string, unknown>> = {}): never {
  throw new DomainError(code, message, details);
}
