import { DomainError, type DomainErrorCode } from "../../errors/DomainError.js";

/** Throw a DomainError (typed `never`, so it can be returned). */
export function fail(code: DomainErrorCode, message: string, details: Readonly<Record<string, unknown>> = {}): never {
  throw new DomainError(code, message, details);
}
