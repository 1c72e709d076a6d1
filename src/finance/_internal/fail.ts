import { DomainError, type DomainErrorCode } from "../../errors/DomainError.js";

/** Throw a DomainError (typed `never`, so it can be returned). */
export function fail(code: DomainErrorCode, message: string, details: Readonly<Record<string, unknown>> = {}): never {
  throw new DomainError(code, message, details);
}

/** Show a value in an error message without ever throwing itself. */
export function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === "bigint") return `${value}n`;
  if (typeof value === "number") return Object.is(value, -0) ? "-0" : String(value);
  if (value === null || value === undefined || typeof value === "boolean") return String(value);
  return typeof value === "object" ? (Array.isArray(value) ? "an array" : "an object") : typeof value;
}
