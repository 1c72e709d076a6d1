import { DomainError, type DomainErrorCode } from "../../errors/DomainError.js";

/** Throw a {@link DomainError}; typed `never` so it can end an expression. */
export function fail(code: DomainErrorCode, message: string, details: Readonly<Record<string, unknown>> = {}): never {
  throw new DomainError(code, message, details);
}

/** A value for a message: strings quoted, everything else as JSON or String(). */
export function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === "bigint") return `${value}n`;
  if (typeof value === "number" || typeof value === "boolean" || value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return "an array";
  return `a ${typeof value}`;
}
